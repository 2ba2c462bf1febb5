package io.github.bsa.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.jdbc.backup.BackupKey;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.Backups;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server's scheduled backups feed {@code /health} (issue #13): a verified backup three days old
 * makes the {@code backup} component DEGRADED (readiness stays UP); a run now makes it UP and is
 * counted by the {@code bsa.backups} meter from its {@code BackupFinished} event.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bsa.server.api-keys=tenant-a:key-a-0123456789abcdef",
      "bsa.backup.initial-delay=PT1H",
      "bsa.backup.max-age=PT24H"
    })
class BackupHealthTest {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("bsa-server-backup-test");
    String url = "jdbc:sqlite:" + dir.resolve("b.db");
    JdbcStatementStore.open(url).close();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path keyFile = dir.resolve("backup.key");
    Files.writeString(keyFile, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
    Path folder = dir.resolve("backups");
    Backups old =
        Backups.builder(url)
            .target(BackupTarget.folder(folder))
            .key(BackupKey.of(key))
            .clock(Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC))
            .build();
    var unused = old.verify(old.create().name());
    registry.add("spring.datasource.url", () -> url);
    registry.add("bsa.backup.folder", folder::toString);
    registry.add("bsa.backup.key-file", keyFile::toString);
  }

  @LocalServerPort int port;
  @Autowired BsaBackups backups;
  @Autowired MeterRegistry meters;

  @Test
  void oldBackup_isDegraded_thenARunMakesItUp() {
    Http http = new Http(port);
    Http.Response r = http.get("/health");
    assertThat(r.json().at("/components/backup/status").asText()).isEqualTo("DEGRADED");
    assertThat(r.json().at("/components/bsa/status").asText()).isEqualTo("UP");
    assertThat(http.get("/health/readiness").json().get("status").asText()).isEqualTo("UP");

    var run = backups.runNow();
    assertThat(run.succeeded())
        .as(
            () ->
                run.failure()
                    .map(
                        f -> {
                          java.io.StringWriter w = new java.io.StringWriter();
                          f.printStackTrace(new java.io.PrintWriter(w));
                          return w.toString();
                        })
                    .orElse(""))
        .isTrue();
    assertThat(http.get("/health").json().at("/components/backup/status").asText()).isEqualTo("UP");
    assertThat(meters.counter("bsa.backups", "outcome", "succeeded").count()).isEqualTo(1.0);
  }
}
