package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import io.github.bsa.storage.tck.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JdbcBackupsTest {
  @TempDir Path dir;
  private final TenantId tenant = TenantId.of("backup");

  @Test
  void createVerifyRestore_roundTrips() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("live.db");
    DataSource ds = TestDatabases.dataSource(url);
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      store.save(tenant, Samples.file("b1", 0, 10));
      JdbcBackups backups = JdbcBackups.sqlite(ds, dir.resolve("backups"));
      Backup b = backups.create();
      assertThat(backups.verify(b)).isEqualTo(b);
      assertThat(backups.list()).containsExactly(b);

      store.save(tenant, Samples.file("b2", 10, 20));
      assertThat(store.transactions(tenant, TransactionQuery.all())).hasSize(20);
      backups.restore(b);
      assertThat(store.transactions(tenant, TransactionQuery.all())).hasSize(10);
      assertThat(store.health().healthy()).isTrue();
    }
  }

  @Test
  void verify_damagedBackup_fails() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("live.db");
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      store.save(tenant, Samples.file("b1", 0, 3));
    }
    JdbcBackups backups = JdbcBackups.sqlite(TestDatabases.dataSource(url), dir.resolve("bk"));
    Backup b = backups.create();
    Files.write(b.file(), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> backups.verify(b))
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.BACKUP_FAILED));
    Files.delete(b.file());
    assertThatThrownBy(() -> backups.restore(b)).isInstanceOf(BsaException.class);
  }

  @Test
  void prune_keepsTheNewest() {
    String url = "jdbc:sqlite:" + dir.resolve("live.db");
    JdbcStatementStore.open(url).close();
    DataSource ds = TestDatabases.dataSource(url);
    Path target = dir.resolve("retention");
    for (int i = 0; i < 4; i++) {
      Clock clock =
          Clock.fixed(Instant.parse("2026-01-0" + (i + 1) + "T00:00:00Z"), ZoneOffset.UTC);
      var unused = JdbcBackups.sqlite(ds, target, clock).create();
    }
    JdbcBackups backups = JdbcBackups.sqlite(ds, target);
    List<Backup> deleted = backups.prune(2);
    assertThat(deleted).hasSize(2);
    assertThat(backups.list())
        .extracting(Backup::createdAt)
        .containsExactly(
            Instant.parse("2026-01-04T00:00:00Z"), Instant.parse("2026-01-03T00:00:00Z"));
    assertThatThrownBy(() -> backups.prune(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(JdbcBackups.sqlite(ds, dir.resolve("none")).list()).isEmpty();
  }
}
