package io.github.bsa.storage.jobs;

import io.github.bsa.storage.TenantId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The futures of {@link JobRunner#completion}: resolved when this runner finishes a job, or by
 * polling the store for jobs finished on other hosts. Thread-safe.
 */
final class Waiters {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final JobStore store;
  private final Map<JobId, Waiter> waiters = new ConcurrentHashMap<>();

  Waiters(JobStore store) {
    this.store = store;
  }

  CompletableFuture<Job> register(TenantId tenant, JobId id) {
    Job job =
        store
            .get(tenant, id)
            .orElseThrow(() -> new IllegalArgumentException("No such job for this tenant"));
    if (job.state().isTerminal()) {
      return CompletableFuture.completedFuture(job);
    }
    Waiter w = waiters.computeIfAbsent(id, k -> new Waiter(tenant));
    // the job may have finished between the get and the registration
    store.get(tenant, id).filter(j -> j.state().isTerminal()).ifPresent(this::resolve);
    return w.future.copy();
  }

  void resolve(Job job) {
    Waiter w = waiters.remove(job.id());
    if (w != null) {
      w.future.complete(job);
    }
  }

  /** Resolves the futures of jobs that reached a terminal state on any host. */
  void poll() {
    for (Map.Entry<JobId, Waiter> e : waiters.entrySet()) {
      try {
        store
            .get(e.getValue().tenant, e.getKey())
            .filter(j -> j.state().isTerminal())
            .ifPresent(this::resolve);
      } catch (RuntimeException ex) {
        LOG.debug("Cannot poll job {} ({})", e.getKey(), ex.getClass().getSimpleName());
      }
    }
  }

  void failAll() {
    for (Waiter w : waiters.values()) {
      w.future.completeExceptionally(
          new IllegalStateException("The job runner closed before the job finished; poll get()"));
    }
    waiters.clear();
  }

  private static final class Waiter {
    final TenantId tenant;
    final CompletableFuture<Job> future = new CompletableFuture<>();

    Waiter(TenantId tenant) {
      this.tenant = tenant;
    }
  }
}
