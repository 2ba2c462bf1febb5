package io.github.bsa.storage.jobs;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;

/**
 * Thrown by {@link JobStore#enqueue} when the queue already holds the maximum number of queued
 * jobs. The caller may retry later or tell its user to; nothing was stored. Its error code is
 * {@link ErrorCode#LIMIT_EXCEEDED}.
 *
 * @since 0.1
 */
public final class JobQueueFullException extends BsaException {
  private static final long serialVersionUID = 1L;

  private final int maxQueued;

  /**
   * Creates an exception.
   *
   * @param maxQueued the configured bound
   */
  public JobQueueFullException(int maxQueued) {
    super(
        ErrorCode.LIMIT_EXCEEDED,
        "The job queue is full ("
            + maxQueued
            + " queued jobs); retry later or raise JobRunner.Builder.maxQueued");
    this.maxQueued = maxQueued;
  }

  /**
   * Returns the bound that was reached.
   *
   * @return the maximum number of queued jobs
   */
  public int maxQueued() {
    return maxQueued;
  }
}
