package io.github.bsa.storage.jobs;

import io.github.bsa.storage.jobs.tck.JobRunnerCompatibilityKit;
import java.time.Clock;

final class InMemoryJobRunnerTest extends JobRunnerCompatibilityKit {
  @Override
  protected JobStore newStore(Clock clock) {
    return InMemoryJobStore.create(clock);
  }
}
