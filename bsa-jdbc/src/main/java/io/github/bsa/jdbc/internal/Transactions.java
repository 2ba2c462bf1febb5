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
   * Runs {@code work} in one transaction on {@code c}: turns auto-commit off, commits and turns it
   * back on when the work returns, or {@linkplain #abort aborts} and rethrows when it throws. One
   * place for the commit/abort sequence that the tenant transactions ({@link TransactionRunner})
   * and the job queue's transactions share; retries and the tenant setting stay with the caller.
   *
   * @param c the connection, in auto-commit mode
   * @param work the work
   * @return the work's result
   * @throws SQLException the work's failure (or the commit's), after the rollback
   */
  public static <T> T inTransaction(Connection c, TransactionRunner.Work<T> work)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      T result = work.run(c);
      c.commit();
      c.setAutoCommit(true);
      return result;
    } catch (SQLException | RuntimeException e) {
      abort(c, e);
      throw e;
    }
  }

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
