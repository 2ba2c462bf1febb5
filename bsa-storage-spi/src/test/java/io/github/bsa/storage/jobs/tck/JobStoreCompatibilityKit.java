package io.github.bsa.storage.jobs.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobOutcome;
import io.github.bsa.storage.jobs.JobPayload;
import io.github.bsa.storage.jobs.JobQueueFullException;
import io.github.bsa.storage.jobs.JobState;
import io.github.bsa.storage.jobs.JobStore;
import io.github.bsa.storage.jobs.LeaseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link JobStore} shares. Extend it and return a fresh, empty store on the
 * given clock.
 */
public abstract class JobStoreCompatibilityKit {
  protected static final TenantId ALICE = TenantId.of("alice");
  protected static final TenantId BOB = TenantId.of("bob");
  private static final Duration LEASE = Duration.ofSeconds(30);

  protected final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private JobStore store;

  /**
   * Returns a fresh, empty store.
   *
   * @param clock the clock for timestamps and leases
   * @return the store
   */
  protected abstract JobStore newStore(java.time.Clock clock);

  @BeforeEach
  void setUpStore() {
    store = newStore(clock);
  }

  static JobPayload payload(String text) {
    return JobPayload.of(text.getBytes(StandardCharsets.UTF_8), "s.sta", ParseOptions.defaults());
  }

  private Job enqueue(TenantId tenant, String text) {
    Job j = store.enqueue(tenant, payload(text), 3, 100);
    clock.advance(Duration.ofMillis(1)); // distinct creation times keep FIFO order deterministic
    return j;
  }

  @Test
  @DisplayName("an enqueued job is queued and visible to its tenant only")
  void enqueue_visibleToOwnerOnly() {
    Job job = enqueue(ALICE, "one");
    assertThat(job.state()).isEqualTo(JobState.QUEUED);
    assertThat(job.attempts()).isZero();
    assertThat(job.maxAttempts()).isEqualTo(3);
    assertThat(store.get(ALICE, job.id())).map(Job::state).contains(JobState.QUEUED);
    assertThat(store.get(BOB, job.id())).isEmpty();
    assertThat(store.list(BOB)).isEmpty();
    assertThat(store.list(ALICE)).extracting(Job::id).containsExactly(job.id());
    assertThat(store.cancel(BOB, job.id())).isFalse();
    assertThat(store.get(ALICE, job.id())).map(Job::state).contains(JobState.QUEUED);
  }

  @Test
  @DisplayName("the payload round-trips with its options")
  void enqueue_payload_roundTrips() {
    byte[] bytes = new byte[300];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    ParseOptions options =
        ParseOptions.builder()
            .format("csv")
            .dateOrder(DateOrder.DAY_MONTH_YEAR)
            .charset(StandardCharsets.ISO_8859_1)
            .formatOption("csv.layout", "{\"a\":\"b=c&d\"}")
            .formatOption("csv.delimiter", ";")
            .build();
    Job job =
        store.enqueue(ALICE, JobPayload.of(bytes, "ä b.csv", options).withAnalyse(true), 2, 5);
    JobPayload back = store.get(ALICE, job.id()).orElseThrow().payload();
    assertThat(back.bytes()).isEqualTo(bytes);
    assertThat(back.fileName()).contains("ä b.csv");
    assertThat(back.format()).contains("csv");
    assertThat(back.dateOrder()).contains(DateOrder.DAY_MONTH_YEAR);
    assertThat(back.charset()).contains("ISO-8859-1");
    assertThat(back.formatOptions())
        .containsEntry("csv.layout", "{\"a\":\"b=c&d\"}")
        .containsEntry("csv.delimiter", ";")
        .hasSize(2);
    assertThat(back.analyse()).isTrue();
    assertThat(back.parseOptions().option(io.github.bsa.core.FormatOption.text("csv.delimiter")))
        .contains(";");
  }

  @Test
  @DisplayName("a full queue refuses a job and stores nothing")
  void enqueue_fullQueue_throws() {
    assertThat(store.enqueue(ALICE, payload("a"), 1, 2)).isNotNull();
    assertThat(store.enqueue(BOB, payload("b"), 1, 2)).isNotNull();
    assertThatThrownBy(() -> store.enqueue(ALICE, payload("c"), 1, 2))
        .isInstanceOf(JobQueueFullException.class)
        .extracting(e -> ((JobQueueFullException) e).errorCode())
        .isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    assertThat(store.list(ALICE)).hasSize(1);
    // a running job no longer counts against the bound
    assertThat(store.claim("w", LEASE)).isPresent();
    assertThat(store.enqueue(ALICE, payload("c"), 1, 2).state()).isEqualTo(JobState.QUEUED);
  }

