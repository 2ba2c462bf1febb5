package io.github.bsa.storage.jobs;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The runner's {@link JobListener}s; a listener that throws is logged and never breaks a job. */
final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final List<JobListener> listeners;

  Listeners(List<JobListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  void started(Job job) {
    notify(l -> l.onStarted(job));
  }

  void retryScheduled(Job job) {
    notify(l -> l.onRetryScheduled(job));
  }

  void finished(Job job) {
    notify(l -> l.onFinished(job));
  }

  private void notify(Consumer<JobListener> call) {
    for (JobListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("A job listener failed ({})", e.getClass().getSimpleName());
      }
    }
  }
}
