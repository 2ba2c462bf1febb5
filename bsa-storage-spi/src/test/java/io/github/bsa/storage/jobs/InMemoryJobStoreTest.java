package io.github.bsa.storage.jobs;

import io.github.bsa.storage.jobs.tck.JobStoreCompatibilityKit;
import java.time.Clock;

final class InMemoryJobStoreTest extends JobStoreCompatibilityKit {
  @Override
  protected JobStore newStore(Clock clock) {
    return InMemoryJobStore.create(clock);
  }
}
