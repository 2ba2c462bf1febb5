package io.github.bsa.jdbc;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.jdbc.internal.CommitFailures;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.tck.Samples;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed transaction reports its own error: the restoring of auto-commit (failing too, with a
 * retryable state) never replaces it, and so never triggers a retry.
 */
final class TransactionFailureTest {
  @Test
  void save_commitFails_originalErrorSurfacesAndIsNotRetried(@TempDir Path dir) {
    String url = "jdbc:sqlite:" + dir.resolve("store.db");
    // migrates the schema through a healthy connection
    JdbcStatementStore.builder(TestDatabases.dataSource(url)).build().close();
    CommitFailures failures = new CommitFailures(TestDatabases.dataSource(url));
    try (JdbcStatementStore store =
        JdbcStatementStore.builder(failures.dataSource()).migrate(false).build()) {
      ParseResult parsed = Samples.file("a", 0, 3);
      BsaException e =
          requireNonNull(
              catchThrowableOfType(
                  BsaException.class, () -> store.save(TenantId.of("tenant-a"), parsed)),
              "save did not fail");
      Throwable cause = requireNonNull(e.getCause(), "no cause");
      assertThat(cause).isInstanceOf(SQLException.class).hasMessage(CommitFailures.COMMIT_FAILURE);
      assertThat(cause.getSuppressed())
          .extracting(Throwable::getMessage)
          .contains("injected setAutoCommit failure");
      assertThat(failures.commits()).as("attempts").isEqualTo(1);
    }
  }
}
