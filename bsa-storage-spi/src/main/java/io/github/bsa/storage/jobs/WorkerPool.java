package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import io.github.bsa.storage.internal.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads of one {@link JobRunner}: each claims a due job under a lease, runs the
 * handler as an {@link Attempt}, classifies the outcome and records it fenced by the lease.
 * Thread-safe; started once by the runner.
 */
final class WorkerPool {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  /** Attempts to record an outcome while the store is unavailable. */
  private static final int COMPLETE_ATTEMPTS = 5;

  private final JobStore store;
  private final JobHandler handler;
  private final Duration lease;
  private final Duration pollInterval;
  private final Outcomes outcomes;
  private final Listeners listeners;
  private final Waiters waiters;
  private final Map<JobId, Attempt> running = new ConcurrentHashMap<>();
  private final Semaphore wake = new Semaphore(0);
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean accepting;
  private volatile boolean stopping;

  WorkerPool(
      JobStore store,
      JobHandler handler,
      Duration lease,
      Duration pollInterval,
      Outcomes outcomes,
      Listeners listeners,
      Waiters waiters) {
    this.store = store;
    this.handler = handler;
    this.lease = lease;
    this.pollInterval = pollInterval;
    this.outcomes = outcomes;
    this.listeners = listeners;
    this.waiters = waiters;
  }

  void start(String runnerId, int workers) {
    accepting = true;
    for (int i = 0; i < workers; i++) {
      String workerId = runnerId + "-" + i;
      Thread t = JobRunner.daemon(() -> workLoop(workerId), "bsa-jobs-worker-" + workerId);
      threads.add(t);
      t.start();
    }
  }

  /** Wakes idle workers, for example after a submit or a sweep. */
  void wake(int permits) {
    wake.release(permits);
  }

  Collection<Attempt> running() {
    return running.values();
  }

  Optional<Attempt> running(JobId id) {
    return Optional.ofNullable(running.get(id));
  }

  /**
   * Stops claiming, waits until the deadline for running attempts, then interrupts the rest (they
   * go back to the queue) and waits a little more.
   */
  void stop(String runnerId, Duration timeout) {
    accepting = false;
    wake.release(Math.max(1, threads.size()));
    joinAll(System.nanoTime() + timeout.toNanos());
    if (threads.stream().anyMatch(Thread::isAlive)) {
      LOG.info("Job runner {} interrupts {} running job(s) at shutdown", runnerId, running.size());
      stopping = true;
      running.values().forEach(Attempt::interruptForShutdown);
      joinAll(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
    }
  }

  private void joinAll(long deadlineNanos) {
    for (Thread t : threads) {
      long left = deadlineNanos - System.nanoTime();
      if (left > 0) {
        try {
          t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void workLoop(String workerId) {
    int idleFailures = 0;
    while (accepting) {
      Optional<Job> claimed;
      try {
        claimed = store.claim(workerId, lease);
        idleFailures = 0;
      } catch (RuntimeException e) {
        idleFailures++;
        LOG.warn(
            "Worker {} cannot claim jobs ({}); retrying", workerId, e.getClass().getSimpleName());
        pause(outcomes.backoff().delay(Math.min(idleFailures, 10)));
        continue;
      }
      if (claimed.isEmpty()) {
        pause(pollInterval);
        continue;
      }
      try {
        execute(claimed.get(), workerId);
      } catch (RuntimeException | StackOverflowError e) {
        // only the store or a listener can get here; the lease expires and the job is requeued
        LOG.warn("Worker {} failed to finish job {}", workerId, claimed.get().id(), e);
      }
    }
  }

  private void pause(Duration d) {
    try {
      if (wake.tryAcquire(d.toMillis(), TimeUnit.MILLISECONDS)) {
        wake.drainPermits();
      }
    } catch (InterruptedException e) {
      // a stray interrupt (cancellation raced with completion); keep working
      Thread.interrupted();
    }
  }

  private void execute(Job job, String workerId) {
    Attempt r = new Attempt(job, workerId, Thread.currentThread(), () -> stopping);
    running.put(job.id(), r);
    try {
      LOG.debug("Worker {} runs job {} (attempt {})", workerId, job.id(), job.attempts());
      listeners.started(job);
      JobOutcome outcome = attempt(r);
      if (r.leaseLost) {
        LOG.warn("Job {} lost its lease while running on {}; leaving it", job.id(), workerId);
        return;
      }
      boolean recorded =
          outcomes
              .backoff()
              .retry(
                  "Recording the outcome of job " + job.id(),
                  COMPLETE_ATTEMPTS,
                  Backoff::isTransient,
                  () -> store.complete(job.id(), workerId, outcome));
      if (!recorded) {
        LOG.warn("Job {} was taken from worker {} before it finished", job.id(), workerId);
        return;
      }
      if (outcome.state() == JobState.QUEUED) {
        // another worker may claim it at once, so report the state this worker wrote
        Job queued =
            job.toBuilder()
                .state(JobState.QUEUED)
                .lease(null, null)
                .runAt(outcome.retryAt().orElse(job.runAt()))
                .error(outcome.errorCode().orElse(null), outcome.errorMessage().orElse(null))
                .build();
        listeners.retryScheduled(queued);
        wake.release();
        return;
      }
      store
          .get(job.tenant(), job.id())
          .filter(j -> j.state().isTerminal())
          .ifPresent(
              j -> {
                listeners.finished(j);
                waiters.resolve(j);
              });
    } finally {
      running.remove(job.id());
    }
  }

  private JobOutcome attempt(Attempt r) {
    Job job = r.job;
    try {
      if (job.isCancelRequested()) {
        return JobOutcome.cancelled();
      }
      String ref = handler.handle(r);
      requireNonNull(ref, "JobHandler returned null");
      return JobOutcome.succeeded(ref);
    } catch (Exception | StackOverflowError e) {
      return outcomes.classify(r, e);
    } finally {
      r.finish();
    }
  }
}
