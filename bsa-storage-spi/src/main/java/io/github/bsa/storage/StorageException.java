package io.github.bsa.storage;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A storage operation failed: the database was unreachable ({@link ErrorCode#STORAGE_UNAVAILABLE}),
 * a write conflicted with another writer ({@link ErrorCode#STORAGE_CONFLICT}) or the schema is not
 * the one this version expects ({@link ErrorCode#SCHEMA_MISMATCH}). Carries the SQLSTATE of the
 * underlying database error when there is one, as jOOQ's {@code DataAccessException} does. Messages
 * never contain stored values or connection secrets.
 *
 * @since 0.1
 */
public class StorageException extends BsaException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String sqlState;

  /**
   * Creates an exception.
   *
   * @param errorCode one of the storage error codes
   * @param message a message without personal data or secrets
   * @param sqlState the SQLSTATE of the database error, or {@code null}
   * @param cause the underlying exception, or {@code null}
   */
  public StorageException(
      ErrorCode errorCode, String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(errorCode, message, SourcePosition.UNKNOWN, cause);
    this.sqlState = sqlState;
  }

  /**
   * Creates an exception without SQLSTATE or cause.
   *
   * @param errorCode one of the storage error codes
   * @param message a message without personal data or secrets
   */
  public StorageException(ErrorCode errorCode, String message) {
    this(errorCode, message, null, null);
  }

  /**
   * Returns the five-character SQLSTATE of the database error, if the failure came from one.
   *
   * @return the SQLSTATE
   */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
