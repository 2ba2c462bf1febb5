package io.github.bsa.storage.jobs.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobHandler;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobListener;
import io.github.bsa.storage.jobs.JobPayload;
import io.github.bsa.storage.jobs.JobQueueFullException;
import io.github.bsa.storage.jobs.JobRunner;
import io.github.bsa.storage.jobs.JobState;
import io.github.bsa.storage.jobs.JobStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour of a {@link JobRunner} on a {@link JobStore}: run, retry, fail, cancel, bound,
 * resume after a restart. Extend it with a store factory; every test uses the system clock and
 * short leases, and waits with generous timeouts (no speed assertions).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class JobRunnerCompatibilityKit {
  protected static final TenantId ALICE = TenantId.of("alice");
  protected static final TenantId BOB = TenantId.of("bob");

  private final List<JobRunner> runners = new ArrayList<>();
  protected JobStore store;

  /**
   * Returns a fresh, empty store on the system clock. Called once per test; two runners in one test
   * share it.
   *
   * @return the store
   */
  protected abstract JobStore newStore(Clock clock);

  @BeforeEach
  void setUpStore() {
    store = newStore(Clock.systemUTC());
  }

  @AfterEach
  void closeRunners() {
    runners.forEach(JobRunner::close);
  }

  protected JobRunner.Builder runner(JobHandler handler) {
    return JobRunner.builder()
        .store(store)
        .handler(handler)
        .workers(2)
        .lease(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(20))
        .backoff(Duration.ofMillis(10), Duration.ofMillis(100))
        .shutdownTimeout(Duration.ofSeconds(20));
  }

  protected JobRunner started(JobRunner.Builder b) {
    JobRunner r = b.build();
    runners.add(r);
    r.start();
    return r;
  }

  protected static JobPayload payload(String text) {
    return JobPayload.of(text.getBytes(StandardCharsets.UTF_8), null, ParseOptions.defaults());
  }

  protected static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting until " + what);
      }
      Thread.sleep(10);
    }
  }

  private Job job(TenantId t, JobId id) {
    return store.get(t, id).orElseThrow();
  }

  @Test
  @DisplayName("a submitted job runs once, succeeds, and completes its future and listener")
  void submit_succeeds_futureAndListener() throws Exception {
    List<Job> finished = new CopyOnWriteArrayList<>();
    List<Job> startedJobs = new CopyOnWriteArrayList<>();
    JobRunner r =
        started(
            runner(ctx -> "ref-" + new String(ctx.job().payload().bytes(), StandardCharsets.UTF_8))
                .listener(
                    new JobListener() {
                      @Override
                      public void onStarted(Job job) {
                        startedJobs.add(job);
                      }

                      @Override
                      public void onFinished(Job job) {
                        finished.add(job);
                      }
                    }));
    JobId id = r.submit(ALICE, payload("x"));
    Job done = r.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.resultRef()).contains("ref-x");
    assertThat(done.attempts()).isEqualTo(1);
    await(() -> finished.size() == 1, "the listener heard of it");
    assertThat(startedJobs).extracting(Job::id).containsExactly(id);
    assertThat(finished.get(0).state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(r.get(BOB, id)).isEmpty();
    assertThatThrownBy(() -> r.completion(BOB, id)).isInstanceOf(IllegalArgumentException.class);
    assertThat(r.completion(ALICE, id).get(1, TimeUnit.SECONDS).state())
        .isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  @DisplayName("transient storage failures are retried with backoff until they pass")
  void transientFailure_retried_thenSucceeds() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<Job> retries = new CopyOnWriteArrayList<>();
    JobRunner r =
        started(
            runner(
                    ctx -> {
                      if (calls.incrementAndGet() < 3) {
                        throw new BsaException(ErrorCode.STORAGE_UNAVAILABLE, "db down");
                      }
                      return "ok";
                    })
                .maxAttempts(5)
                .listener(
                    new JobListener() {
                      @Override
                      public void onRetryScheduled(Job job) {
                        retries.add(job);
                      }
                    }));
    JobId id = r.submit(ALICE, payload("x"));
    Job done = r.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(calls).hasValue(3);
    assertThat(retries).hasSize(2);
    assertThat(retries.get(0).errorCode()).contains(ErrorCode.STORAGE_UNAVAILABLE);
    assertThat(retries.get(0).runAt()).isAfter(retries.get(0).startedAt().orElseThrow());
  }

  @Test
  @DisplayName("a transient failure that outlasts the attempts fails with its error code")
  void transientFailure_exhausted_failsWithCode() throws Exception {
    JobRunner r =
        started(
            runner(
                    ctx -> {
                      throw new java.io.IOException("disk /home/x full");
                    })
                .maxAttempts(3));
    JobId id = r.submit(ALICE, payload("x"));
    Job done = r.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.FAILED);
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(done.errorCode()).contains(ErrorCode.IO_FAILURE);
    assertThat(done.errorMessage().orElseThrow()).doesNotContain("/home/x");
  }

  @Test
  @DisplayName("a permanent failure is recorded at once with its error code")
  void permanentFailure_failsAtOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    JobRunner r =
        started(
            runner(
                ctx -> {
                  calls.incrementAndGet();
                  throw new BsaException(ErrorCode.MALFORMED_INPUT, "Not MT940 (line 1)");
                }));
    JobId id = r.submit(ALICE, payload("x"));
    Job done = r.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.FAILED);
    assertThat(done.errorCode()).contains(ErrorCode.MALFORMED_INPUT);
    assertThat(done.errorMessage()).contains("Not MT940 (line 1)");
    assertThat(done.attempts()).isEqualTo(1);
    assertThat(calls).hasValue(1);
  }

  @Test
  @DisplayName("an unexpected exception fails the job without a code and without its message")
  void unexpectedException_fails() throws Exception {
    JobRunner r =
        started(
            runner(
                ctx -> {
                  throw new IllegalStateException("secret IBAN NL00");
                }));
    JobId id = r.submit(ALICE, payload("x"));
    Job done = r.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.FAILED);
    assertThat(done.errorCode()).isEmpty();
    assertThat(done.errorMessage().orElseThrow()).doesNotContain("NL00");
  }

  @Test
  @DisplayName("the queue is bounded")
  void submit_fullQueue_throws() {
    JobRunner r = started(runner(ctx -> "ok").workers(0).maxQueued(3));
    for (int i = 0; i < 3; i++) {
      assertThat(r.submit(ALICE, payload("x" + i))).isNotNull();
    }
    assertThatThrownBy(() -> r.submit(BOB, payload("y"))).isInstanceOf(JobQueueFullException.class);
    assertThat(store.list(BOB)).isEmpty();
  }

  @Test
  @DisplayName("a queued job is cancelled at once and never runs")
  void cancel_queued_neverRuns() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    JobRunner submitter = started(runner(ctx -> "ok").workers(0));
    JobId id = submitter.submit(ALICE, payload("x"));
    assertThat(submitter.cancel(BOB, id)).isFalse();
    assertThat(submitter.cancel(ALICE, id)).isTrue();
    assertThat(job(ALICE, id).state()).isEqualTo(JobState.CANCELLED);
    started(
        runner(
            ctx -> {
              calls.incrementAndGet();
              return "ok";
            }));
    Thread.sleep(200);
    assertThat(calls).hasValue(0);
    assertThat(submitter.completion(ALICE, id).get(1, TimeUnit.SECONDS).state())
        .isEqualTo(JobState.CANCELLED);
  }

  @Test
  @DisplayName("a running job is cancelled cooperatively")
  void cancel_running_stops() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    JobRunner r =
        started(
            runner(
                ctx -> {
                  running.countDown();
                  while (true) {
                    ctx.checkCancelled();
                    Thread.sleep(5_000); // the interrupt ends the sleep
                  }
                }));
    JobId id = r.submit(ALICE, payload("x"));
    assertThat(running.await(45, TimeUnit.SECONDS)).isTrue();
    assertThat(r.cancel(ALICE, id)).isTrue();
    Job done = r.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.CANCELLED);
    assertThat(done.errorCode()).contains(ErrorCode.CANCELLED);
  }

  @Test
  @DisplayName("a running job cancelled through another runner stops at its next lease renewal")
  void cancel_runningElsewhere_stops() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    JobRunner worker =
        started(
            runner(
                    ctx -> {
                      running.countDown();
                      while (!ctx.isCancelled()) {
                        Thread.sleep(10);
                      }
                      return "ignored";
                    })
                .lease(Duration.ofMillis(600)));
    JobRunner web = started(runner(ctx -> "never").workers(0));
    JobId id = web.submit(ALICE, payload("x"));
    assertThat(running.await(45, TimeUnit.SECONDS)).isTrue();
    assertThat(web.cancel(ALICE, id)).isTrue();
    assertThat(web.completion(ALICE, id).get(45, TimeUnit.SECONDS).state())
        .isEqualTo(JobState.CANCELLED);
    assertThat(worker.get(ALICE, id).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
  }

  @Test
  @DisplayName("the configured worker count bounds concurrency and is reached")
  void workers_boundConcurrency() throws Exception {
    AtomicInteger current = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    JobRunner r =
        started(
            runner(
                    ctx -> {
                      int now = current.incrementAndGet();
                      peak.accumulateAndGet(now, Math::max);
                      try {
                        release.await(45, TimeUnit.SECONDS);
                      } finally {
                        current.decrementAndGet();
                      }
                      return "ok";
                    })
                .workers(3));
    List<JobId> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(r.submit(ALICE, payload("x" + i)));
    }
    await(() -> peak.get() == 3, "three jobs run at once");
    Thread.sleep(100);
    assertThat(store.list(ALICE, java.util.EnumSet.of(JobState.RUNNING), 10)).hasSize(3);
    release.countDown();
    for (JobId id : ids) {
      assertThat(r.completion(ALICE, id).get(45, TimeUnit.SECONDS).state())
          .isEqualTo(JobState.SUCCEEDED);
    }
    assertThat(peak).hasValue(3);
  }

  @Test
  @DisplayName("restarting the runner mid-queue completes every job exactly once")
  void restart_midQueue_everyJobOnce() throws Exception {
    Map<JobId, AtomicInteger> executions = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    JobHandler handler =
        ctx -> {
          executions.computeIfAbsent(ctx.job().id(), k -> new AtomicInteger()).incrementAndGet();
          Thread.sleep(20);
          done.incrementAndGet();
          return "ok";
        };
    JobRunner first = started(runner(handler));
    List<JobId> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(first.submit(i % 2 == 0 ? ALICE : BOB, payload("x" + i)));
    }
    await(() -> done.get() >= 8, "some jobs ran");
    first.close();
    int afterFirst = done.get();
    assertThat(afterFirst).isLessThan(30);
    JobRunner second = started(runner(handler));
    for (int i = 0; i < ids.size(); i++) {
      TenantId t = i % 2 == 0 ? ALICE : BOB;
      Job j = second.completion(t, ids.get(i)).get(45, TimeUnit.SECONDS);
      assertThat(j.state()).isEqualTo(JobState.SUCCEEDED);
    }
    assertThat(executions).hasSize(30);
    assertThat(executions.values()).allSatisfy(n -> assertThat(n).hasValue(1));
    assertThat(done).hasValue(30);
  }

  @Test
  @DisplayName("a job interrupted by a crashed host resumes when a runner starts")
  void start_resumesInterruptedJob() throws Exception {
    Job queued = store.enqueue(ALICE, payload("x"), 3, 100);
    Job stale = store.claim("crashed-host-0", Duration.ofMillis(200)).orElseThrow();
    assertThat(stale.id()).isEqualTo(queued.id());
    Job other = store.enqueue(BOB, payload("y"), 3, 100);
    Thread.sleep(300); // the crashed host's lease runs out
    JobRunner r = started(runner(ctx -> "resumed"));
    Job resumed = r.completion(ALICE, queued.id()).get(45, TimeUnit.SECONDS);
    assertThat(resumed.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(resumed.attempts()).isEqualTo(2);
    assertThat(resumed.leaseOwner()).isEmpty();
    assertThat(r.completion(BOB, other.id()).get(45, TimeUnit.SECONDS).state())
        .isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  @DisplayName("a job whose host dies while running is taken over once its lease expires")
  void runningRunner_takesOverExpiredLease() throws Exception {
    JobRunner r = started(runner(ctx -> "taken over").lease(Duration.ofMillis(600)));
    Job queued = store.enqueue(ALICE, payload("x"), 3, 100);
    // a worker of a host that then dies grabbed it before our runner did, or our runner did
    store.claim("dying-host-0", Duration.ofMillis(300)).ifPresent(j -> {});
    Job done = r.completion(ALICE, queued.id()).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
  }
}
