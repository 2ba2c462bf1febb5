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

  /** Issue 10: a {@code VACUUM INTO} that fails midway must not leave a partial file behind. */
  @Test
  void create_vacuumAbortedMidway_leavesNoFile() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("live.db");
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      store.save(tenant, Samples.file("big", 0, 3000));
    }
    Path target = dir.resolve("aborted");
    Files.createDirectories(target);
    java.util.concurrent.atomic.AtomicLong sawBytes = new java.util.concurrent.atomic.AtomicLong();
    DataSource real = TestDatabases.dataSource(url);
    DataSource aborting =
        (DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  Object r = method.invoke(real, args);
                  if (r instanceof java.sql.Connection c) {
                    org.sqlite.ProgressHandler.setHandler(
                        c,
                        50,
                        new org.sqlite.ProgressHandler() {
                          @Override
                          protected int progress() {
                            // Abort once the copy has started writing: proves it failed midway.
                            long bytes = partialBytes(target);
                            sawBytes.set(Math.max(sawBytes.get(), bytes));
                            return bytes > 0 ? 1 : 0;
                          }
                        });
                  }
                  return r;
                });
    JdbcBackups backups = JdbcBackups.sqlite(aborting, target);
    assertThatThrownBy(backups::create)
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.BACKUP_FAILED));
    assertThat(sawBytes.get()).as("the copy had written bytes when it was aborted").isPositive();
    try (var files = Files.list(target)) {
      assertThat(files.toList()).isEmpty();
    }
    assertThat(backups.list()).isEmpty();
  }

  private static long partialBytes(Path folder) {
    try (var files = Files.list(folder)) {
      long n = 0;
      for (Path f : files.toList()) {
        n += Files.size(f);
      }
      return n;
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
