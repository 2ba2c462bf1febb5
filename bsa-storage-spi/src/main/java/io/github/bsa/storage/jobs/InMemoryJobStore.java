package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.storage.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference {@link JobStore}: jobs live in this object, so they survive a restart of a {@link
 * JobRunner} that shares it but not of the JVM. For tests, single-process hosts and as the
 * behaviour the JDBC store matches. Thread-safe (one lock).
 *
 * @since 0.1
 */
public final class InMemoryJobStore implements JobStore {
  private final Clock clock;
  private final Map<JobId, Job> jobs = new LinkedHashMap<>();

  private InMemoryJobStore(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Returns an empty store on the system clock.
   *
   * @return the store
   */
  public static InMemoryJobStore create() {
    return new InMemoryJobStore(Clock.systemUTC());
  }

  /**
   * Returns an empty store on the given clock, so tests can move time forward.
   *
   * @param clock the clock for timestamps and leases
   * @return the store
   */
  public static InMemoryJobStore create(Clock clock) {
    return new InMemoryJobStore(clock);
  }

  @Override
  public synchronized Job enqueue(
      TenantId tenant, JobPayload payload, int maxAttempts, int maxQueued) {
    requireNonNull(tenant, "tenant");
    requireNonNull(payload, "payload");
    if (maxAttempts < 1 || maxQueued < 1) {
      throw new IllegalArgumentException("maxAttempts and maxQueued must be at least 1");
    }
    long queued = jobs.values().stream().filter(j -> j.state() == JobState.QUEUED).count();
    if (queued >= maxQueued) {
      throw new JobQueueFullException(maxQueued);
    }
    Instant now = clock.instant();
    Job job =
        Job.builder()
            .id(JobId.random())
            .tenant(tenant)
            .state(JobState.QUEUED)
            .maxAttempts(maxAttempts)
            .createdAt(now)
            .payload(payload)
            .build();
    jobs.put(job.id(), job);
    return job;
  }

  @Override
  public synchronized Optional<Job> claim(String workerId, Duration lease) {
    requireNonNull(workerId, "workerId");
    requireNonNull(lease, "lease");
    Instant now = clock.instant();
    Optional<Job> next =
        jobs.values().stream()
            .filter(j -> j.state() == JobState.QUEUED && !j.runAt().isAfter(now))
            .min(Comparator.comparing(Job::runAt).thenComparing(Job::createdAt));
    return next.map(
        j ->
            put(
                j.toBuilder()
                    .state(JobState.RUNNING)
                    .attempts(j.attempts() + 1)
                    .startedAt(now)
                    .updatedAt(now)
                    .lease(workerId, now.plus(lease))
                    .build()));
  }

  @Override
  public synchronized LeaseStatus renewLease(JobId id, String workerId, Duration lease) {
    requireNonNull(lease, "lease");
    Job j = owned(id, workerId);
    if (j == null) {
      return LeaseStatus.LOST;
    }
    Instant now = clock.instant();
    put(j.toBuilder().updatedAt(now).lease(workerId, now.plus(lease)).build());
    return j.isCancelRequested() ? LeaseStatus.CANCEL_REQUESTED : LeaseStatus.RENEWED;
  }

  @Override
  public synchronized boolean complete(JobId id, String workerId, JobOutcome outcome) {
    requireNonNull(outcome, "outcome");
    Job j = owned(id, workerId);
    if (j == null) {
      return false;
    }
    Instant now = clock.instant();
    Job.Builder b =
        j.toBuilder()
            .state(outcome.state())
            .updatedAt(now)
            .lease(null, null)
            .resultRef(outcome.resultRef().orElse(null))
            .error(outcome.errorCode().orElse(null), outcome.errorMessage().orElse(null));
    if (outcome.state() == JobState.QUEUED) {
      b.runAt(outcome.retryAt().orElse(now));
    } else {
      b.finishedAt(now);
    }
    put(b.build());
    return true;
  }

  @Override
  public synchronized boolean cancel(TenantId tenant, JobId id) {
    Optional<Job> found = get(tenant, id);
    if (found.isEmpty()) {
      return false;
    }
    Job j = found.get();
    Instant now = clock.instant();
    if (j.state() == JobState.QUEUED) {
      put(
          j.toBuilder()
              .state(JobState.CANCELLED)
              .updatedAt(now)
              .finishedAt(now)
              .error(ErrorCode.CANCELLED, "The job was cancelled")
              .build());
      return true;
    }
    if (j.state() == JobState.RUNNING) {
      put(j.toBuilder().cancelRequested(true).updatedAt(now).build());
      return true;
    }
    return false;
  }

  @Override
  public synchronized Optional<JobQueueStats> queueStats() {
    int queued = 0;
    int running = 0;
    Instant oldest = null;
    for (Job j : jobs.values()) {
      if (j.state() == JobState.QUEUED) {
        queued++;
        if (oldest == null || j.createdAt().isBefore(oldest)) {
          oldest = j.createdAt();
        }
      } else if (j.state() == JobState.RUNNING) {
        running++;
      }
    }
    return Optional.of(new JobQueueStats(queued, running, oldest));
  }

  @Override
  public synchronized Optional<Job> get(TenantId tenant, JobId id) {
    requireNonNull(tenant, "tenant");
    Job j = jobs.get(requireNonNull(id, "id"));
    return j != null && j.tenant().equals(tenant) ? Optional.of(j) : Optional.empty();
  }

  @Override
  public synchronized List<Job> list(TenantId tenant, Set<JobState> states, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(states, "states");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    List<Job> result = new ArrayList<>();
    for (Job j : jobs.values()) {
      if (j.tenant().equals(tenant) && states.contains(j.state())) {
        result.add(j);
      }
    }
    result.sort(Comparator.comparing(Job::createdAt).reversed());
    return List.copyOf(result.subList(0, Math.min(limit, result.size())));
  }

  @Override
  public synchronized int requeueExpired() {
    Instant now = clock.instant();
    int changed = 0;
    for (Job j : List.copyOf(jobs.values())) {
      Instant expiry = j.leaseExpiresAt().orElse(null);
      if (j.state() != JobState.RUNNING || expiry == null || !expiry.isBefore(now)) {
        continue;
      }
      Job.Builder b = j.toBuilder().updatedAt(now).lease(null, null);
      if (j.isCancelRequested()) {
        b.state(JobState.CANCELLED)
            .finishedAt(now)
            .error(ErrorCode.CANCELLED, "The job was cancelled");
      } else if (j.attempts() >= j.maxAttempts()) {
        b.state(JobState.FAILED).finishedAt(now).error(ErrorCode.LIMIT_EXCEEDED, leaseMessage(j));
      } else {
        b.state(JobState.QUEUED).runAt(now);
      }
      put(b.build());
      changed++;
    }
    return changed;
  }

  /**
   * Returns the message a store records when a job's last attempt lost its lease.
   *
   * @param job the job
   * @return the message
   */
  static String leaseMessage(Job job) {
    return "The worker stopped renewing its lease on attempt "
        + job.attempts()
        + " of "
        + job.maxAttempts();
  }

  @CanIgnoreReturnValue
  private Job put(Job j) {
    jobs.put(j.id(), j);
    return j;
  }

  private @org.jspecify.annotations.Nullable Job owned(JobId id, String workerId) {
    requireNonNull(id, "id");
    requireNonNull(workerId, "workerId");
    Job j = jobs.get(id);
    if (j == null
        || j.state() != JobState.RUNNING
        || !j.leaseOwner().map(workerId::equals).orElse(false)) {
      return null;
    }
    return j;
  }
}
