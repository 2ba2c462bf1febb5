package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import io.github.bsa.jdbc.Dialect;
import java.time.Duration;
import java.time.Instant;

/**
 * The result of a passed verification: every part matched its checksum and a trial restore into a
 * scratch database gave the manifest's row counts and content checksums. (A failed verification
 * throws a {@link BackupException} instead.) Immutable.
 *
 * @param backup the backup name
 * @param verifiedAt when it passed
 * @param parts how many parts were checked
 * @param rows how many rows the trial restore loaded
 * @param scratchDialect the dialect of the scratch database
 * @param took how long it took
 * @since 0.2
 */
public record VerifyReport(
    String backup,
    Instant verifiedAt,
    int parts,
    long rows,
    Dialect scratchDialect,
    Duration took) {
  /** Validates the components. */
  public VerifyReport {
    requireNonNull(backup, "backup");
    requireNonNull(verifiedAt, "verifiedAt");
    requireNonNull(scratchDialect, "scratchDialect");
    requireNonNull(took, "took");
  }
}
