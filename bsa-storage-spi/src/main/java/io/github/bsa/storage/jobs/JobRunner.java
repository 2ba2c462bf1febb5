package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.internal.config.ConfigValidation;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.internal.Backoff;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for background jobs: submits jobs to a {@link JobStore} and returns their id
 * at once, and runs them on a pool of worker threads: claims due jobs under a lease, runs the
 * {@link JobHandler}, renews leases while it runs, retries transient failures with exponential
 * backoff, records permanent failures with their error code, and cancels jobs.
 *
 * <p>For statement jobs (parse, optionally analyse, store) the handler is a {@link
 * StatementJobHandler}, and {@link #submit(TenantId, Path, ParseOptions)} and {@link
 * #submit(TenantId, byte[], String, ParseOptions)} queue a statement (ADR 0150):
 *
 * <pre>{@code
 * JobRunner jobs = JobRunner.builder()
 *     .store(JdbcJobStore.create(dataSource))
 *     .handler(StatementJobHandler.of(analyzer, ParsedResultSink.toStore(statementStore)))
 *     .workers(4)
 *     .build();
 * jobs.start();                                     // also requeues jobs interrupted by a crash
 * JobId id = jobs.submit(tenant, Path.of("upload.sta"), ParseOptions.defaults()); // at once
 * jobs.completion(tenant, id).thenAccept(job -> System.out.println(job.state()));
 * ...
 * jobs.close();                                     // drains running jobs, then stops
 * }</pre>
 *
 * <p>Any number of runners, in one JVM or many, may share a store; the store guarantees that one
 * worker at a time holds a job. A runner with {@code workers(0)} only submits and observes, for
 * hosts that run the work elsewhere. A job whose host dies goes back to the queue when its lease
 * expires; every running runner sweeps expired leases periodically and at {@link #start()}.
 *
 * <p>The parts live in package-private types: {@code WorkerPool} (claim and worker loop), {@code
 * Attempt} (the handler's context), {@code Outcomes} (classification and backoff), {@code
 * LeaseKeeper} (renewal and sweep), {@code Waiters} (completion futures), {@code Listeners}. This
 * file is over 500 lines only because the nested {@link Builder} (about 260 lines of documented
 * setters, kept here so its settings are validated in one place) lives in it; the runner itself is
 * about 330.
 *
 * <p>Thread-safe. Start once, close once. See {@code docs/jobs.md}.
 *
 * @since 0.1
 */
public final class JobRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
  private static final AtomicInteger RUNNER_COUNT = new AtomicInteger();

  private final JobStore store;
  private final int workers;
  private final String runnerId;
  private final Duration renewEvery;
  private final Duration pollInterval;
  private final int maxAttempts;
  private final int maxQueued;
  private final Duration shutdownTimeout;
  private final Listeners listeners;
  private final Waiters waiters;
  private final WorkerPool pool;
  private final LeaseKeeper leases;
  private final Object lifecycle = new Object();
  private @Nullable ScheduledExecutorService maintenance;
  private boolean started;
  private boolean closed;

  private JobRunner(Builder b) {
    this.store = requireNonNull(b.store, "store");
    JobHandler handler = requireNonNull(b.handler, "handler");
    this.workers = b.workers;
    this.runnerId = b.runnerId == null ? defaultRunnerId() : b.runnerId;
    Duration lease = b.lease;
    this.renewEvery = b.renewEvery == null ? lease.dividedBy(3) : b.renewEvery;
    if (renewEvery.compareTo(lease) >= 0 || renewEvery.isZero()) {
      throw new IllegalArgumentException("renewEvery must be shorter than the lease");
    }
    this.pollInterval = b.pollInterval;
    this.maxAttempts = b.maxAttempts;
    this.maxQueued = b.maxQueued;
    this.shutdownTimeout = b.shutdownTimeout;
    this.listeners = new Listeners(b.listeners);
    this.waiters = new Waiters(store);
    Outcomes outcomes = new Outcomes(b.clock, Backoff.of(b.initialBackoff, b.maxBackoff));
    this.pool = new WorkerPool(store, handler, lease, pollInterval, outcomes, listeners, waiters);
    this.leases = new LeaseKeeper(store, lease, pool, runnerId);
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
   * Returns a builder whose handler is the standard statement handler: parse with {@code analyzer}
   * (and analyse when the payload asks), then store through {@code sink}.
   *
   * @param analyzer parses the statements
   * @param sink stores the results
   * @return the builder, with {@code store(..)} still to set
   * @since 0.2
   */
  public static Builder forStatements(StatementAnalyzer analyzer, ParsedResultSink sink) {
    return new Builder().handler(StatementJobHandler.of(analyzer, sink));
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
          m.scheduleWithFixedDelay(leases::renew, renewMs, renewMs, TimeUnit.MILLISECONDS);
      var unusedSweep =
          m.scheduleWithFixedDelay(leases::sweep, renewMs, renewMs, TimeUnit.MILLISECONDS);
      long pollMs = Math.max(1, pollInterval.toMillis());
      var unusedPoll =
          m.scheduleWithFixedDelay(waiters::poll, pollMs, pollMs, TimeUnit.MILLISECONDS);
      maintenance = m;
      pool.start(runnerId, workers);
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
    Job job = store.enqueue(tenant, requireNonNull(payload, "payload"), maxAttempts, maxQueued);
    pool.wake(1);
    LOG.debug("Job {} queued ({} bytes)", job.id(), payload.size());
    return job.id();
  }

  /**
   * Queues a statement given as bytes, for a runner whose handler is a {@link StatementJobHandler}.
   *
   * @param tenant the owner
   * @param bytes the statement
   * @param fileName the file name as a detection hint (no directories), or {@code null}
   * @param options parse options without a password
   * @return the job id
   * @throws JobQueueFullException if the queue is full
   * @throws IllegalArgumentException if the options carry a password or the input is too large
   * @since 0.2
   */
  public JobId submit(
      TenantId tenant, byte[] bytes, @Nullable String fileName, ParseOptions options) {
    return submit(tenant, JobPayload.of(bytes, fileName, options));
  }

  /**
   * Queues a statement file, for a runner whose handler is a {@link StatementJobHandler}; its bytes
   * are copied into the job, so the file may go away.
   *
   * @param tenant the owner
   * @param file the statement
   * @param options parse options without a password
   * @return the job id
   * @throws JobQueueFullException if the queue is full
   * @throws BsaException with {@link ErrorCode#IO_FAILURE} or {@link ErrorCode#LIMIT_EXCEEDED} if
   *     the file cannot be read or is larger than {@link JobPayload#MAX_BYTES}
   * @since 0.2
   */
  public JobId submit(TenantId tenant, Path file, ParseOptions options) {
    requireNonNull(file, "file");
    byte[] bytes;
    try {
      if (Files.size(file) > JobPayload.MAX_BYTES) {
        throw new BsaException(
            ErrorCode.LIMIT_EXCEEDED, "The file is larger than a job accepts (64 MiB)");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BsaException(
          ErrorCode.IO_FAILURE, "The file cannot be read", SourcePosition.UNKNOWN, e);
    }
    Path name = file.getFileName();
    return submit(tenant, bytes, name == null ? null : name.toString(), options);
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
    pool.running(id).filter(r -> r.job.tenant().equals(tenant)).ifPresent(Attempt::cancel);
    if (changed) {
      store
          .get(tenant, id)
          .filter(j -> j.state().isTerminal())
          .ifPresent(
              j -> {
                listeners.finished(j);
                waiters.resolve(j);
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
    return waiters.register(tenant, id);
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
      m = maintenance;
    }
    pool.stop(runnerId, shutdownTimeout);
    if (m != null) {
      m.shutdownNow();
    }
    waiters.failAll();
    LOG.info("Job runner {} stopped", runnerId);
  }

  static Thread daemon(Runnable r, String name) {
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
