package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.jdbc.jobs.JdbcJobStore;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.JobPayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JdbcDatabaseTest {
  @TempDir Path dir;

  @Test
  void dataSource_createsTheSqliteFolder_andMigrateBringsTheNewestSchema() {
    Path db = dir.resolve("nested/folder/bsa.db");
    DataSource ds = JdbcDatabase.dataSource("jdbc:sqlite:" + db);
    assertThat(Files.isDirectory(dir.resolve("nested/folder"))).isTrue();
    assertThat(JdbcDatabase.migrate(ds, Dialect.SQLITE))
        .isEqualTo(JdbcDatabase.schemaVersion(Dialect.SQLITE));
    assertThat(JdbcDatabase.migrate(ds, Dialect.SQLITE)).isZero();
    assertThat(
            JdbcStatementStore.builder(ds).dialect(Dialect.SQLITE).migrate(false).build().health())
        .satisfies(h -> assertThat(h.healthy()).isTrue());
  }

  @Test
  void jobStore_onAnUnmigratedDatabase_isSchemaMismatch_notARetryableOutage() {
    DataSource ds = JdbcDatabase.dataSource("jdbc:sqlite:" + dir.resolve("empty.db"));
    JdbcJobStore jobs = JdbcJobStore.create(ds);
    JobPayload payload =
        JobPayload.of("x".getBytes(StandardCharsets.UTF_8), "a.csv", ParseOptions.defaults());
    assertThatThrownBy(() -> jobs.enqueue(TenantId.of("t"), payload, 3, 10))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_MISMATCH);
              assertThat(e.getMessage()).contains("JdbcDatabase.migrate");
            });
    JdbcDatabase.migrate(ds, Dialect.SQLITE);
    assertThat(jobs.enqueue(TenantId.of("t"), payload, 3, 10).tenant()).isEqualTo(TenantId.of("t"));
  }

  @Test
  void driverArtifacts_areNamed() {
    assertThat(JdbcDatabase.driverArtifact(Dialect.SQLITE)).isEqualTo("org.xerial:sqlite-jdbc");
    assertThat(JdbcDatabase.driverArtifact(Dialect.POSTGRESQL))
        .isEqualTo("org.postgresql:postgresql");
  }
}
