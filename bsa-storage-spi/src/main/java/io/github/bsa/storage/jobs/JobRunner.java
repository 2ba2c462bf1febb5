package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.internal.config.ConfigValidation;
import io.github.bsa.storage.TenantId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background jobs from a {@link JobStore} on a pool of worker threads: claims due jobs under a
 * lease, runs the {@link JobHandler}, renews leases while it runs, retries transient failures with
 * exponential backoff, records permanent failures with their error code, and cancels jobs.
 *
 * <pre>{@code
 * JobRunner runner = JobRunner.builder()
 *     .store(jobStore)
 *     .handler(handler)
 *     .workers(4)
 *     .build();
 * runner.start();                                   // also requeues jobs interrupted by a crash
 * JobId id = runner.submit(tenant, payload);        // returns at once
 * runner.completion(tenant, id).thenAccept(job -> System.out.println(job.state()));
 * ...
 * runner.close();                                   // drains running jobs, then stops
 * }</pre>
 *
 * <p>Any number of runners, in one JVM or many, may share a store; the store guarantees that one
 * worker at a time holds a job. A runner with {@code workers(0)} only submits and observes, for
 * hosts that run the work elsewhere. A job whose host dies goes back to the queue when its lease
 * expires; every running runner sweeps expired leases periodically and at {@link #start()}.
 *
 * <p>Thread-safe. Start once, close once. See {@code docs/jobs.md}.
 *
 * @since 0.1
 */
public final class JobRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
  private static final AtomicInteger RUNNER_COUNT = new AtomicInteger();

  private final JobStore store;
  private final JobHandler handler;
  private final int workers;
  private final String runnerId;
  private final Duration lease;
  private final Duration renewEvery;
  private final Duration pollInterval;
  private final int maxAttempts;
  private final int maxQueued;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration shutdownTimeout;
  private final Clock clock;
  private final List<JobListener> listeners;

  private final Map<JobId, Running> running = new ConcurrentHashMap<>();
  private final Map<JobId, Waiter> waiters = new ConcurrentHashMap<>();
  private final Semaphore wake = new Semaphore(0);
  private final List<Thread> threads = new ArrayList<>();
  private final Object lifecycle = new Object();
  private volatile boolean accepting;
  private volatile boolean stopping;
  private @Nullable ScheduledExecutorService maintenance;
  private boolean started;
  private boolean closed;

  private JobRunner(Builder b) {
    this.store = requireNonNull(b.store, "store");
    this.handler = requireNonNull(b.handler, "handler");
    this.workers = b.workers;
    this.runnerId = b.runnerId == null ? defaultRunnerId() : b.runnerId;
    this.lease = b.lease;
    this.renewEvery = b.renewEvery == null ? lease.dividedBy(3) : b.renewEvery;
    if (renewEvery.compareTo(lease) >= 0 || renewEvery.isZero()) {
      throw new IllegalArgumentException("renewEvery must be shorter than the lease");
    }
    this.pollInterval = b.pollInterval;
    this.maxAttempts = b.maxAttempts;
    this.maxQueued = b.maxQueued;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.shutdownTimeout = b.shutdownTimeout;
    this.clock = b.clock;
    this.listeners = List.copyOf(b.listeners);
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id that prefixes this runner's lease owners ({@code <runnerId>-<worker index>}).
   *
   * @return the runner id
   */
  public String runnerId() {
    return runnerId;
  }

  /**
   * Returns the store.
   *
   * @return the store
   */
  public JobStore store() {
    return store;
  }

  /**
   * Requeues jobs interrupted by a crash whose lease has expired, and starts the workers and the
   * lease keeper.
   *
   * @throws IllegalStateException if the runner was started or closed before
   * @throws BsaException if the store cannot be reached
   */
  public void start() {
    synchronized (lifecycle) {
      if (started || closed) {
        throw new IllegalStateException("A JobRunner starts once");
      }
      started = true;
      accepting = true;
      int requeued = store.requeueExpired();
      LOG.info(
          "Job runner {} starting with {} worker(s); {} interrupted job(s) requeued",
          runnerId,
          workers,
          requeued);
      ScheduledExecutorService m =
          Executors.newSingleThreadScheduledExecutor(
              r -> daemon(r, "bsa-jobs-maintenance-" + runnerId));
      long renewMs = renewEvery.toMillis();
      // the tasks catch their own exceptions, so the futures never carry one
      var unusedRenew =
          m.scheduleWithFixedDelay(this::renewLeases, renewMs, renewMs, TimeUnit.MILLISECONDS);
      var unusedSweep =
          m.scheduleWithFixedDelay(this::sweep, renewMs, renewMs, TimeUnit.MILLISECONDS);
      long pollMs = Math.max(1, pollInterval.toMillis());
      var unusedPoll =
          m.scheduleWithFixedDelay(this::pollWaiters, pollMs, pollMs, TimeUnit.MILLISECONDS);
      maintenance = m;
      for (int i = 0; i < workers; i++) {
        String workerId = runnerId + "-" + i;
        Thread t = daemon(() -> workLoop(workerId), "bsa-jobs-worker-" + workerId);
        threads.add(t);
        t.start();
      }
    }
  }

  /**
   * Enqueues a job and returns its id at once; a worker of any runner on the same store picks it
   * up.
   *
   * @param tenant the owner
   * @param payload the input
   * @return the job id
   * @throws JobQueueFullException if the queue holds {@code maxQueued} jobs
   * @throws BsaException if the store cannot be reached
   */
  public JobId submit(TenantId tenant, JobPayload payload) {
    Job job = store.enqueue(tenant, payload, maxAttempts, maxQueued);
    wake.release();
    LOG.debug("Job {} queued ({} bytes)", job.id(), payload.size());
    return job.id();
  }

  /**
   * Returns a job of a tenant, for polling.
   *
   * @param tenant the tenant
   * @param id the job
   * @return the job, or empty if the tenant has no such job
   */
  public Optional<Job> get(TenantId tenant, JobId id) {
    return store.get(tenant, id);
  }

  /**
   * Lists up to 1000 of a tenant's jobs, newest first.
   *
   * @param tenant the tenant
   * @return the jobs
   */
  public List<Job> list(TenantId tenant) {
    return store.list(tenant);
  }

  /**
   * Cancels a job: a queued job is cancelled at once; a running one is flagged, its worker thread
   * interrupted if it runs here, and it ends {@link JobState#CANCELLED} when the handler stops (a
   * runner on another host sees the flag at its next lease renewal).
   *
   * @param tenant the tenant that owns the job
   * @param id the job
   * @return whether the job was cancelled or flagged; {@code false} if it is unknown to the tenant
   *     or finished
   */
  public boolean cancel(TenantId tenant, JobId id) {
    boolean changed = store.cancel(tenant, id);
    Running r = running.get(id);
    if (r != null && r.job.tenant().equals(tenant)) {
      r.cancel();
    }
    if (changed) {
      store
          .get(tenant, id)
          .filter(j -> j.state().isTerminal())
          .ifPresent(
              j -> {
                notifyListeners(j);
                resolve(j);
              });
    }
    return changed;
  }

  /**
   * Returns a future that completes with the job once it reaches a terminal state, whichever runner
   * finishes it. A job finished elsewhere is noticed within the poll interval.
   *
   * @param tenant the tenant that owns the job
   * @param id the job
   * @return a future of the finished job; it fails with {@link IllegalStateException} if the runner
   *     closes first
   * @throws IllegalArgumentException if the tenant has no such job
   */
  public CompletableFuture<Job> completion(TenantId tenant, JobId id) {
    Job job =
        store
            .get(tenant, id)
            .orElseThrow(() -> new IllegalArgumentException("No such job for this tenant"));
    if (job.state().isTerminal()) {
      return CompletableFuture.completedFuture(job);
    }
    Waiter w = waiters.computeIfAbsent(id, k -> new Waiter(tenant));
    // the job may have finished between the get and the registration
    store.get(tenant, id).filter(j -> j.state().isTerminal()).ifPresent(this::resolve);
    return w.future.copy();
  }

  /**
   * Stops claiming jobs, waits up to the shutdown timeout for running attempts to finish, then
   * interrupts the rest and returns them to the queue so another runner (or this host after a
   * restart) resumes them. Idempotent.
   */
  @Override
  public void close() {
    ScheduledExecutorService m;
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      accepting = false;
      m = maintenance;
    }
    wake.release(Math.max(1, workers));
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    joinAll(deadline);
    if (threads.stream().anyMatch(Thread::isAlive)) {
      LOG.info("Job runner {} interrupts {} running job(s) at shutdown", runnerId, running.size());
      stopping = true;
      running.values().forEach(Running::interruptForShutdown);
      joinAll(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
    }
    if (m != null) {
      m.shutdownNow();
    }
    for (Waiter w : waiters.values()) {
      w.future.completeExceptionally(
          new IllegalStateException("The job runner closed before the job finished; poll get()"));
    }
    waiters.clear();
    LOG.info("Job runner {} stopped", runnerId);
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
        pause(backoff(Math.min(idleFailures, 10)));
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
    Running r = new Running(job, workerId, Thread.currentThread());
    running.put(job.id(), r);
    try {
      LOG.debug("Worker {} runs job {} (attempt {})", workerId, job.id(), job.attempts());
      notify(l -> l.onStarted(job));
      JobOutcome outcome = attempt(r);
      if (r.leaseLost) {
        LOG.warn("Job {} lost its lease while running on {}; leaving it", job.id(), workerId);
        return;
      }
      if (!completeDurably(job, workerId, outcome)) {
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
        notify(l -> l.onRetryScheduled(queued));
        wake.release();
        return;
      }
      store
          .get(job.tenant(), job.id())
          .filter(j -> j.state().isTerminal())
          .ifPresent(
              j -> {
                notifyListeners(j);
                resolve(j);
              });
    } finally {
      running.remove(job.id());
    }
  }

  private JobOutcome attempt(Running r) {
    Job job = r.job;
    try {
      if (job.isCancelRequested()) {
        return JobOutcome.cancelled();
      }
      String ref = handler.handle(r);
      requireNonNull(ref, "JobHandler returned null");
      return JobOutcome.succeeded(ref);
    } catch (Exception | StackOverflowError e) {
      return classify(r, e);
    } finally {
      r.finish();
    }
  }

  private JobOutcome classify(Running r, Throwable e) {
    Job job = r.job;
    if (r.cancelled) {
      return JobOutcome.cancelled();
    }
    if (r.shutdown) {
      return JobOutcome.retry(
          clock.instant(), ErrorCode.CANCELLED, "Interrupted by a shutdown of its host; requeued");
    }
    ErrorCode code;
    String message;
    if (e instanceof BsaException bsa) {
      code = bsa.errorCode();
      message = String.valueOf(e.getMessage());
      if (code == ErrorCode.CANCELLED) {
        return JobOutcome.cancelled();
      }
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      // I/O messages may name files; keep only the type
      code = ErrorCode.IO_FAILURE;
      message = "I/O failure (" + e.getClass().getSimpleName() + ")";
    } else if (e instanceof InterruptedException) {
      code = ErrorCode.IO_FAILURE;
      message = "The attempt was interrupted";
    } else {
      LOG.warn("Job {} failed with an unexpected {}", job.id(), e.getClass().getName());
      return JobOutcome.failed(null, "Unexpected " + e.getClass().getName());
    }
    if (isTransient(code) && job.attempts() < job.maxAttempts()) {
      Duration delay = backoff(job.attempts());
      LOG.debug("Job {} failed transiently ({}); retry in {} ms", job.id(), code, delay.toMillis());
      return JobOutcome.retry(clock.instant().plus(delay), code, message);
    }
    LOG.debug("Job {} failed ({})", job.id(), code);
    return JobOutcome.failed(code, message);
  }

  /**
   * Returns whether an error code names a condition that may pass by itself.
   *
   * @param code the code
   * @return {@code true} for I/O and storage failures
   */
  static boolean isTransient(ErrorCode code) {
    return code == ErrorCode.IO_FAILURE
        || code == ErrorCode.STORAGE_UNAVAILABLE
        || code == ErrorCode.STORAGE_CONFLICT;
  }

  /** Returns initialBackoff * 2^(attempt-1), capped at maxBackoff, plus up to 25% jitter. */
  Duration backoff(int attempt) {
    long base = initialBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    long delay = base;
    for (int i = 1; i < attempt && delay < cap; i++) {
      delay *= 2;
    }
    delay = Math.min(delay, cap);
    long jitter = delay / 4 == 0 ? 0 : ThreadLocalRandom.current().nextLong(delay / 4 + 1);
    return Duration.ofMillis(delay + jitter);
  }

  /** Completes the job, retrying while the store is unavailable and the lease still holds. */
  private boolean completeDurably(Job job, String workerId, JobOutcome outcome) {
    int attempt = 0;
    while (true) {
      try {
        return store.complete(job.id(), workerId, outcome);
      } catch (BsaException e) {
        attempt++;
        if (attempt >= 5 || !isTransient(e.errorCode())) {
          throw e;
        }
        LOG.warn("Cannot record the outcome of job {} ({}); retrying", job.id(), e.errorCode());
        try {
          Thread.sleep(backoff(attempt).toMillis());
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private void renewLeases() {
    for (Running r : running.values()) {
      try {
        LeaseStatus status = store.renewLease(r.job.id(), r.workerId, lease);
        if (status == LeaseStatus.LOST) {
          r.loseLease();
        } else if (status == LeaseStatus.CANCEL_REQUESTED) {
          r.cancel();
        }
      } catch (RuntimeException e) {
        LOG.warn("Cannot renew the lease of job {} ({})", r.job.id(), e.getClass().getSimpleName());
      }
    }
  }

  private void sweep() {
    try {
      int n = store.requeueExpired();
      if (n > 0) {
        LOG.info("Job runner {} requeued {} job(s) with an expired lease", runnerId, n);
        wake.release(n);
      }
    } catch (RuntimeException e) {
      LOG.warn("Cannot requeue expired jobs ({})", e.getClass().getSimpleName());
    }
  }

  private void pollWaiters() {
    for (Map.Entry<JobId, Waiter> e : waiters.entrySet()) {
      try {
        store
            .get(e.getValue().tenant, e.getKey())
            .filter(j -> j.state().isTerminal())
            .ifPresent(this::resolve);
      } catch (RuntimeException ex) {
        LOG.debug("Cannot poll job {} ({})", e.getKey(), ex.getClass().getSimpleName());
      }
    }
  }

  private void resolve(Job job) {
    Waiter w = waiters.remove(job.id());
    if (w != null) {
      w.future.complete(job);
    }
  }

  private void notifyListeners(Job job) {
    notify(l -> l.onFinished(job));
  }

  private void notify(java.util.function.Consumer<JobListener> call) {
    for (JobListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("A job listener failed ({})", e.getClass().getSimpleName());
      }
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static String defaultRunnerId() {
    String jvm = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
    String pid = jvm.contains("@") ? jvm.substring(0, jvm.indexOf('@')) : jvm;
    return "r"
        + RUNNER_COUNT.incrementAndGet()
        + "-"
        + pid
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  private static final class Waiter {
    final TenantId tenant;
    final CompletableFuture<Job> future = new CompletableFuture<>();

    Waiter(TenantId tenant) {
      this.tenant = tenant;
    }
  }

  /** One running attempt; the interrupt is only delivered while the handler still runs. */
  private final class Running implements JobContext {
    final Job job;
    final String workerId;
    private final Thread thread;
    volatile boolean cancelled;
    volatile boolean shutdown;
    volatile boolean leaseLost;
    private boolean finished;

    Running(Job job, String workerId, Thread thread) {
      this.job = job;
      this.workerId = workerId;
      this.thread = thread;
    }

    @Override
    public Job job() {
      return job;
    }

    @Override
    public boolean isCancelled() {
      return cancelled || shutdown || leaseLost || stopping;
    }

    void cancel() {
      cancelled = true;
      interrupt();
    }

    void interruptForShutdown() {
      shutdown = true;
      interrupt();
    }

    void loseLease() {
      synchronized (this) {
        if (finished) {
          return; // already completing; the store fences the outcome
        }
        leaseLost = true;
      }
      interrupt();
    }

    synchronized void interrupt() {
      if (!finished) {
        thread.interrupt();
      }
    }

    void finish() {
      synchronized (this) {
        finished = true;
      }
      Thread.interrupted(); // clear a late interrupt so the next job starts clean
    }
  }

  /** Builds a {@link JobRunner}. Not thread-safe. */
  public static final class Builder {
    // checked with Bean Validation in build() (ADR 0160): the settings a host writes in its config
    private @Nullable JobStore store;
    private @Nullable JobHandler handler;
    private @Min(0) @Max(256) int workers = 2;
    private @Nullable @Size(min = 1, max = 100) String runnerId;
    private @DurationMin(millis = 100, message = "must be at least 100 ms") Duration lease =
        Duration.ofSeconds(30);
    private @Nullable @DurationMin(millis = 1, message = "must be at least 1 ms") Duration
        renewEvery;
    private @DurationMin(millis = 1, message = "must be at least 1 ms") Duration pollInterval =
        Duration.ofMillis(500);
    private @Min(1) int maxAttempts = 5;
    private @Min(1) int maxQueued = 10_000;
    private @DurationMin(millis = 0, message = "must not be negative") Duration initialBackoff =
        Duration.ofSeconds(1);
    private @DurationMin(millis = 0, message = "must not be negative") Duration maxBackoff =
        Duration.ofMinutes(5);
    private @DurationMin(millis = 0, message = "must not be negative") Duration shutdownTimeout =
        Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private final List<JobListener> listeners = new ArrayList<>();

    private Builder() {}

    /** Returns an independent copy, so a caller's builder is never changed behind its back. */
    Builder copy() {
      Builder b = new Builder();
      b.store = store;
      b.handler = handler;
      b.workers = workers;
      b.runnerId = runnerId;
      b.lease = lease;
      b.renewEvery = renewEvery;
      b.pollInterval = pollInterval;
      b.maxAttempts = maxAttempts;
      b.maxQueued = maxQueued;
      b.initialBackoff = initialBackoff;
      b.maxBackoff = maxBackoff;
      b.shutdownTimeout = shutdownTimeout;
      b.clock = clock;
      b.listeners.addAll(listeners);
      return b;
    }

    /**
     * Sets the job store (required).
     *
     * @param value the store
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder store(JobStore value) {
      this.store = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the handler that runs each attempt (required).
     *
     * @param value the handler
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder handler(JobHandler value) {
      this.handler = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the number of worker threads (default 2); 0 makes a runner that only submits and
     * observes.
     *
     * @param value the count, 0 to 256 (checked by {@link #build()})
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder workers(int value) {
      this.workers = value;
      return this;
    }

    /**
     * Sets the runner id that prefixes lease owners; default {@code r<n>-<pid>-<random>}. It must
     * be unique among live runners on a store and should differ after a restart.
     *
     * @param value 1 to 100 characters
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder runnerId(String value) {
      this.runnerId = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the lease a worker holds on a job between renewals (default 30 s). A job of a dead host
     * resumes elsewhere about one lease after its last renewal.
     *
     * @param value the lease, at least 100 ms
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lease(Duration value) {
      this.lease = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets how often leases are renewed and expired leases swept (default a third of the lease).
     *
     * @param value the interval, shorter than the lease
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder renewEvery(Duration value) {
      this.renewEvery = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets how long an idle worker waits before asking the store again (default 500 ms; a submit on
     * this runner wakes it at once). Also how often {@link JobRunner#completion} futures poll.
     *
     * @param value the interval, at least 1 ms
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder pollInterval(Duration value) {
      this.pollInterval = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets how many attempts a job gets against transient failures (default 5).
     *
     * @param value at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxAttempts(int value) {
      this.maxAttempts = value;
      return this;
    }

    /**
     * Sets the bound on queued jobs; a submit beyond it throws {@link JobQueueFullException}
     * (default 10000).
     *
     * @param value at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxQueued(int value) {
      this.maxQueued = value;
      return this;
    }

    /**
     * Sets the backoff before the first retry (default 1 s) and its cap (default 5 min); each
     * further retry doubles it, plus up to 25% jitter.
     *
     * @param initial the first delay
     * @param max the cap
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = requireNonNull(initial, "initial");
      this.maxBackoff = requireNonNull(max, "max");
      return this;
    }

    /**
     * Sets how long {@link JobRunner#close()} waits for running attempts before interrupting them
     * (default 30 s).
     *
     * @param value the timeout
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder shutdownTimeout(Duration value) {
      this.shutdownTimeout = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the clock for retry times (default UTC system clock); give the store the same clock.
     *
     * @param value the clock
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clock(Clock value) {
      this.clock = requireNonNull(value, "value");
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param value the listener
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder listener(JobListener value) {
      listeners.add(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the runner; call {@link JobRunner#start()} to run jobs. The settings are checked with
     * Bean Validation first: store and handler set, workers 0 to 256, a runner id of 1 to 100
     * characters, a lease of at least 100 ms, renewEvery shorter than the lease, a poll interval of
     * at least 1 ms, maxAttempts and maxQueued at least 1, 0 &lt;= initial backoff &lt;= max.
     *
     * @return the runner
     * @throws io.github.bsa.core.BsaException with {@code INVALID_OPTION} naming each wrong setting
     */
    public JobRunner build() {
      ConfigValidation.validate(this, "Job runner settings");
      return new JobRunner(this);
    }

    @AssertTrue(message = "must be set")
    private boolean isStore() { // property "store"; @NotNull would clash with @Nullable
      return store != null;
    }

    @AssertTrue(message = "must be set")
    private boolean isHandler() { // property "handler"
      return handler != null;
    }

    @AssertTrue(message = "must be shorter than the lease")
    private boolean isRenewEvery() { // property "renewEvery": the name the message shows
      return renewEvery == null || renewEvery.compareTo(lease) < 0;
    }

    @AssertTrue(message = "must not be greater than maxBackoff")
    private boolean isInitialBackoff() { // property "initialBackoff"
      return initialBackoff.compareTo(maxBackoff) <= 0;
    }
  }
}
