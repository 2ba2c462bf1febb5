package io.github.bsa.storage.jobs;

/**
 * The life-cycle state of a background job.
 *
 * <pre>
 * QUEUED --claim--&gt; RUNNING --&gt; SUCCEEDED | FAILED | CANCELLED
 *   ^                  |
 *   +--retry / lease expired (interrupted host)
 * QUEUED --cancel--&gt; CANCELLED
 * </pre>
 *
 * @since 0.1
 */
public enum JobState {
  /** Waiting for a worker; may carry the error of a previous, transient failure. */
  QUEUED,
  /** Claimed by a worker that holds a lease on it. */
  RUNNING,
  /** Finished; {@link Job#resultRef()} names what was stored. */
  SUCCEEDED,
  /** Finished with a permanent failure or after the last retry; see {@link Job#errorCode()}. */
  FAILED,
  /** Cancelled before or while it ran. */
  CANCELLED;

  /**
   * Returns whether the job will not change any more.
   *
   * @return {@code true} for {@link #SUCCEEDED}, {@link #FAILED} and {@link #CANCELLED}
   */
  public boolean isTerminal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
