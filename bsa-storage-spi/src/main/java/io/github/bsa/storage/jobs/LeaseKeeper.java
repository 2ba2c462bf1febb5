package io.github.bsa.storage.jobs;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the leases of a runner's running attempts alive and returns other hosts' expired jobs to
 * the queue; run every renewal interval on the runner's maintenance thread. Thread-safe.
 */
final class LeaseKeeper {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final JobStore store;
  private final Duration lease;
  private final WorkerPool pool;
  private final String runnerId;

  LeaseKeeper(JobStore store, Duration lease, WorkerPool pool, String runnerId) {
    this.store = store;
    this.lease = lease;
    this.pool = pool;
    this.runnerId = runnerId;
  }

  /** Renews every running attempt's lease; a lost lease or a remote cancel interrupts it. */
  void renew() {
    for (Attempt r : pool.running()) {
      try {
        LeaseStatus status = store.renewLease(r.job.id(), r.workerId, lease);
        if (status == LeaseStatus.LOST) {
          r.loseLease();
        } else if (status == LeaseStatus.CANCEL_REQUESTED) {
          r.cancel();
        }
      } catch (RuntimeException e) {
        LOG.warn("Cannot renew the lease of job {} ({})", r.job.id(), e.getClass().getSimpleName());
      }
    }
  }

  /** Requeues jobs whose lease expired (their host died or stalled). */
  void sweep() {
    try {
      int n = store.requeueExpired();
      if (n > 0) {
        LOG.info("Job runner {} requeued {} job(s) with an expired lease", runnerId, n);
        pool.wake(n);
      }
    } catch (RuntimeException e) {
      LOG.warn("Cannot requeue expired jobs ({})", e.getClass().getSimpleName());
    }
  }
}
