package io.github.bsa.jdbc.backup;

/**
 * Hears about backup progress and scheduled runs: for progress displays, metrics and alerts. Called
 * on the thread doing the work; implementations must be quick and must not throw (an exception is
 * logged and ignored). Every method has a default that does nothing.
 *
 * @since 0.2
 */
public interface BackupListener {
  /**
   * Called after a part of a new backup was stored (before the backup is committed).
   *
   * @param backup the backup name
   * @param part the part name
   * @param rows the rows it holds
   */
  default void partWritten(String backup, String part, long rows) {}

  /**
   * Called after a table was restored inside the (not yet committed) restore transaction.
   *
   * @param backup the backup name
   * @param table the table
   * @param rows the rows inserted
   */
  default void tableRestored(String backup, String table, long rows) {}

  /**
   * Called after each run of a {@link BackupScheduler}, successful or not.
   *
   * @param run the result
   */
  default void runFinished(BackupRun run) {}

  /**
   * Returns a listener that ignores everything.
   *
   * @return the listener
   */
  static BackupListener none() {
    return new BackupListener() {};
  }
}
