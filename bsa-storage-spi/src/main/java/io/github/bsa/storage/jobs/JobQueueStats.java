package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How many jobs wait across all tenants, and since when the oldest waits: for health checks and
 * metrics. Counts only, no tenant or payload. Immutable.
 *
 * @param queued jobs in {@link JobState#QUEUED} (including retries waiting for their backoff)
 * @param running jobs in {@link JobState#RUNNING}
 * @param oldestQueuedCreatedAt when the oldest queued job was submitted, or null if none waits
 * @since 0.2
 */
public record JobQueueStats(int queued, int running, @Nullable Instant oldestQueuedCreatedAt) {
  /** Validates the components. */
  public JobQueueStats {
    if (queued < 0 || running < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * Returns when the oldest queued job was submitted.
   *
   * @return the instant, empty if no job waits
   */
  public Optional<Instant> oldestQueued() {
    return Optional.ofNullable(oldestQueuedCreatedAt);
  }

  /**
   * Returns stats with no jobs at all.
   *
   * @return empty stats
   */
  public static JobQueueStats empty() {
    return new JobQueueStats(0, 0, null);
  }

  /**
   * Returns a copy with another oldest instant (for stores that compute it separately).
   *
   * @param value the instant
   * @return the copy
   */
  public JobQueueStats withOldestQueued(Instant value) {
    return new JobQueueStats(queued, running, requireNonNull(value, "value"));
  }
}
