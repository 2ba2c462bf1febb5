package io.github.bsa.jdbc.jobs;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.jdbc.internal.CommitFailures;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.JobPayload;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The job queue's PostgreSQL transactions (enqueue, claim) report their own error when the commit
 * fails, not the failure to restore auto-commit. Runs against {@code BSA_TEST_PG_URL}.
 */
final class PostgresJobTransactionFailureTest {
  private @Nullable String url;
  private @Nullable String schema;

  @AfterEach
  void dropSchema() {
    if (url != null && schema != null) {
      JobTestDatabases.dropPgSchema(url, schema);
    }
  }

  private static void assertOriginal(@Nullable BsaException thrown) {
    BsaException e = requireNonNull(thrown, "the operation did not fail");
    Throwable cause = requireNonNull(e.getCause(), "no cause");
    assertThat(cause).isInstanceOf(SQLException.class).hasMessage(CommitFailures.COMMIT_FAILURE);
    assertThat(cause.getSuppressed())
        .extracting(Throwable::getMessage)
        .contains("injected setAutoCommit failure");
  }

  @Test
  void enqueueAndClaim_commitFails_originalErrorSurfaces() {
    url = JobTestDatabases.pgUrlOrSkip();
    schema = JobTestDatabases.newPgSchema(url);
    CommitFailures failures = new CommitFailures(JobTestDatabases.postgres(url, schema));
    JdbcJobStore failing = JdbcJobStore.create(failures.dataSource());
    JobPayload payload =
        JobPayload.of("x".getBytes(StandardCharsets.UTF_8), "a.csv", ParseOptions.defaults());
    assertOriginal(
        catchThrowableOfType(
            BsaException.class, () -> failing.enqueue(TenantId.of("tenant-a"), payload, 3, 100)));

    JdbcJobStore healthy = JdbcJobStore.create(JobTestDatabases.postgres(url, schema));
    var unused = healthy.enqueue(TenantId.of("tenant-a"), payload, 3, 100);
    assertOriginal(
        catchThrowableOfType(
            BsaException.class, () -> failing.claim("worker-1", Duration.ofMinutes(1))));
  }
}
