package io.github.bsa.jdbc.jobs;

import io.github.bsa.storage.jobs.JobStore;
import io.github.bsa.storage.jobs.tck.JobStoreCompatibilityKit;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;

/** Runs against {@code BSA_TEST_PG_URL}; skipped without it. */
final class PostgresJobStoreTest extends JobStoreCompatibilityKit {
  private @Nullable String url;
  private @Nullable String schema;

  @Override
  protected JobStore newStore(Clock clock) {
    url = JobTestDatabases.pgUrlOrSkip();
    schema = JobTestDatabases.newPgSchema(url);
    return JdbcJobStore.create(JobTestDatabases.postgres(url, schema), clock);
  }

  @AfterEach
  void dropSchema() {
    if (url != null && schema != null) {
      JobTestDatabases.dropPgSchema(url, schema);
    }
  }
}
