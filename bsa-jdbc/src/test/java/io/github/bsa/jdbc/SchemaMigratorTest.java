package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.jdbc.internal.Masking;
import io.github.bsa.jdbc.internal.SchemaMigrator;
import io.github.bsa.storage.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SchemaMigratorTest {
  @TempDir Path dir;

  @Test
  void scripts_areFoundForBothDialects_inVersionOrder() {
    for (Dialect d : Dialect.values()) {
      var scripts = SchemaMigrator.scripts(d);
      assertThat(scripts).isNotEmpty();
      assertThat(scripts.get(0).fileName()).isEqualTo("V001__init.sql");
      for (int i = 1; i < scripts.size(); i++) {
        assertThat(scripts.get(i).version()).isGreaterThan(scripts.get(i - 1).version());
      }
      Map<String, String> exported = JdbcStatementStore.migrationScripts(d);
      assertThat(exported.keySet()).first().isEqualTo("V001__init.sql");
    }
  }

  @Test
  void migrate_isIdempotent() {
    DataSource ds = TestDatabases.dataSource("jdbc:sqlite:" + dir.resolve("m.db"));
    int all = SchemaMigrator.scripts(Dialect.SQLITE).size();
    assertThat(SchemaMigrator.migrate(ds, Dialect.SQLITE)).isEqualTo(all);
    assertThat(SchemaMigrator.migrate(ds, Dialect.SQLITE)).isZero();
  }

  @Test
  void changedScript_isSchemaMismatch() throws SQLException {
    DataSource ds = TestDatabases.dataSource("jdbc:sqlite:" + dir.resolve("c.db"));
    var unused = SchemaMigrator.migrate(ds, Dialect.SQLITE);
    exec(ds, "UPDATE bsa_schema_version SET checksum = 'tampered' WHERE version = 1");
    assertThatThrownBy(() -> SchemaMigrator.migrate(ds, Dialect.SQLITE))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_MISMATCH));
  }

  @Test
  void newerDatabase_isSchemaMismatch() throws SQLException {
    DataSource ds = TestDatabases.dataSource("jdbc:sqlite:" + dir.resolve("n.db"));
    var unused = SchemaMigrator.migrate(ds, Dialect.SQLITE);
    exec(
        ds,
        "INSERT INTO bsa_schema_version (version, description, checksum, applied_at)"
            + " VALUES (999, 'future', 'x', 0)");
    assertThatThrownBy(() -> JdbcStatementStore.builder(ds).dialect(Dialect.SQLITE).build())
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_MISMATCH));
  }

  @Test
  void missingSchema_withoutMigration_isSchemaMismatch() {
    DataSource ds = TestDatabases.dataSource("jdbc:sqlite:" + dir.resolve("e.db"));
    JdbcStatementStore store =
        JdbcStatementStore.builder(ds).dialect(Dialect.SQLITE).migrate(false).build();
    assertThatThrownBy(() -> store.statements(io.github.bsa.storage.TenantId.of("t")))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_MISMATCH));
  }

  @Test
  void unreachableDatabase_isUnavailable_withSqlState_andMaskedUrl() {
    String url = "jdbc:postgresql://127.0.0.1:1/none?user=u&password=hunter2";
    assertThatThrownBy(() -> JdbcStatementStore.open(url))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.STORAGE_UNAVAILABLE);
              assertThat(e.sqlState()).isPresent();
              assertThat(e.getMessage()).doesNotContain("hunter2");
            });
    assertThat(Masking.maskUrl(url)).doesNotContain("hunter2").contains("password=<masked>");
    assertThat(Masking.maskUrl("jdbc:postgresql://bob:secret@host/db")).doesNotContain("secret");
  }

  @Test
  void toString_masksPassword() {
    String url = "jdbc:sqlite:" + dir.resolve("t.db") + "?password=hunter2";
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      assertThat(store.toString()).doesNotContain("hunter2").contains("sqlite");
    }
  }

  private static void exec(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
