package io.github.bsa.storage.health;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.storage.ParseCache;
import io.github.bsa.storage.ParseCacheStats;
import io.github.bsa.storage.StatementStore;
import io.github.bsa.storage.StoreHealth;
import io.github.bsa.storage.jobs.JobQueueStats;
import io.github.bsa.storage.jobs.JobStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Checks the parts of a bsa installation a host configured and returns a {@link HealthReport}. Each
 * {@link #check()} runs the checks again (the storage check borrows one connection); it never
 * throws for a failing component, which is reported instead. Thread-safe once built.
 *
 * <ul>
 *   <li>{@code storage}: DOWN when the store is unreachable or its schema does not match; details
 *       {@code latencyMillis}, {@code schemaVersion}, {@code dialect}.
 *   <li>{@code jobs}: DOWN when the job store fails; DEGRADED when the oldest queued job waits
 *       longer than {@link Builder#maxJobWait}; details {@code queued}, {@code running}, {@code
 *       oldestQueuedAgeSeconds}.
 *   <li>{@code cache}: always UP; hit rate, hits, misses, evictions and size.
 *   <li>{@code backup}: DEGRADED when there is no verified backup or the last one is older than the
 *       configured maximum age.
 *   <li>{@code formats}: DOWN when no parser is available; the format ids.
 * </ul>
 *
 * @since 0.2
 */
public final class HealthCheck {
  private static final String VERSION = readVersion();

  private final @Nullable StatementStore store;
  private final @Nullable JobStore jobs;
  private final Duration maxJobWait;
  private final @Nullable ParseCache cache;
  private final @Nullable Supplier<Optional<Instant>> lastVerifiedBackup;
  private final Duration maxBackupAge;
  private final @Nullable StatementAnalyzer analyzer;
  private final Clock clock;

  private HealthCheck(Builder b) {
    this.store = b.store;
    this.jobs = b.jobs;
    this.maxJobWait = b.maxJobWait;
    this.cache = b.cache;
    this.lastVerifiedBackup = b.lastVerifiedBackup;
    this.maxBackupAge = b.maxBackupAge;
    this.analyzer = b.analyzer;
    this.clock = b.clock;
  }

  /**
   * Returns a builder; components not given are not checked.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the version of bsa on the class or module path, such as {@code 0.2.0}.
   *
   * @return the version, {@code "unknown"} if it cannot be read
   */
  public static String bsaVersion() {
    return VERSION;
  }

  /**
   * Runs the checks.
   *
   * @return the report
   */
  public HealthReport check() {
    Instant now = clock.instant();
    List<HealthComponent> out = new ArrayList<>();
    if (store != null) {
      out.add(storage(store));
    }
    if (jobs != null) {
      out.add(jobs(jobs, now));
    }
    if (cache != null) {
      out.add(cache(cache));
    }
    if (lastVerifiedBackup != null) {
      out.add(backup(lastVerifiedBackup, now));
    }
    if (analyzer != null) {
      out.add(formats(analyzer));
    }
    return new HealthReport(VERSION, now, out);
  }

  private static HealthComponent storage(StatementStore store) {
    try {
      StoreHealth h = store.health();
      Map<String, String> details = new TreeMap<>(h.details());
      details.put("latencyMillis", Long.toString(h.latency().toMillis()));
      return new HealthComponent(
          "storage", h.healthy() ? HealthStatus.UP : HealthStatus.DOWN, h.detail(), details);
    } catch (RuntimeException e) {
      return failed("storage", HealthStatus.DOWN, e);
    }
  }

  private HealthComponent jobs(JobStore jobs, Instant now) {
    Optional<JobQueueStats> maybe;
    try {
      maybe = jobs.queueStats();
    } catch (RuntimeException e) {
      return failed("jobs", HealthStatus.DOWN, e);
    }
    if (maybe.isEmpty()) {
      return new HealthComponent("jobs", HealthStatus.UP, "the job store does not count", Map.of());
    }
    JobQueueStats stats = maybe.get();
    Map<String, String> details = new TreeMap<>();
    details.put("queued", Integer.toString(stats.queued()));
    details.put("running", Integer.toString(stats.running()));
    details.put("maxJobWaitSeconds", Long.toString(maxJobWait.toSeconds()));
    Optional<Instant> oldest = stats.oldestQueued();
    if (oldest.isPresent()) {
      Duration age = Duration.between(oldest.get(), now);
      details.put("oldestQueuedAgeSeconds", Long.toString(Math.max(0, age.toSeconds())));
      if (age.compareTo(maxJobWait) > 0) {
        return new HealthComponent(
            "jobs",
            HealthStatus.DEGRADED,
            "the oldest queued job waits longer than " + maxJobWait.toSeconds() + " s",
            details);
      }
    }
    return new HealthComponent("jobs", HealthStatus.UP, stats.queued() + " queued", details);
  }

  private static HealthComponent cache(ParseCache cache) {
    ParseCacheStats s = cache.stats();
    Map<String, String> details = new TreeMap<>();
    details.put("hitRate", String.format(Locale.ROOT, "%.3f", s.hitRate()));
    details.put("hits", Long.toString(s.hitCount()));
    details.put("misses", Long.toString(s.missCount()));
    details.put("evictions", Long.toString(s.evictionCount()));
    details.put("size", Long.toString(cache.estimatedSize()));
    return new HealthComponent(
        "cache", HealthStatus.UP, "hit rate " + details.get("hitRate"), details);
  }

  private HealthComponent backup(Supplier<Optional<Instant>> last, Instant now) {
    Map<String, String> details = new TreeMap<>();
    details.put("maxAgeSeconds", Long.toString(maxBackupAge.toSeconds()));
    Optional<Instant> at;
    try {
      at = requireNonNull(last.get(), "lastVerifiedBackup supplied null");
    } catch (RuntimeException e) {
      return failed("backup", HealthStatus.DEGRADED, e);
    }
    if (at.isEmpty()) {
      return new HealthComponent(
          "backup", HealthStatus.DEGRADED, "no verified backup yet", details);
    }
    Duration age = Duration.between(at.get(), now);
    details.put("lastVerifiedAt", at.get().toString());
    details.put("ageSeconds", Long.toString(Math.max(0, age.toSeconds())));
    if (age.compareTo(maxBackupAge) > 0) {
      return new HealthComponent(
          "backup",
          HealthStatus.DEGRADED,
          "the last verified backup is older than " + maxBackupAge.toSeconds() + " s",
          details);
    }
    return new HealthComponent(
        "backup", HealthStatus.UP, "verified backup within the maximum age", details);
  }

  private static HealthComponent formats(StatementAnalyzer analyzer) {
    List<String> formats = analyzer.formats();
    Map<String, String> details = Map.of("formats", String.join(",", formats));
    return formats.isEmpty()
        ? new HealthComponent(
            "formats", HealthStatus.DOWN, "no parser on the class or module path", details)
        : new HealthComponent("formats", HealthStatus.UP, formats.size() + " formats", details);
  }

  private static HealthComponent failed(String name, HealthStatus status, RuntimeException e) {
    Map<String, String> details = new TreeMap<>();
    String reason;
    if (e instanceof BsaException b) {
      details.put("errorCode", b.errorCode().name());
      reason = b.getMessage();
    } else {
      // Other exceptions' messages may quote data: name the type only.
      reason = "check failed: " + e.getClass().getSimpleName();
    }
    return new HealthComponent(name, status, reason, details);
  }

  private static String readVersion() {
    try (InputStream in = HealthCheck.class.getResourceAsStream("bsa-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Configures a {@link HealthCheck}. Not thread-safe. */
  public static final class Builder {
    private @Nullable StatementStore store;
    private @Nullable JobStore jobs;
    private Duration maxJobWait = Duration.ofMinutes(15);
    private @Nullable ParseCache cache;
    private @Nullable Supplier<Optional<Instant>> lastVerifiedBackup;
    private Duration maxBackupAge = Duration.ofHours(26);
    private @Nullable StatementAnalyzer analyzer;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Checks a statement store ({@link StatementStore#health()}).
     *
     * @param value the store
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder store(StatementStore value) {
      this.store = requireNonNull(value, "value");
      return this;
    }

    /**
     * Checks a job store's queue ({@link JobStore#queueStats()}).
     *
     * @param value the job store
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder jobs(JobStore value) {
      this.jobs = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets how long the oldest queued job may wait before the report is DEGRADED (default 15
     * minutes).
     *
     * @param value a positive duration
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxJobWait(Duration value) {
      this.maxJobWait = positive(value, "maxJobWait");
      return this;
    }

    /**
     * Reports a parse cache's statistics.
     *
     * @param value the cache
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cache(ParseCache value) {
      this.cache = requireNonNull(value, "value");
      return this;
    }

    /**
     * Checks the age of the last verified backup, as told by the backup scheduler.
     *
     * @param lastVerified when the last backup was verified, empty if never; called at every check
     * @param maxAge the maximum age before the report is DEGRADED (for example 26 hours for a daily
     *     backup)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder backup(Supplier<Optional<Instant>> lastVerified, Duration maxAge) {
      this.lastVerifiedBackup = requireNonNull(lastVerified, "lastVerified");
      this.maxBackupAge = positive(maxAge, "maxAge");
      return this;
    }

    /**
     * Reports the formats an analyzer can read.
     *
     * @param value the analyzer
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder analyzer(StatementAnalyzer value) {
      this.analyzer = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the clock for ages (tests).
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
     * Builds the health check.
     *
     * @return the health check
     */
    public HealthCheck build() {
      return new HealthCheck(this);
    }

    private static Duration positive(Duration value, String name) {
      requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
