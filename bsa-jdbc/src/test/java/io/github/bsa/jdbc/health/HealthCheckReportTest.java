package io.github.bsa.jdbc.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.jdbc.jobs.JdbcJobStore;
import io.github.bsa.jdbc.testing.ThrowawayPostgres;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.storage.ParseCache;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.health.HealthCheck;
import io.github.bsa.storage.health.HealthComponent;
import io.github.bsa.storage.health.HealthReport;
import io.github.bsa.storage.health.HealthStatus;
import io.github.bsa.storage.jobs.JobPayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health report on real databases: UP, DEGRADED for each reason, DOWN for each reason. */
final class HealthCheckReportTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();

  @TempDir Path dir;

  private HealthCheck.Builder sqlite(String name) {
    JdbcStatementStore store = JdbcStatementStore.open("jdbc:sqlite:" + dir.resolve(name));
    return HealthCheck.builder()
        .store(store)
        .jobs(
            JdbcJobStore.create(
                io.github.bsa.jdbc.JdbcDatabase.dataSource("jdbc:sqlite:" + dir.resolve(name))))
        .cache(ParseCache.defaults())
        .analyzer(ANALYZER);
  }

  @Test
  void everythingWorking_isUp_withEveryComponent_andAJsonForm() {
    HealthReport report =
        sqlite("up.db")
            .backup(
                () -> Optional.of(Instant.now().minus(Duration.ofHours(2))), Duration.ofHours(26))
            .build()
            .check();

    assertThat(report.status()).isEqualTo(HealthStatus.UP);
    assertThat(report.components())
        .extracting(HealthComponent::name)
        .containsExactly("storage", "jobs", "cache", "backup", "formats");
    HealthComponent storage = report.component("storage").orElseThrow();
    assertThat(storage.details()).containsKeys("latencyMillis", "schemaVersion", "dialect");
    assertThat(report.component("jobs").orElseThrow().details()).containsEntry("queued", "0");
    assertThat(report.component("formats").orElseThrow().details().get("formats"))
        .contains("pdf", "csv", "mt940");
    assertThat(report.version()).isNotBlank().isNotEqualTo("unknown");
    assertThat(report.toJson())
        .startsWith("{\"schemaVersion\":1,\"status\":\"UP\",\"version\":\"")
        .contains("\"storage\":{\"status\":\"UP\"");
  }

  @Test
  void anOldBackup_isDegraded_andNoBackupAtAllToo() {
    HealthReport old =
        sqlite("old.db")
            .backup(
                () -> Optional.of(Instant.now().minus(Duration.ofDays(3))), Duration.ofHours(26))
            .build()
            .check();
    assertThat(old.status()).isEqualTo(HealthStatus.DEGRADED);
    HealthComponent backup = old.component("backup").orElseThrow();
    assertThat(backup.status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(backup.reason()).contains("older than");
    assertThat(backup.details()).containsEntry("maxAgeSeconds", Long.toString(26 * 3600));

    HealthReport never =
        sqlite("never.db").backup(Optional::empty, Duration.ofHours(26)).build().check();
    assertThat(never.status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(never.component("backup").orElseThrow().reason()).contains("no verified backup");
  }

  @Test
  void aJobWaitingTooLong_isDegraded() {
    String url = "jdbc:sqlite:" + dir.resolve("jobs.db");
    JdbcStatementStore.open(url).close();
    JdbcJobStore jobs = JdbcJobStore.create(io.github.bsa.jdbc.JdbcDatabase.dataSource(url));
    var unused =
        jobs.enqueue(
            TenantId.of("t"),
            JobPayload.of("x".getBytes(StandardCharsets.UTF_8), "a.csv", ParseOptions.defaults()),
            3,
            100);
    Clock later = Clock.fixed(Instant.now().plus(Duration.ofHours(1)), ZoneOffset.UTC);
    HealthReport report =
        HealthCheck.builder()
            .jobs(jobs)
            .maxJobWait(Duration.ofMinutes(10))
            .clock(later)
            .build()
            .check();
    assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(report.component("jobs").orElseThrow().details())
        .containsEntry("queued", "1")
        .containsKey("oldestQueuedAgeSeconds");
  }

  @Test
  void noParsers_isDown() {
    HealthReport report =
        HealthCheck.builder()
            .analyzer(StatementAnalyzer.builder().parsers(List.of()).build())
            .build()
            .check();
    assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
  }

  @Test
  void aStoppedPostgres_isDown_withAReason() throws Exception {
    try (ThrowawayPostgres pg = ThrowawayPostgres.start()) {
      JdbcStatementStore store = JdbcStatementStore.open(pg.url());
      JdbcJobStore jobs = JdbcJobStore.create(io.github.bsa.jdbc.JdbcDatabase.dataSource(pg.url()));
      HealthCheck check = HealthCheck.builder().store(store).jobs(jobs).analyzer(ANALYZER).build();
      assertThat(check.check().status()).isEqualTo(HealthStatus.UP);

      pg.stop();

      HealthReport down = check.check();
      assertThat(down.status()).isEqualTo(HealthStatus.DOWN);
      HealthComponent storage = down.component("storage").orElseThrow();
      assertThat(storage.status()).isEqualTo(HealthStatus.DOWN);
      assertThat(storage.reason()).isNotBlank();
      assertThat(storage.details()).containsEntry("errorCode", "STORAGE_UNAVAILABLE");
      assertThat(down.component("jobs").orElseThrow().status()).isEqualTo(HealthStatus.DOWN);
      assertThat(down.toJson()).contains("\"status\":\"DOWN\"").doesNotContain("password");
    }
  }
}
