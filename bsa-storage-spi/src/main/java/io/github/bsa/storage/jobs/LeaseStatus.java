package io.github.bsa.storage.jobs;

/**
 * The answer of {@link JobStore#renewLease}.
 *
 * @since 0.1
 */
public enum LeaseStatus {
  /** The lease was extended; keep working. */
  RENEWED,
  /** The lease was extended, but the job was cancelled; stop and complete it as cancelled. */
  CANCEL_REQUESTED,
  /** The worker no longer owns the job; stop and do not complete it. */
  LOST
}
