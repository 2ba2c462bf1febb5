package io.github.bsa.jdbc.jobs;

import io.github.bsa.storage.jobs.JobStore;
import io.github.bsa.storage.jobs.tck.JobStoreCompatibilityKit;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

final class SqliteJobStoreTest extends JobStoreCompatibilityKit {
  @TempDir Path dir;

  @Override
  protected JobStore newStore(Clock clock) {
    return JdbcJobStore.create(JobTestDatabases.sqlite(dir.resolve("jobs.db")), clock);
  }
}