  @Test
  @DisplayName("claim takes the oldest due job and leases it to the worker")
  void claim_oldestFirst_leased() {
    Job first = enqueue(ALICE, "1");
    Job second = enqueue(BOB, "2");
    Job claimed = store.claim("w1", LEASE).orElseThrow();
    assertThat(claimed.id()).isEqualTo(first.id());
    assertThat(claimed.state()).isEqualTo(JobState.RUNNING);
    assertThat(claimed.attempts()).isEqualTo(1);
    assertThat(claimed.leaseOwner()).contains("w1");
    assertThat(claimed.leaseExpiresAt()).contains(clock.instant().plus(LEASE));
    assertThat(claimed.startedAt()).contains(clock.instant());
    assertThat(claimed.payload().bytes()).isEqualTo("1".getBytes(StandardCharsets.UTF_8));
    assertThat(store.claim("w2", LEASE)).map(Job::id).contains(second.id());
    assertThat(store.claim("w3", LEASE)).isEmpty();
  }

  @Test
  @DisplayName("renewing a lease needs the owning worker")
  void renewLease_onlyOwner() {
    Job job = enqueue(ALICE, "1");
    assertThat(store.claim("w1", LEASE)).isPresent();
    clock.advance(Duration.ofSeconds(10));
    assertThat(store.renewLease(job.id(), "w2", LEASE)).isEqualTo(LeaseStatus.LOST);
    assertThat(store.renewLease(job.id(), "w1", LEASE)).isEqualTo(LeaseStatus.RENEWED);
    Job renewed = store.get(ALICE, job.id()).orElseThrow();
    assertThat(renewed.leaseExpiresAt()).contains(clock.instant().plus(LEASE));
    assertThat(renewed.isCancelRequested()).isFalse();
  }

  @Test
  @DisplayName("a success records the result reference and clears the lease")
  void complete_succeeded() {
    Job job = enqueue(ALICE, "1");
    assertThat(store.claim("w1", LEASE)).isPresent();
    assertThat(store.complete(job.id(), "w2", JobOutcome.succeeded("x"))).isFalse();
    assertThat(store.complete(job.id(), "w1", JobOutcome.succeeded("stmt:42"))).isTrue();
    Job done = store.get(ALICE, job.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.resultRef()).contains("stmt:42");
    assertThat(done.leaseOwner()).isEmpty();
    assertThat(done.leaseExpiresAt()).isEmpty();
    assertThat(done.finishedAt()).contains(clock.instant());
    assertThat(done.errorCode()).isEmpty();
    assertThat(store.complete(job.id(), "w1", JobOutcome.succeeded("again"))).isFalse();
    assertThat(store.renewLease(job.id(), "w1", LEASE)).isEqualTo(LeaseStatus.LOST);
  }

