package io.github.bsa.jdbc.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.jobs.tck.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention with a controllable clock: last N, daily, weekly, monthly; newest verified kept. */
final class RetentionTest {
  @TempDir Path dir;

  private static StoredBackup backup(String at, boolean verified) {
    Instant t = Instant.parse(at);
    BackupManifest m =
        new BackupManifest(
            1,
            "b-" + at,
            t,
            Dialect.SQLITE,
            3,
            Optional.empty(),
            BackupManifest.Kind.REGULAR,
            "k",
            List.of(),
            List.of());
    return new StoredBackup(m.name(), m, verified ? Optional.of(t) : Optional.empty());
  }

  @Test
  void keep_lastDailyWeeklyMonthly() {
    // Two backups a day, at 01:00 and 13:00, from 2026-01-01 to 2026-04-30 (a Thursday).
    List<StoredBackup> all = new ArrayList<>();
    for (Instant d = Instant.parse("2026-01-01T01:00:00Z");
        d.isBefore(Instant.parse("2026-05-01T00:00:00Z"));
        d = d.plus(Duration.ofHours(12))) {
      all.add(backup(d.toString(), true));
    }
    RetentionPolicy p = RetentionPolicy.builder().last(3).days(7).weeks(4).months(3).build();
    Set<String> keep = p.keep(all, Instant.parse("2026-04-30T20:00:00Z"));
    assertThat(keep)
        .containsExactlyInAnyOrder(
            // last 3
            "b-2026-04-30T13:00:00Z",
            "b-2026-04-30T01:00:00Z",
            "b-2026-04-29T13:00:00Z",
            // newest of each of the 7 days 04-24..04-30
            "b-2026-04-28T13:00:00Z",
            "b-2026-04-27T13:00:00Z",
            "b-2026-04-26T13:00:00Z",
            "b-2026-04-25T13:00:00Z",
            "b-2026-04-24T13:00:00Z",
            // newest of the weeks starting 04-27 and 04-20 (kept above), 04-13 and 04-06
            "b-2026-04-19T13:00:00Z",
            "b-2026-04-12T13:00:00Z",
            // newest of April (kept), March, February
            "b-2026-03-31T13:00:00Z",
            "b-2026-02-28T13:00:00Z");
  }

  @Test
  void keep_neverDropsTheNewestVerified() {
    List<StoredBackup> all =
        List.of(
            backup("2026-03-01T00:00:00Z", true),
            backup("2026-03-02T00:00:00Z", false),
            backup("2026-03-03T00:00:00Z", false));
    RetentionPolicy p = RetentionPolicy.builder().last(1).days(0).weeks(0).months(0).build();
    assertThat(p.keep(all, Instant.parse("2026-06-01T00:00:00Z")))
        .containsExactlyInAnyOrder("b-2026-03-03T00:00:00Z", "b-2026-03-01T00:00:00Z");
  }

  @Test
  void prune_onATarget_withAMovingClock() {
    String url = BackupTestSupport.freshSqlite(dir);
    BackupTestSupport.seed(url, "alpha", 1, 3);
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T02:00:00Z"));
    Backups backups =
        Backups.builder(url)
            .target(BackupTarget.folder(dir.resolve("ret")))
            .key(BackupKey.generate())
            .clock(clock)
            .build();
    List<String> names = new ArrayList<>();
    for (int day = 0; day < 10; day++) {
      names.add(backups.create().name());
      clock.advance(Duration.ofDays(1));
    }
    // Only the oldest is verified; the newer ones never were.
    var unused = backups.verify(names.get(0));
    RetentionPolicy p = RetentionPolicy.builder().last(1).days(3).weeks(0).months(0).build();
    assertThat(backups.pruneCandidates(p)).hasSize(7);
    List<String> deleted = backups.prune(p);
    // now = 01-11 02:00: the last (01-10), the dailies of 01-09..01-11 (01-09, 01-10) and the
    // newest verified (01-01), though no rule keeps it.
    assertThat(deleted).hasSize(7);
    assertThat(backups.list())
        .extracting(StoredBackup::name)
        .containsExactly(names.get(9), names.get(8), names.get(0));
    assertThat(backups.lastVerified()).contains(Instant.parse("2026-01-01T02:00:00Z"));
  }

  @Test
  void scheduler_reportsEachRun_andTheLastVerifiedBackup() throws Exception {
    String url = BackupTestSupport.freshSqlite(dir);
    BackupTestSupport.seed(url, "alpha", 1, 3);
    MutableClock clock = new MutableClock(Instant.parse("2026-02-01T00:00:00Z"));
    Backups backups =
        Backups.builder(url)
            .target(BackupTarget.folder(dir.resolve("sched")))
            .key(BackupKey.generate())
            .clock(clock)
            .build();
    List<BackupRun> runs = java.util.Collections.synchronizedList(new ArrayList<>());
    try (BackupScheduler s =
        BackupScheduler.builder(backups)
            .interval(Duration.ofHours(1))
            .retention(RetentionPolicy.builder().last(2).days(0).weeks(0).months(0).build())
            .listener(
                new BackupListener() {
                  @Override
                  public void runFinished(BackupRun run) {
                    runs.add(run);
                  }
                })
            .build()) {
      assertThat(s.lastVerifiedBackup()).isEmpty();
      s.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (runs.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(runs).hasSize(1);
      assertThat(runs.get(0).succeeded()).isTrue();
      assertThat(runs.get(0).verified()).isTrue();
      assertThat(s.lastVerifiedBackup()).contains(Instant.parse("2026-02-01T00:00:00Z"));
      for (int i = 0; i < 3; i++) {
        clock.advance(Duration.ofHours(6));
        assertThat(s.runNow().succeeded()).isTrue();
      }
      assertThat(s.lastVerifiedBackup()).contains(Instant.parse("2026-02-01T18:00:00Z"));
      assertThat(s.lastVerifiedBackupAge()).contains(Duration.ZERO);
      assertThat(runs).hasSize(4);
      assertThat(runs.get(3).pruned()).hasSize(1);
      assertThat(backups.list()).hasSize(2);
    }
    // A failing run is reported, not thrown.
    Backups broken =
        Backups.builder("jdbc:sqlite:" + dir.resolve("missing-dir/../nope/x.db"))
            .target(BackupTarget.folder(dir.resolve("sched")))
            .key(BackupKey.generate())
            .build();
    BackupRun failed = BackupScheduler.builder(broken).build().runNow();
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.failure()).get().isInstanceOf(BackupException.class);
  }
}
