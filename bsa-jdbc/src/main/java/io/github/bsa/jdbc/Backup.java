package io.github.bsa.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file made by {@link JdbcBackups}. Immutable.
 *
 * @param file the backup file
 * @param createdAt when it was made (from its name)
 * @param size its size in bytes
 * @param sha256 the SHA-256 of the file recorded when it was made, lower-case hex
 * @since 0.1
 */
public record Backup(Path file, Instant createdAt, long size, String sha256) {
  /** Validates the components. */
  public Backup {
    requireNonNull(file, "file");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(sha256, "sha256");
  }
}