  @Test
  @DisplayName("a permanent failure records its error code and message")
  void complete_failed() {
    Job job = enqueue(ALICE, "1");
    assertThat(store.claim("w1", LEASE)).isPresent();
    assertThat(
            store.complete(
                job.id(), "w1", JobOutcome.failed(ErrorCode.MALFORMED_INPUT, "bad line 3")))
        .isTrue();
    Job done = store.get(ALICE, job.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(JobState.FAILED);
    assertThat(done.errorCode()).contains(ErrorCode.MALFORMED_INPUT);
    assertThat(done.errorMessage()).contains("bad line 3");
  }

  @Test
  @DisplayName("a retry requeues the job, not claimable before its retry time")
  void complete_retry_backsOff() {
    Job job = enqueue(ALICE, "1");
    assertThat(store.claim("w1", LEASE)).isPresent();
    Instant retryAt = clock.instant().plusSeconds(5);
    assertThat(
            store.complete(
                job.id(),
                "w1",
                JobOutcome.retry(retryAt, ErrorCode.STORAGE_UNAVAILABLE, "db down")))
        .isTrue();
    Job queued = store.get(ALICE, job.id()).orElseThrow();
    assertThat(queued.state()).isEqualTo(JobState.QUEUED);
    assertThat(queued.runAt()).isEqualTo(retryAt);
    assertThat(queued.errorCode()).contains(ErrorCode.STORAGE_UNAVAILABLE);
    assertThat(queued.leaseOwner()).isEmpty();
    assertThat(store.claim("w1", LEASE)).isEmpty();
    clock.advance(Duration.ofSeconds(5));
    Job again = store.claim("w2", LEASE).orElseThrow();
    assertThat(again.attempts()).isEqualTo(2);
  }

  @Test
  @DisplayName("cancel: queued at once, running flagged, finished refused")
  void cancel_byState() {
    Job queued = enqueue(ALICE, "1");
    assertThat(store.cancel(ALICE, queued.id())).isTrue();
    Job cancelled = store.get(ALICE, queued.id()).orElseThrow();
    assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
    assertThat(cancelled.finishedAt()).isPresent();
    assertThat(store.cancel(ALICE, queued.id())).isFalse();

    Job running = enqueue(ALICE, "2");
    assertThat(store.claim("w1", LEASE)).isPresent();
    assertThat(store.cancel(ALICE, running.id())).isTrue();
    assertThat(store.get(ALICE, running.id()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
    assertThat(store.get(ALICE, running.id()).orElseThrow().isCancelRequested()).isTrue();
    assertThat(store.renewLease(running.id(), "w1", LEASE)).isEqualTo(LeaseStatus.CANCEL_REQUESTED);
    assertThat(store.complete(running.id(), "w1", JobOutcome.cancelled())).isTrue();
    assertThat(store.get(ALICE, running.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    assertThat(store.cancel(ALICE, running.id())).isFalse();
    assertThat(store.cancel(ALICE, JobId.random())).isFalse();
  }

  @Test
  @DisplayName("expired leases go back to the queue, cancelled or failed as due")
  void requeueExpired_byCase() {
    Job plain = enqueue(ALICE, "1");
    Job toCancel = enqueue(ALICE, "2");
    Job exhausted = store.enqueue(ALICE, payload("3"), 1, 100);
    clock.advance(Duration.ofMillis(1));
    Job fresh = enqueue(ALICE, "4");
    clock.advance(Duration.ofMillis(5));
    assertThat(store.claim("dead", Duration.ofSeconds(1))).isPresent();
    assertThat(store.claim("dead", Duration.ofSeconds(1))).isPresent();
    assertThat(store.claim("dead", Duration.ofSeconds(1))).isPresent();
    assertThat(store.cancel(ALICE, toCancel.id())).isTrue();
    assertThat(store.requeueExpired()).isZero();
    clock.advance(Duration.ofSeconds(2));
    assertThat(store.claim("alive", LEASE)).isPresent(); // "fresh", leased after the others
    assertThat(store.requeueExpired()).isEqualTo(3);
    assertThat(store.get(ALICE, plain.id()).orElseThrow().state()).isEqualTo(JobState.QUEUED);
    assertThat(store.get(ALICE, plain.id()).orElseThrow().leaseOwner()).isEmpty();
    assertThat(store.get(ALICE, toCancel.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    Job failed = store.get(ALICE, exhausted.id()).orElseThrow();
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(failed.errorCode()).contains(ErrorCode.LIMIT_EXCEEDED);
    assertThat(store.get(ALICE, fresh.id()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
    assertThat(store.renewLease(plain.id(), "dead", LEASE)).isEqualTo(LeaseStatus.LOST);
    assertThat(store.complete(plain.id(), "dead", JobOutcome.succeeded("late"))).isFalse();
    Job resumed = store.claim("alive", LEASE).orElseThrow();
    assertThat(resumed.id()).isEqualTo(plain.id());
    assertThat(resumed.attempts()).isEqualTo(2);
  }

  @Test
  @DisplayName("list filters by state, limits, and orders newest first")
  void list_filtersAndOrders() {
    List<JobId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(enqueue(ALICE, "j" + i).id());
    }
    enqueue(BOB, "b");
    assertThat(store.claim("w", LEASE)).isPresent();
    assertThat(store.list(ALICE, EnumSet.of(JobState.QUEUED), 10))
        .extracting(Job::id)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1));
    assertThat(store.list(ALICE, EnumSet.of(JobState.RUNNING), 10))
        .extracting(Job::id)
        .containsExactly(ids.get(0));
    assertThat(store.list(ALICE, EnumSet.allOf(JobState.class), 2))
        .extracting(Job::id)
        .containsExactly(ids.get(4), ids.get(3));
    assertThat(store.list(BOB)).hasSize(1);
  }

  @Test
  @DisplayName("concurrent workers never claim the same job twice")
  void claim_concurrent_eachJobOnce() throws Exception {
    int jobs = 40;
    Set<JobId> expected = new HashSet<>();
    for (int i = 0; i < jobs; i++) {
      expected.add(store.enqueue(i % 2 == 0 ? ALICE : BOB, payload("c" + i), 1, 1000).id());
    }
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Set<JobId> claimed = ConcurrentHashMap.newKeySet();
    List<JobId> all = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String worker = "w" + t;
      futures.add(
          pool.submit(
              () -> {
                go.await();
                while (true) {
                  Optional<Job> j = store.claim(worker, LEASE);
                  if (j.isEmpty()) {
                    return null;
                  }
                  claimed.add(j.get().id());
                  all.add(j.get().id());
                  assertThat(store.complete(j.get().id(), worker, JobOutcome.succeeded("ok")))
                      .isTrue();
                }
              }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(all).hasSize(jobs);
    assertThat(claimed).isEqualTo(expected);
  }
}
