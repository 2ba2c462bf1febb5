package io.github.bsa.jdbc.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.storage.health.HealthCheck;
import io.github.bsa.storage.health.HealthStatus;
import io.github.bsa.storage.jobs.tck.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups emit {@link BsaEvent.BackupFinished} (issue #13) through the configured listener, one per
 * create and one per scheduler run, without personal data; the health report's backup component is
 * fed by {@link BackupScheduler#lastVerifiedBackup()} and turns DEGRADED when the last verified
 * backup is older than the maximum.
 */
final class BackupEventsAndHealthTest {
  @TempDir Path dir;

  @Test
  void createAndSchedulerRun_emitOneBackupFinishedEach() {
    String url = BackupTestSupport.freshSqlite(dir);
    BackupTestSupport.seed(url, "alpha", 2, 10);
    List<BsaEvent> events = new CopyOnWriteArrayList<>();
    Backups backups =
        Backups.builder(url)
            .target(BackupTarget.folder(dir.resolve("b")))
            .key(BackupKey.generate())
            .events(events::add)
            .build();
    StoredBackup made = backups.create();
    assertThat(events).hasSize(1);
    BsaEvent.BackupFinished first = (BsaEvent.BackupFinished) events.get(0);
    assertThat(first.succeeded()).isTrue();
    assertThat(first.bytes()).isEqualTo(made.manifest().totalSize()).isPositive();
    assertThat(first.errorCode()).isNull();
    assertThat(first.duration().isNegative()).isFalse();

    var run = BackupScheduler.builder(backups).build().runNow();
    assertThat(run.succeeded()).isTrue();
    assertThat(events).hasSize(2); // the run reports once, not once more for its create
    BsaEvent.BackupFinished second = (BsaEvent.BackupFinished) events.get(1);
    assertThat(second.succeeded()).isTrue();
    assertThat(second.bytes()).isEqualTo(run.backup().orElseThrow().manifest().totalSize());
    // no personal data: the event's text names neither tenant nor data
    assertThat(second.toString()).doesNotContain("alpha");
  }

  @Test
  void failedBackup_emitsFailureWithCode_andAThrowingListenerBreaksNothing() {
    List<BsaEvent> events = new CopyOnWriteArrayList<>();
    Backups broken =
        Backups.builder("jdbc:sqlite:" + dir.resolve("missing-dir/../nope/x.db"))
            .target(BackupTarget.folder(dir.resolve("b")))
            .key(BackupKey.generate())
            .events(
                e -> {
                  events.add(e);
                  throw new IllegalStateException("listener bug");
                })
            .build();
    assertThatThrownBy(broken::create).isInstanceOf(BackupException.class);
    var run = BackupScheduler.builder(broken).build().runNow();
    assertThat(run.succeeded()).isFalse();
    assertThat(events).hasSize(2);
    for (BsaEvent e : events) {
      BsaEvent.BackupFinished f = (BsaEvent.BackupFinished) e;
      assertThat(f.succeeded()).isFalse();
      assertThat(f.bytes()).isZero();
      assertThat(f.errorCode()).isEqualTo(ErrorCode.BACKUP_FAILED);
    }
  }

  @Test
  void health_fedByScheduler_oldVerifiedBackupIsDegraded_freshIsUp() {
    String url = BackupTestSupport.freshSqlite(dir);
    BackupTestSupport.seed(url, "alpha", 1, 5);
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    Backups backups =
        Backups.builder(url)
            .target(BackupTarget.folder(dir.resolve("h")))
            .key(BackupKey.generate())
            .clock(clock)
            .build();
    BackupScheduler scheduler = BackupScheduler.builder(backups).build();
    HealthCheck health =
        HealthCheck.builder()
            .backup(scheduler::lastVerifiedBackup, Duration.ofHours(26))
            .clock(clock)
            .build();
    assertThat(health.check().component("backup").orElseThrow().status())
        .as("no verified backup yet")
        .isEqualTo(HealthStatus.DEGRADED);

    assertThat(scheduler.runNow().verified()).isTrue();
    assertThat(health.check().component("backup").orElseThrow().status())
        .isEqualTo(HealthStatus.UP);

    clock.advance(Duration.ofHours(27)); // no run since: the last verified backup is too old
    var report = health.check();
    assertThat(report.component("backup").orElseThrow().status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);

    assertThat(scheduler.runNow().verified()).isTrue();
    assertThat(health.check().status()).isEqualTo(HealthStatus.UP);
  }
}
