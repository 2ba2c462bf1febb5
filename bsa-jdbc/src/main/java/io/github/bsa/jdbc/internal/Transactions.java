package io.github.bsa.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ends a failed transaction without losing its error: the rollback and the restoring of auto-commit
 * run, and their own failures are attached to the original exception as suppressed, never thrown in
 * its place. (A {@code finally { setAutoCommit(true) }} would replace the real error with, say, a
 * broken-connection error, which a retry loop may then take for a conflict and run the work again.)
 * Stateless and thread-safe.
 */
public final class Transactions {
  private Transactions() {}

  /**
   * Rolls back and restores auto-commit after {@code failure}, attaching any error of their own to
   * it.
   *
   * @param c the connection
   * @param failure the exception that ended the transaction; the caller rethrows it
   */
  public static void abort(Connection c, Throwable failure) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
    restoreAutoCommit(c, failure);
  }

  /**
   * Restores auto-commit after {@code failure} (already rolled back), attaching any error to it.
   *
   * @param c the connection
   * @param failure the exception that ended the transaction; the caller rethrows it
   */
  public static void restoreAutoCommit(Connection c, Throwable failure) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
