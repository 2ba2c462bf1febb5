package io.github.bsa.storage.jobs;

import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.core.event.BsaEventListener;

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

  /**
   * Returns a listener that turns state changes into {@link BsaEvent.JobStateChanged} events (job
   * id, state, attempts, error code; no tenant, no payload). Combine it with your own listener
   * through {@link JobRunner.Builder#listener}.
   *
   * @param events the event listener; what it throws is logged and ignored
   * @return the job listener
   * @since 0.2
   */
  static JobListener events(BsaEventListener events) {
    BsaEventListener guarded = BsaEventListener.guarded(events);
    return new JobListener() {
      @Override
      public void onStarted(Job job) {
        send(job);
      }

      @Override
      public void onRetryScheduled(Job job) {
        send(job);
      }

      @Override
      public void onFinished(Job job) {
        send(job);
      }

      private void send(Job job) {
        guarded.onEvent(
            new BsaEvent.JobStateChanged(
                job.id().value(),
                job.state().name(),
                job.attempts(),
                job.errorCode().orElse(null)));
      }
    };
  }
}
