package io.github.bsa.jdbc.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.jdbc.internal.backup.PgDump;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pg_dump -Fc} beside the portable parts, of the same snapshot and of every tenant. */
@org.junit.jupiter.api.extension.ExtendWith(BackupTestSupport.DropSchemas.class)
final class PgDumpBackupTest {
  @TempDir Path dir;

  @Test
  void postgres_fullBackup_holdsAPgDumpOfEveryTenant() throws Exception {
    String url = BackupTestSupport.freshPostgres();
    Optional<Path> restore = PgDump.find("pg_restore");
    Assumptions.assumeTrue(
        PgDump.find("pg_dump").isPresent() && restore.isPresent(), "pg_dump is not installed");
    BackupTestSupport.seed(url, "alpha", 2, 12);
    BackupTestSupport.seed(url, "beta", 1, 9);
    Backups backups = BackupTestSupport.backups(url, dir.resolve("native"), BackupKey.generate());
    StoredBackup b = backups.create();
    assertThat(b.manifest().parts())
        .extracting(BackupManifest.Part::name)
        .contains(Backups.PG_DUMP_PART);
    var unused = backups.verify(b.name()); // includes pg_restore --list

    Path archive = dir.resolve("dump.fc");
    backups.exportPart(b.name(), Backups.PG_DUMP_PART, archive);
    Process p =
        new ProcessBuilder(
                restore.get().toString(),
                "--data-only",
                "-t",
                "bsa_transaction",
                "-f",
                "-",
                archive.toString())
            .redirectErrorStream(true)
            .start();
    String sql = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(sql).isZero();
    List<String> lines = sql.lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("COPY ")) {
        start = i;
      }
    }
    assertThat(start).isNotNegative();
    int end = lines.subList(start, lines.size()).indexOf("\\.") + start;
    // Both tenants' rows, though the role is subject to row-level security.
    assertThat(end - start - 1).isEqualTo(2 * 12 + 9);

    // A tenant backup has no native dump (pg_dump cannot filter one tenant).
    StoredBackup tb = backups.create(io.github.bsa.storage.TenantId.of("beta"));
    assertThat(tb.manifest().parts())
        .extracting(BackupManifest.Part::name)
        .doesNotContain(Backups.PG_DUMP_PART);
  }
}
