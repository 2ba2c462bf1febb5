package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A committed backup on a {@link BackupTarget}: its name, manifest and, once {@link
 * Backups#verify(String)} passed, when it was verified. Immutable.
 *
 * @param name the backup name
 * @param manifest its manifest
 * @param verifiedAt when a trial restore last passed, if one did
 * @since 0.2
 */
public record StoredBackup(String name, BackupManifest manifest, Optional<Instant> verifiedAt) {
  /** Validates the components. */
  public StoredBackup {
    requireNonNull(name, "name");
    requireNonNull(manifest, "manifest");
    requireNonNull(verifiedAt, "verifiedAt");
  }

  /**
   * Returns when the backup's snapshot was taken.
   *
   * @return the time
   */
  public Instant createdAt() {
    return manifest.createdAt();
  }

  /**
   * Returns whether a trial restore of this backup passed.
   *
   * @return true if verified
   */
  public boolean isVerified() {
    return verifiedAt.isPresent();
  }
}
