package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A backup, verification or restore failed. The {@link #errorCode()} is always {@link
 * ErrorCode#BACKUP_FAILED}; {@link #problem()} says what went wrong and {@link #part()} names the
 * part of the backup (for example {@code bsa_transaction} or {@code manifest.json}) where it did.
 * Messages carry no statement data. Immutable.
 *
 * @since 0.2
 */
public final class BackupException extends BsaException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Problem {
    /** A part's bytes do not match the SHA-256 in the manifest: damaged or changed. */
    CHECKSUM_MISMATCH,
    /** The key given is not the key the backup was encrypted with. */
    WRONG_KEY,
    /** A part failed authenticated decryption although its checksum matched. */
    DECRYPTION_FAILED,
    /** A part or the manifest is missing or unreadable. */
    MISSING_PART,
    /** The trial restore found another row count or content checksum than the manifest. */
    CONTENT_MISMATCH,
    /** The backup does not fit the target database (schema, dialect, tables). */
    INCOMPATIBLE,
    /** The target database holds data and replacing it was not requested. */
    TARGET_NOT_EMPTY,
    /** The backup was not found on the target. */
    NOT_FOUND,
    /** Reading or writing the database or the target failed. */
    IO
  }

  private final Problem problem;
  private final @Nullable String part;

  /**
   * Creates an exception.
   *
   * @param problem what went wrong
   * @param part the part concerned, or {@code null}
   * @param message the message, without personal data
   * @param cause the cause, or {@code null}
   */
  public BackupException(
      Problem problem, @Nullable String part, String message, @Nullable Throwable cause) {
    super(
        ErrorCode.BACKUP_FAILED,
        part == null ? message : message + " (part " + part + ")",
        SourcePosition.UNKNOWN,
        cause);
    this.problem = requireNonNull(problem, "problem");
    this.part = part;
  }

  /**
   * Returns what went wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the part of the backup concerned, if one is.
   *
   * @return the part name
   */
  public Optional<String> part() {
    return Optional.ofNullable(part);
  }
}
