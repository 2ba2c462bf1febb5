package io.github.bsa.jdbc.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.tck.Samples;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore over existing data, dry runs, one tenant, and snapshot consistency under writers. */
@org.junit.jupiter.api.extension.ExtendWith(BackupTestSupport.DropSchemas.class)
final class RestoreVariantsTest {
  @TempDir Path dir;
  private final BackupKey key = BackupKey.generate();

  @Test
  void sqlite_overExisting_needsReplace_takesSafetyBackup_dryRunChangesNothing() throws Exception {
    overExisting(BackupTestSupport.freshSqlite(dir));
  }

  @Test
  void postgres_overExisting_needsReplace_takesSafetyBackup_dryRunChangesNothing()
      throws Exception {
    overExisting(BackupTestSupport.freshPostgres());
  }

  private void overExisting(String url) throws Exception {
    BackupTestSupport.seed(url, "alpha", 2, 10);
    Backups backups = BackupTestSupport.backups(url, dir.resolve("over"), key);
    StoredBackup b = backups.create();
    Map<String, String> atBackup = BackupTestSupport.contents(url, null);
    BackupTestSupport.seed(url, "beta", 1, 7);
    Map<String, String> now = BackupTestSupport.contents(url, null);

    assertThatThrownBy(() -> backups.restore(b.name(), RestoreOptions.defaults()))
        .isInstanceOfSatisfying(
            BackupException.class,
            e -> assertThat(e.problem()).isEqualTo(BackupException.Problem.TARGET_NOT_EMPTY));

    RestoreReport dry =
        backups.restore(
            b.name(), RestoreOptions.builder().replaceExisting(true).dryRun(true).build());
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.rowsInserted()).isEqualTo(b.manifest().totalRows());
    assertThat(dry.rowsDeleted()).isEqualTo(b.manifest().totalRows() + 1 + 1 + 7 + 7);
    assertThat(BackupTestSupport.contents(url, null)).isEqualTo(now);
    assertThat(backups.list()).hasSize(1);

    RestoreReport r =
        backups.restore(b.name(), RestoreOptions.builder().replaceExisting(true).build());
    assertThat(r.safetyBackup()).isPresent();
    assertThat(BackupTestSupport.contents(url, null)).isEqualTo(atBackup);
    StoredBackup safety = backups.get(r.safetyBackup().get());
    assertThat(safety.manifest().kind()).isEqualTo(BackupManifest.Kind.SAFETY);
    // The safety backup brings back the state before the restore.
    var unused =
        backups.restore(safety.name(), RestoreOptions.builder().replaceExisting(true).build());
    assertThat(BackupTestSupport.contents(url, null)).isEqualTo(now);
  }

  @Test
  void sqlite_oneTenantFromFullBackup_leavesOthersAlone() throws Exception {
    oneTenant(BackupTestSupport.freshSqlite(dir));
  }

  @Test
  void postgres_oneTenantFromFullBackup_leavesOthersAlone() throws Exception {
    oneTenant(BackupTestSupport.freshPostgres());
  }

  private void oneTenant(String url) throws Exception {
    BackupTestSupport.seed(url, "alpha", 2, 10);
    BackupTestSupport.seed(url, "beta", 2, 5);
    Backups backups = BackupTestSupport.backups(url, dir.resolve("tenant"), key);
    StoredBackup full = backups.create();
    Map<String, String> alphaThen = BackupTestSupport.contents(url, "alpha");
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      var unused = store.purge(TenantId.of("alpha"));
      var unused2 = store.save(TenantId.of("beta"), Samples.file("beta-new", 100, 103));
    }
    Map<String, String> betaNow = BackupTestSupport.contents(url, "beta");

    RestoreReport dry =
        backups.restore(
            full.name(),
            RestoreOptions.builder().tenant(TenantId.of("alpha")).dryRun(true).build());
    assertThat(dry.rowsDeleted()).isZero();
    assertThat(dry.rowsInserted()).isEqualTo(2 + 2 + 20 + 20);

    RestoreReport r =
        backups.restore(full.name(), RestoreOptions.builder().tenant(TenantId.of("alpha")).build());
    assertThat(r.tenant()).contains(TenantId.of("alpha"));
    assertThat(r.safetyBackup()).isEmpty();
    assertThat(BackupTestSupport.contents(url, "alpha")).isEqualTo(alphaThen);
    assertThat(BackupTestSupport.contents(url, "beta")).isEqualTo(betaNow);

    // A tenant backup holds that tenant only and restores into a fresh database.
    StoredBackup tb = backups.create(TenantId.of("beta"));
    assertThat(tb.manifest().tenant()).contains(TenantId.of("beta"));
    assertThat(backups.verify(tb.name()).rows()).isEqualTo(tb.manifest().totalRows());
    String fresh = BackupTestSupport.freshSqlite(dir);
    var unused =
        BackupTestSupport.backups(fresh, dir.resolve("tenant"), key)
            .restore(tb.name(), RestoreOptions.defaults());
    assertThat(BackupTestSupport.contents(fresh, "beta")).isEqualTo(betaNow);
    assertThat(BackupTestSupport.contents(fresh, "alpha").values())
        .allMatch(v -> v.startsWith("0 "));
  }

  @Test
  void sqlite_snapshotIsConsistentWhileWritersContinue() throws Exception {
    snapshot(BackupTestSupport.freshSqlite(dir));
  }

  @Test
  void postgres_snapshotIsConsistentWhileWritersContinue() throws Exception {
    snapshot(BackupTestSupport.freshPostgres());
  }

  /**
   * A writer commits a whole new statement after the backup has stored its first table: the later
   * tables must not show it (one snapshot), and the trial restore, with foreign keys on, must pass.
   */
  private void snapshot(String url) throws Exception {
    BackupTestSupport.seed(url, "alpha", 2, 10);
    AtomicInteger writes = new AtomicInteger();
    try (JdbcStatementStore writer = JdbcStatementStore.open(url)) {
      BackupListener concurrent =
          new BackupListener() {
            @Override
            public void partWritten(String backup, String part, long rows) {
              var unused =
                  writer.save(
                      TenantId.of("alpha"),
                      Samples.file(
                          "during-" + writes.get(),
                          500 + writes.get() * 10,
                          510 + writes.get() * 10));
              writes.incrementAndGet();
            }
          };
      Backups backups =
          Backups.builder(url)
              .target(BackupTarget.folder(dir.resolve("snap")))
              .key(key)
              .listener(concurrent)
              .batchSize(3)
              .build();
      StoredBackup b = backups.create();
      assertThat(writes.get()).isGreaterThanOrEqualTo(4);
      Map<String, Long> rows = new java.util.HashMap<>();
      b.manifest().tables().forEach(t -> rows.put(t.name(), t.rows()));
      assertThat(rows)
          .containsEntry("bsa_import", 2L)
          .containsEntry("bsa_statement", 2L)
          .containsEntry("bsa_transaction", 20L)
          .containsEntry("bsa_statement_transaction", 20L);
      assertThat(backups.verify(b.name()).rows()).isEqualTo(b.manifest().totalRows());
    }
  }
}
