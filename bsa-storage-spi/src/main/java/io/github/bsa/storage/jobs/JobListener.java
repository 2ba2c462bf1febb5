package io.github.bsa.storage.jobs;

/**
 * Receives the state changes of the jobs a {@link JobRunner} runs or cancels. Methods run on the
 * worker thread and must return quickly; an exception they throw is logged and ignored. Jobs run by
 * another runner (another host) are not reported here: poll {@link JobRunner#get} or use {@link
 * JobRunner#completion}.
 *
 * @since 0.1
 */
public interface JobListener {
  /**
   * Called when this runner starts an attempt.
   *
   * @param job the job, {@link JobState#RUNNING}
   */
  default void onStarted(Job job) {}

  /**
   * Called when an attempt failed transiently and the job went back to the queue.
   *
   * @param job the job, {@link JobState#QUEUED} with the error and {@link Job#runAt()}
   */
  default void onRetryScheduled(Job job) {}

  /**
   * Called when a job reached a terminal state.
   *
   * @param job the job, {@link JobState#SUCCEEDED}, {@link JobState#FAILED} or {@link
   *     JobState#CANCELLED}
   */
  default void onFinished(Job job) {}
}
