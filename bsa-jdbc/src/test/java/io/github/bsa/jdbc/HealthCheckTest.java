package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.storage.StoreHealth;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HealthCheckTest {
  @TempDir Path dir;

  @Test
  void health_migratedSqlite_isHealthy() {
    try (JdbcStatementStore store = JdbcStatementStore.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
      StoreHealth h = store.health();
      assertThat(h.healthy()).isTrue();
      assertThat(h.details()).containsEntry("dialect", "sqlite").containsKey("schemaVersion");
      assertThat(h.detail()).startsWith("schema version");
    }
  }

  @Test
  void health_unmigratedDatabase_isUnhealthy() {
    JdbcStatementStore store =
        JdbcStatementStore.builder(
                TestDatabases.dataSource("jdbc:sqlite:" + dir.resolve("empty.db")))
            .dialect(Dialect.SQLITE)
            .migrate(false)
            .build();
    StoreHealth h = store.health();
    assertThat(h.healthy()).isFalse();
    assertThat(h.details()).containsEntry("errorCode", "SCHEMA_MISMATCH");
  }

  @Test
  void health_postgres_isHealthy() {
    try (JdbcStatementStore store = JdbcStatementStore.open(TestDatabases.postgresUrl())) {
      assertThat(store.health().healthy()).isTrue();
    }
  }
}
