package io.github.bsa.storage.jobs;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;

/**
 * What a {@link JobHandler} knows about the job it runs. Cancellation is cooperative: the runner
 * sets a flag and interrupts the worker thread, and the handler checks {@link #isCancelled()} (or
 * calls {@link #checkCancelled()}) at safe points, for example after each parsed statement.
 *
 * @since 0.1
 */
public interface JobContext {
  /**
   * Returns the job as claimed, with its tenant, attempt number and payload.
   *
   * @return the job
   */
  Job job();

  /**
   * Returns whether the handler should stop: the job was cancelled, its runner is shutting down, or
   * its lease was lost to another worker.
   *
   * @return whether to stop
   */
  boolean isCancelled();

  /**
   * Throws if the handler should stop.
   *
   * @throws BsaException with {@link ErrorCode#CANCELLED} if {@link #isCancelled()}
   */
  default void checkCancelled() {
    if (isCancelled() || Thread.currentThread().isInterrupted()) {
      throw new BsaException(ErrorCode.CANCELLED, "The job was cancelled");
    }
  }
}
