package io.github.bsa.jdbc;

import io.github.bsa.storage.StatementStore;
import io.github.bsa.storage.tck.StatementStoreCompatibilityKit;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

final class JdbcSqliteStoreCompatibilityTest extends StatementStoreCompatibilityKit {
  @TempDir static Path dir;
  private static String url = "";

  @BeforeAll
  static void createDatabase() {
    url = "jdbc:sqlite:" + dir.resolve("tck.db");
  }

  @Override
  protected StatementStore newStore() {
    return JdbcStatementStore.open(url);
  }

  @Override
  protected StatementStore newStoreFailingAfter(int writes) {
    return JdbcStatementStore.builder(
            TestDatabases.failingAfter(TestDatabases.dataSource(url), writes))
        .dialect(Dialect.SQLITE)
        .migrate(false)
        .build();
  }
}
