package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of one {@link BackupScheduler} run: the backup made, whether it was verified, what
 * retention deleted, or the failure. Immutable.
 *
 * @param startedAt when the run started
 * @param finishedAt when it ended
 * @param backup the backup made, if creating it succeeded
 * @param verified whether its trial restore passed
 * @param pruned the backups retention deleted
 * @param failure the failure that ended the run, if any
 * @since 0.2
 */
public record BackupRun(
    Instant startedAt,
    Instant finishedAt,
    Optional<StoredBackup> backup,
    boolean verified,
    List<String> pruned,
    Optional<RuntimeException> failure) {
  /** Validates the components and copies the list. */
  public BackupRun {
    requireNonNull(startedAt, "startedAt");
    requireNonNull(finishedAt, "finishedAt");
    requireNonNull(backup, "backup");
    pruned = List.copyOf(pruned);
    requireNonNull(failure, "failure");
  }

  /**
   * Returns whether the run made a backup (and verified it, when the schedule verifies).
   *
   * @return true on success
   */
  public boolean succeeded() {
    return failure.isEmpty();
  }
}
