package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.jdbc.JdbcStatementStore;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bsa health}: UP on a migrated database, DOWN (exit 1) on an unreachable one. */
final class HealthCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void migratedSqlite_isUp_exitZero(@TempDir Path dir) throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("h.db");
    JdbcStatementStore.open(db).close();
    CliTest.Run run = CliTest.run("health", "--db", db, "--json");
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("status").asText()).isEqualTo("UP");
    assertThat(json.path("components").path("storage").path("details").has("latencyMillis"))
        .isTrue();
    assertThat(json.path("components").path("jobs").path("details").path("queued").asText())
        .isEqualTo("0");

    CliTest.Run text = CliTest.run("health", "--db", db);
    assertThat(text.out()).contains(": UP").contains("storage").contains("formats");
  }

  @Test
  void oldVerifiedBackup_isDegraded_recentOneIsUp(@TempDir Path dir) throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("b.db");
    JdbcStatementStore.open(db).close();
    Path folder = dir.resolve("backups");
    java.time.Clock threeDaysAgo =
        java.time.Clock.fixed(
            java.time.Instant.now().minus(java.time.Duration.ofDays(3)), java.time.ZoneOffset.UTC);
    io.github.bsa.jdbc.backup.Backups backups =
        io.github.bsa.jdbc.backup.Backups.builder(db)
            .target(io.github.bsa.jdbc.backup.BackupTarget.folder(folder))
            .key(io.github.bsa.jdbc.backup.BackupKey.generate())
            .clock(threeDaysAgo)
            .build();
    var unused = backups.verify(backups.create().name());

    CliTest.Run old =
        CliTest.run(
            "health",
            "--db",
            db,
            "--json",
            "--backups",
            folder.toString(),
            "--max-backup-age",
            "PT24H");
    assertThat(old.exit()).as(old.out() + old.err()).isZero();
    JsonNode json = MAPPER.readTree(old.out());
    assertThat(json.path("status").asText()).isEqualTo("DEGRADED");
    assertThat(json.path("components").path("backup").path("status").asText())
        .isEqualTo("DEGRADED");

    CliTest.Run recent =
        CliTest.run(
            "health",
            "--db",
            db,
            "--json",
            "--backups",
            folder.toString(),
            "--max-backup-age",
            "PT100H");
    JsonNode ok = MAPPER.readTree(recent.out());
    assertThat(ok.path("components").path("backup").path("status").asText()).isEqualTo("UP");
    assertThat(ok.path("status").asText()).isEqualTo("UP");
  }

  @Test
  void unmigratedSqlite_isDown_exitOne(@TempDir Path dir) {
    CliTest.Run run = CliTest.run("health", "--db", "jdbc:sqlite:" + dir.resolve("empty.db"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(": DOWN").contains("SCHEMA_MISMATCH");
  }

  @Test
  void unreachablePostgres_isDown_exitOne_withAReason() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    CliTest.Run run =
        CliTest.run(
            "health",
            "--json",
            "--db",
            "jdbc:postgresql://127.0.0.1:"
                + port
                + "/bsa?user=app&password=secret&connectTimeout=3");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.path("status").asText()).isEqualTo("DOWN");
    JsonNode storage = json.path("components").path("storage");
    assertThat(storage.path("status").asText()).isEqualTo("DOWN");
    assertThat(storage.path("reason").asText()).isNotBlank();
    assertThat(storage.path("details").path("errorCode").asText()).isEqualTo("STORAGE_UNAVAILABLE");
    assertThat(run.out()).doesNotContain("secret");
  }
}
