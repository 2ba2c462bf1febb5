package io.github.bsa.server;

import io.github.bsa.storage.StoreHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code bsa} part of {@code /health} and of the readiness probe: the statement store answers
 * with the schema this version expects (the job queue lives in the same database), and the queue
 * depth of the tenants this instance served.
 */
@Component("bsa")
public class BsaHealthIndicator implements HealthIndicator {
  private final BsaStorage storage;
  private final BsaJobs jobs;

  BsaHealthIndicator(BsaStorage storage, BsaJobs jobs) {
    this.storage = storage;
    this.jobs = jobs;
  }

  @Override
  public Health health() {
    StoreHealth h = storage.health();
    Health.Builder b = h.healthy() ? Health.up() : Health.down();
    b.withDetail("store", h.detail())
        .withDetail("latencyMs", h.latency().toMillis())
        .withDetail("runner", jobs.runnerId());
    h.details().forEach(b::withDetail);
    return b.build();
  }
}
