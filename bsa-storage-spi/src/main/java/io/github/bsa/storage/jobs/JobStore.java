package io.github.bsa.storage.jobs;

import io.github.bsa.storage.TenantId;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Persists background jobs and hands them to workers under leases. Implementations are thread-safe;
 * several {@link JobRunner}s, in one JVM or many, may share one store, and each queued job is
 * claimed by exactly one of them at a time.
 *
 * <p><b>Leases.</b> {@link #claim} moves the oldest due job from {@link JobState#QUEUED} to {@link
 * JobState#RUNNING} and records the worker and a lease expiry. The worker {@linkplain #renewLease
 * renews} the lease while it runs and {@linkplain #complete completes} the job; both only succeed
 * while the worker still owns the lease, which fences off a worker that stalled past its lease
 * after another worker took the job over. {@link #requeueExpired} returns jobs whose holder died (a
 * killed or restarted host) to the queue.
 *
 * <p><b>Tenants.</b> Calls made on behalf of a tenant ({@link #get}, {@link #list}, {@link
 * #cancel}) only ever see that tenant's jobs. Worker calls ({@link #claim}, {@link #renewLease},
 * {@link #complete}) serve every tenant: workers are infrastructure of the host, not of a tenant.
 *
 * <p>Store failures throw {@link io.github.bsa.core.BsaException} with {@link
 * io.github.bsa.core.ErrorCode#STORAGE_UNAVAILABLE} or {@link
 * io.github.bsa.core.ErrorCode#STORAGE_CONFLICT}.
 *
 * @since 0.1
 */
public interface JobStore {

  /**
   * Adds a job to the queue unless the queue already holds {@code maxQueued} queued jobs.
   *
   * @param tenant the owner
   * @param payload the input
   * @param maxAttempts how many attempts the job gets, at least 1
   * @param maxQueued the bound on queued jobs (of all tenants), at least 1
   * @return the new job, {@link JobState#QUEUED}
   * @throws JobQueueFullException if the queue is full
   * @throws IllegalArgumentException if a bound is below 1
   */
  Job enqueue(TenantId tenant, JobPayload payload, int maxAttempts, int maxQueued);

  /**
   * Claims the oldest queued job that is due, for one worker.
   *
   * @param workerId the worker, unique among all live workers
   * @param lease how long the claim holds without a renewal
   * @return the claimed job, now {@link JobState#RUNNING} with its attempts incremented, or empty
   *     when nothing is due
   */
  Optional<Job> claim(String workerId, Duration lease);

  /**
   * Extends the lease of a running job.
   *
   * @param id the job
   * @param workerId the worker that claimed it
   * @param lease the new lease length from now
   * @return {@link LeaseStatus#RENEWED}; {@link LeaseStatus#CANCEL_REQUESTED} (also renewed) when
   *     the worker should stop because someone cancelled the job; {@link LeaseStatus#LOST} when the
   *     worker no longer owns the job (lease expired and requeued, or job finished)
   */
  LeaseStatus renewLease(JobId id, String workerId, Duration lease);

  /**
   * Records how an attempt ended: success, permanent failure, cancellation, or a retry that returns
   * the job to the queue.
   *
   * @param id the job
   * @param workerId the worker that claimed it
   * @param outcome the outcome
   * @return whether the job was updated; {@code false} when the worker no longer owns it
   */
  boolean complete(JobId id, String workerId, JobOutcome outcome);

  /**
   * Cancels a job: a queued job becomes {@link JobState#CANCELLED} at once, a running one is
   * flagged and stops when its worker next checks.
   *
   * @param tenant the tenant that owns the job
   * @param id the job
   * @return whether the job was cancelled or flagged; {@code false} if it does not exist for this
   *     tenant or has already finished
   */
  boolean cancel(TenantId tenant, JobId id);

  /**
   * Returns a job of a tenant.
   *
   * @param tenant the tenant
   * @param id the job
   * @return the job, or empty if it does not exist for this tenant
   */
  Optional<Job> get(TenantId tenant, JobId id);

  /**
   * Lists a tenant's jobs in the given states, newest first.
   *
   * @param tenant the tenant
   * @param states the states to include
   * @param limit the maximum number of jobs, at least 1
   * @return the jobs
   */
  List<Job> list(TenantId tenant, Set<JobState> states, int limit);

  /**
   * Lists up to 1000 of a tenant's jobs, newest first.
   *
   * @param tenant the tenant
   * @return the jobs
   */
  default List<Job> list(TenantId tenant) {
    return list(tenant, EnumSet.allOf(JobState.class), 1000);
  }

  /**
   * Returns running jobs whose lease expired to the queue: their worker died or lost contact. A job
   * whose cancellation was requested becomes {@link JobState#CANCELLED}, and one that used up its
   * attempts becomes {@link JobState#FAILED} with {@link
   * io.github.bsa.core.ErrorCode#LIMIT_EXCEEDED}.
   *
   * @return the number of jobs changed
   */
  int requeueExpired();

  /**
   * Returns how many jobs wait and run across all tenants, for health checks and metrics. Stores
   * that cannot tell return empty (the default).
   *
   * @return the stats, or empty if this store does not count
   * @throws io.github.bsa.core.BsaException with {@code STORAGE_UNAVAILABLE} if the store is down
   * @since 0.2
   */
  default java.util.Optional<JobQueueStats> queueStats() {
    return java.util.Optional.empty();
  }
}
