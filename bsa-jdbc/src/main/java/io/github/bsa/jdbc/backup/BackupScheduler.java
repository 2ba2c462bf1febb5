package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.internal.config.ConfigValidation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs backups inside the host on a fixed interval: each run creates a backup, verifies it (trial
 * restore) and prunes by a {@link RetentionPolicy}, then reports a {@link BackupRun} to the
 * listener and one {@code BsaEvent.BackupFinished} to the backups' event listener ({@link
 * Backups.Builder#events}). {@link #lastVerifiedBackup()} gives the snapshot time of the newest
 * verified backup, for health checks: alert when its age exceeds the recovery point objective.
 * Thread-safe; runs never overlap.
 *
 * <pre>{@code
 * BackupScheduler scheduler = BackupScheduler.builder(backups)
 *     .interval(Duration.ofHours(6))
 *     .retention(RetentionPolicy.builder().last(4).days(35).months(12).build())
 *     .listener(new BackupListener() {
 *       public void runFinished(BackupRun run) { if (!run.succeeded()) alert(run); }
 *     })
 *     .build();
 * scheduler.start();
 * ...
 * Optional<Instant> last = scheduler.lastVerifiedBackup();
 * }</pre>
 *
 * @since 0.2
 */
public final class BackupScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

  private final Backups backups;
  private final Duration interval;
  private final Duration initialDelay;
  private final boolean verify;
  private final @Nullable RetentionPolicy retention;
  private final BackupListener listener;
  private final Object runLock = new Object();
  private volatile @Nullable Instant lastVerified;
  private volatile boolean lastVerifiedLoaded;
  private volatile @Nullable BackupRun lastRun;
  private @Nullable ScheduledExecutorService executor;

  private BackupScheduler(Builder b) {
    this.backups = b.backups;
    this.interval = b.interval;
    this.initialDelay = b.initialDelay;
    this.verify = b.verify;
    this.retention = b.retention;
    this.listener = b.listener;
  }

  /**
   * Returns a builder.
   *
   * @param backups the backups to run
   * @return the builder
   */
  public static Builder builder(Backups backups) {
    return new Builder(requireNonNull(backups, "backups"));
  }

  /**
   * Starts running on a daemon thread: first after the initial delay, then every interval.
   *
   * @throws IllegalStateException if already started
   */
  public synchronized void start() {
    if (executor != null) {
      throw new IllegalStateException("already started");
    }
    ScheduledExecutorService e =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bsa-backup-scheduler");
              t.setDaemon(true);
              return t;
            });
    executor = e;
    var unused =
        e.scheduleWithFixedDelay(
            this::runScheduled,
            initialDelay.toMillis(),
            interval.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  private void runScheduled() {
    var unused = runNow();
  }

  /**
   * Runs once now, on the calling thread (waiting for a scheduled run in progress). Never throws
   * for a failed backup: the failure is in the result.
   *
   * @return the result, also given to the listener
   */
  @CanIgnoreReturnValue
  public BackupRun runNow() {
    synchronized (runLock) {
      Instant started = backups.clock().instant();
      Optional<StoredBackup> made = Optional.empty();
      boolean verified = false;
      List<String> pruned = List.of();
      RuntimeException failure = null;
      try {
        StoredBackup b = backups.createUnreported();
        made = Optional.of(b);
        if (verify) {
          var unused = backups.verify(b.name());
          verified = true;
          lastVerified = b.createdAt();
          lastVerifiedLoaded = true;
        }
        RetentionPolicy r = retention;
        if (r != null) {
          pruned = backups.prune(r);
        }
      } catch (RuntimeException e) {
        failure = e;
        LOG.warn("A scheduled backup failed: {}", e.getMessage());
      }
      BackupRun run =
          new BackupRun(
              started,
              backups.clock().instant(),
              made,
              verified,
              pruned,
              Optional.ofNullable(failure));
      lastRun = run;
      // one event per run: succeeded means written and (when verifying) verified
      long bytes = failure == null ? made.map(b -> b.manifest().totalSize()).orElse(0L) : 0L;
      backups.emit(failure == null, started, bytes, failure);
      try {
        listener.runFinished(run);
      } catch (RuntimeException e) {
        LOG.warn("A backup listener threw {}; ignored", e.getClass().getSimpleName());
      }
      return run;
    }
  }

  /**
   * Returns when the snapshot of the newest verified backup was taken, read from the target on
   * first use and kept up to date by each run. A health check compares its age with the recovery
   * point objective.
   *
   * @return the time, or empty when no backup is verified (or the target cannot be read)
   */
  public Optional<Instant> lastVerifiedBackup() {
    if (!lastVerifiedLoaded) {
      try {
        Optional<Instant> fromTarget = backups.lastVerified();
        synchronized (runLock) {
          if (!lastVerifiedLoaded) {
            lastVerified = fromTarget.orElse(null);
            lastVerifiedLoaded = true;
          }
        }
      } catch (BackupException e) {
        LOG.warn("Cannot read the backups to find the last verified one: {}", e.getMessage());
        return Optional.empty();
      }
    }
    return Optional.ofNullable(lastVerified);
  }

  /**
   * Returns the age of the newest verified backup at the backups' clock.
   *
   * @return the age, or empty when none is verified
   */
  public Optional<Duration> lastVerifiedBackupAge() {
    return lastVerifiedBackup().map(t -> Duration.between(t, backups.clock().instant()));
  }

  /**
   * Returns the result of the last run, if one ran.
   *
   * @return the run
   */
  public Optional<BackupRun> lastRun() {
    return Optional.ofNullable(lastRun);
  }

  /** Stops scheduling; a run in progress finishes. */
  @Override
  public synchronized void close() {
    ScheduledExecutorService e = executor;
    if (e != null) {
      e.shutdown();
      try {
        if (!e.awaitTermination(1, TimeUnit.MINUTES)) {
          e.shutdownNow();
        }
      } catch (InterruptedException ie) {
        e.shutdownNow();
        Thread.currentThread().interrupt();
      }
      executor = null;
    }
  }

  /** Builds a {@link BackupScheduler}. Not thread-safe. */
  public static final class Builder {
    private final Backups backups;
    // checked with Bean Validation in build() (ADR 0160)
    private @DurationMin(nanos = 0, inclusive = false, message = "must be positive") Duration
        interval = Duration.ofDays(1);
    private @DurationMin(nanos = 0, message = "must not be negative") Duration initialDelay =
        Duration.ZERO;
    private boolean verify = true;
    private @Nullable RetentionPolicy retention;
    private BackupListener listener = BackupListener.none();

    private Builder(Backups backups) {
      this.backups = backups;
    }

    /**
     * Sets the time between the end of one run and the start of the next (default one day).
     *
     * @param value a positive duration
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder interval(Duration value) {
      this.interval = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the delay before the first run (default none).
     *
     * @param value the delay
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initialDelay(Duration value) {
      this.initialDelay = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets whether each backup is verified by a trial restore (default true).
     *
     * @param value false to skip verification
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder verify(boolean value) {
      this.verify = value;
      return this;
    }

    /**
     * Prunes after each run by this policy (default: no pruning).
     *
     * @param value the policy
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder retention(RetentionPolicy value) {
      this.retention = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the listener that hears each run's result.
     *
     * @param value the listener
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder listener(BackupListener value) {
      this.listener = requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the scheduler (not started).
     *
     * @return the scheduler
     * @throws io.github.bsa.core.BsaException with {@code INVALID_OPTION} naming each wrong setting
     *     (an interval that is not positive, a negative initial delay)
     */
    public BackupScheduler build() {
      ConfigValidation.validate(this, "Backup schedule settings");
      return new BackupScheduler(this);
    }
  }
}
