package io.github.bsa.jdbc.jobs;

import io.github.bsa.jdbc.internal.jobs.JdbcJobQueue;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobOutcome;
import io.github.bsa.storage.jobs.JobPayload;
import io.github.bsa.storage.jobs.JobQueueStats;
import io.github.bsa.storage.jobs.JobState;
import io.github.bsa.storage.jobs.JobStore;
import io.github.bsa.storage.jobs.LeaseStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A {@link JobStore} in the {@code bsa_job} table of a PostgreSQL or SQLite database, so jobs
 * survive a restart of the host and several hosts can share one PostgreSQL queue.
 *
 * <pre>{@code
 * JobStore jobs = JdbcJobStore.create(dataSource);   // schema V002__jobs.sql applied
 * }</pre>
 *
 * <p>PostgreSQL claims a job with {@code SELECT ... FOR UPDATE SKIP LOCKED} in a transaction, so
 * concurrent workers never wait for or claim the same row; SQLite claims with a single {@code
 * UPDATE ... WHERE id = (SELECT ...) RETURNING}, which SQLite serialises (3.35 or later; use WAL
 * and one host). Every statement is parameterised, and calls made for a tenant filter by it.
 * Timestamps are epoch milliseconds from the given clock; hosts sharing a queue need roughly
 * synchronised clocks (NTP), well within the lease length.
 *
 * <p>The schema comes from {@code io/github/bsa/jdbc/internal/schema/<dialect>/V002__jobs.sql},
 * which the bsa-jdbc migrator applies. Failures throw {@link io.github.bsa.core.BsaException} with
 * {@link io.github.bsa.core.ErrorCode#STORAGE_UNAVAILABLE} (or {@code STORAGE_CONFLICT} for
 * serialisation failures); the SQLException is the cause. Thread-safe; it borrows a connection per
 * call.
 *
 * @since 0.1
 */
public final class JdbcJobStore implements JobStore {
  private final JdbcJobQueue queue;

  private JdbcJobStore(DataSource dataSource, Clock clock) {
    this.queue = new JdbcJobQueue(dataSource, clock);
  }

  /**
   * Returns a store on the UTC system clock.
   *
   * @param dataSource the database with the {@code bsa_job} table
   * @return the store
   */
  public static JdbcJobStore create(DataSource dataSource) {
    return new JdbcJobStore(dataSource, Clock.systemUTC());
  }

  /**
   * Returns a store on the given clock (tests move it to expire leases).
   *
   * @param dataSource the database with the {@code bsa_job} table
   * @param clock the clock for timestamps and leases
   * @return the store
   */
  public static JdbcJobStore create(DataSource dataSource, Clock clock) {
    return new JdbcJobStore(dataSource, clock);
  }

  @Override
  public Job enqueue(TenantId tenant, JobPayload payload, int maxAttempts, int maxQueued) {
    return queue.enqueue(tenant, payload, maxAttempts, maxQueued);
  }

  @Override
  public Optional<Job> claim(String workerId, Duration lease) {
    return queue.claim(workerId, lease);
  }

  @Override
  public LeaseStatus renewLease(JobId id, String workerId, Duration lease) {
    return queue.renewLease(id, workerId, lease);
  }

  @Override
  public boolean complete(JobId id, String workerId, JobOutcome outcome) {
    return queue.complete(id, workerId, outcome);
  }

  @Override
  public boolean cancel(TenantId tenant, JobId id) {
    return queue.cancel(tenant, id);
  }

  @Override
  public Optional<Job> get(TenantId tenant, JobId id) {
    return queue.get(tenant, id);
  }

  @Override
  public List<Job> list(TenantId tenant, Set<JobState> states, int limit) {
    return queue.list(tenant, states, limit);
  }

  @Override
  public Optional<JobQueueStats> queueStats() {
    return Optional.of(queue.queueStats());
  }

  @Override
  public int requeueExpired() {
    return queue.requeueExpired();
  }
}
