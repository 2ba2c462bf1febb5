package io.github.bsa.jdbc.internal;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.storage.StorageException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Maps {@link SQLException}s to {@link StorageException}s, once, at the boundary. */
public final class SqlErrors {
  private SqlErrors() {}

  /**
   * Returns whether a failure is a transient conflict worth retrying: serialization failure,
   * deadlock, or SQLite busy/locked.
   *
   * @param e the exception
   * @return whether to retry
   */
  public static boolean isRetryable(SQLException e) {
    String state = e.getSQLState();
    if ("40001".equals(state) || "40P01".equals(state)) {
      return true;
    }
    int code = e.getErrorCode() & 0xff;
    String message = String.valueOf(e.getMessage());
    return code == 5
        || code == 6
        || message.contains("SQLITE_BUSY")
        || message.contains("SQLITE_LOCKED");
  }

  /**
   * Wraps a database failure; the message names the operation and SQLSTATE, never values.
   *
   * @param operation what was being done, such as {@code "Saving a statement"}
   * @param e the failure
   * @return the storage exception
   */
  public static StorageException wrap(String operation, SQLException e) {
    String state = e.getSQLState();
    return new StorageException(code(e, state), message(operation, state), state, e);
  }

  private static ErrorCode code(SQLException e, @Nullable String state) {
    if (isRetryable(e) || (state != null && state.startsWith("23"))) {
      return ErrorCode.STORAGE_CONFLICT;
    }
    if (state != null && (state.equals("42P01") || state.equals("42703"))) {
      return ErrorCode.SCHEMA_MISMATCH;
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("no such table") || message.contains("no such column")) {
      return ErrorCode.SCHEMA_MISMATCH;
    }
    return ErrorCode.STORAGE_UNAVAILABLE;
  }

  private static String message(String operation, @Nullable String state) {
    return operation + " failed" + (state == null ? "" : " (SQLSTATE " + state + ")");
  }
}
