package io.github.bsa.jdbc.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.jdbc.internal.backup.LocalFolderTarget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a backup JVM and a restore JVM (destroyForcibly) once each reports it is mid-way: earlier
 * backups stay valid, no partial backup is listed, and the restore target is left as it was.
 */
@org.junit.jupiter.api.extension.ExtendWith(BackupTestSupport.DropSchemas.class)
final class KillMidBackupTest {
  @TempDir Path dir;
  private final byte[] keyBytes = new byte[32];
  private BackupKey key = BackupKey.of(keyBytes);

  @Test
  void sqlite_killedBackup_leavesEarlierBackupsValidAndNoPartialListed() throws Exception {
    killedBackup(BackupTestSupport.freshSqlite(dir));
  }

  @Test
  void postgres_killedBackup_leavesEarlierBackupsValidAndNoPartialListed() throws Exception {
    killedBackup(BackupTestSupport.freshPostgres());
  }

  @Test
  void sqlite_killedRestore_leavesTargetAsBefore() throws Exception {
    killedRestore(BackupTestSupport.freshSqlite(dir), BackupTestSupport.freshSqlite(dir));
  }

  @Test
  void postgres_killedRestore_leavesTargetAsBefore() throws Exception {
    killedRestore(BackupTestSupport.freshSqlite(dir), BackupTestSupport.freshPostgres());
  }

  private void killedBackup(String url) throws Exception {
    new java.security.SecureRandom().nextBytes(keyBytes);
    key = BackupKey.of(keyBytes);
    BackupTestSupport.seed(url, "alpha", 3, 30);
    Path folder = dir.resolve("kb");
    Backups backups = BackupTestSupport.backups(url, folder, key);
    StoredBackup earlier = backups.create();
    var unused = backups.verify(earlier.name());

    String[] mid = runUntilMid("create", url, folder, null);
    // Proof that the kill landed mid-way: the worker's part is stored, its backup unfinished.
    LocalFolderTarget t = new LocalFolderTarget(folder);
    assertThat(t.unfinished()).containsExactly(mid[1]);
    assertThat(folder.resolve(".partial").resolve(mid[1]).resolve(mid[2])).isRegularFile();
    assertThat(Long.parseLong(mid[3])).as("rows in the part written before the kill").isPositive();

    assertThat(backups.list()).extracting(StoredBackup::name).containsExactly(earlier.name());
    assertThat(backups.verify(earlier.name()).rows()).isEqualTo(earlier.manifest().totalRows());
    // A new backup after the crash works as usual.
    assertThat(backups.create().name()).isNotEqualTo(mid[1]);
    assertThat(backups.list()).hasSize(2);
  }

  private void killedRestore(String source, String targetUrl) throws Exception {
    new java.security.SecureRandom().nextBytes(keyBytes);
    key = BackupKey.of(keyBytes);
    BackupTestSupport.seed(source, "alpha", 4, 50);
    BackupTestSupport.seed(targetUrl, "gamma", 2, 20);
    Path folder = dir.resolve("kr");
    StoredBackup b = BackupTestSupport.backups(source, folder, key).create();
    Map<String, String> before = BackupTestSupport.contents(targetUrl, null);

    String[] mid = runUntilMid("restore", targetUrl, folder, b.name());
    assertThat(mid[1]).isEqualTo(b.name());
    assertThat(mid[2]).startsWith("bsa_");
    // Proof that the kill landed inside the restore's transaction: a table's rows were inserted.
    assertThat(Long.parseLong(mid[3])).as("rows restored in the open transaction").isPositive();

    assertThat(BackupTestSupport.contents(targetUrl, null)).isEqualTo(before);
    // The safety backup taken before the restore is listed and holds the data as it was.
    Backups into = BackupTestSupport.backups(targetUrl, folder, key);
    List<StoredBackup> safety =
        into.list().stream()
            .filter(s -> s.manifest().kind() == BackupManifest.Kind.SAFETY)
            .toList();
    assertThat(safety).hasSize(1);
    // The restore can be run again to completion.
    var report = into.restore(b.name(), RestoreOptions.builder().replaceExisting(true).build());
    assertThat(report.rowsInserted()).isEqualTo(b.manifest().totalRows());
    assertThat(BackupTestSupport.contents(targetUrl, null))
        .isEqualTo(BackupTestSupport.contents(source, null));
  }

  private String[] runUntilMid(
      String mode, String url, Path folder, @org.jspecify.annotations.Nullable String name)
      throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                BackupWorker.class.getName(),
                mode,
                url,
                folder.toString(),
                HexFormat.of().formatHex(keyBytes)));
    if (name != null) {
      cmd.add(name);
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("mid ")) {
          p.destroyForcibly();
          assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
          return line.split(" ", -1);
        }
        assertThat(line)
            .as("the worker must not finish before it is killed")
            .isNotEqualTo("finished");
      }
    } finally {
      p.destroyForcibly();
    }
    throw new AssertionError("the worker ended without reporting it was mid-way");
  }
}
