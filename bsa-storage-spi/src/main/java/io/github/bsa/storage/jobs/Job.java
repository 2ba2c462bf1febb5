package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.storage.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one background job as a {@link JobStore} last saw it. Immutable and thread-safe; a
 * state change produces a new snapshot ({@link #toBuilder()}).
 *
 * <p>Error messages come from {@link io.github.bsa.core.BsaException}s, whose messages never carry
 * values from the input, so a job can be shown to the tenant and logged.
 *
 * <p>About 500 lines only because it is a value of 17 documented fields plus its documented
 * builder; there is no logic to move out.
 *
 * @since 0.1
 */
public final class Job {
  private final JobId id;
  private final TenantId tenant;
  private final JobState state;
  private final int attempts;
  private final int maxAttempts;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Instant runAt;
  private final @Nullable Instant startedAt;
  private final @Nullable Instant finishedAt;
  private final @Nullable String leaseOwner;
  private final @Nullable Instant leaseExpiresAt;
  private final boolean cancelRequested;
  private final @Nullable ErrorCode errorCode;
  private final @Nullable String errorMessage;
  private final @Nullable String resultRef;
  private final JobPayload payload;

  private Job(Builder b) {
    this.id = requireNonNull(b.id, "id");
    this.tenant = requireNonNull(b.tenant, "tenant");
    this.state = requireNonNull(b.state, "state");
    this.payload = requireNonNull(b.payload, "payload");
    this.createdAt = requireNonNull(b.createdAt, "createdAt");
    this.updatedAt = b.updatedAt == null ? createdAt : b.updatedAt;
    this.runAt = b.runAt == null ? createdAt : b.runAt;
    if (b.attempts < 0 || b.maxAttempts < 1) {
      throw new IllegalArgumentException("attempts >= 0 and maxAttempts >= 1 are required");
    }
    this.attempts = b.attempts;
    this.maxAttempts = b.maxAttempts;
    this.startedAt = b.startedAt;
    this.finishedAt = b.finishedAt;
    this.leaseOwner = b.leaseOwner;
    this.leaseExpiresAt = b.leaseExpiresAt;
    this.cancelRequested = b.cancelRequested;
    this.errorCode = b.errorCode;
    this.errorMessage = b.errorMessage;
    this.resultRef = b.resultRef;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this job.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.tenant = tenant;
    b.state = state;
    b.attempts = attempts;
    b.maxAttempts = maxAttempts;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.runAt = runAt;
    b.startedAt = startedAt;
    b.finishedAt = finishedAt;
    b.leaseOwner = leaseOwner;
    b.leaseExpiresAt = leaseExpiresAt;
    b.cancelRequested = cancelRequested;
    b.errorCode = errorCode;
    b.errorMessage = errorMessage;
    b.resultRef = resultRef;
    b.payload = payload;
    return b;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public JobId id() {
    return id;
  }

  /**
   * Returns the tenant that owns the job.
   *
   * @return the tenant
   */
  public TenantId tenant() {
    return tenant;
  }

  /**
   * Returns the state.
   *
   * @return the state
   */
  public JobState state() {
    return state;
  }

  /**
   * Returns how often a worker claimed the job, the running attempt included.
   *
   * @return the number of attempts
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns how many attempts the job gets before a transient failure becomes final.
   *
   * @return the maximum, at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns when the job was enqueued.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns when the job last changed.
   *
   * @return the instant
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * Returns the earliest instant a worker may claim the job (later than {@link #createdAt()} while
   * a retry backs off).
   *
   * @return the instant
   */
  public Instant runAt() {
    return runAt;
  }

  /**
   * Returns when the latest attempt started.
   *
   * @return the instant
   */
  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  /**
   * Returns when the job reached a terminal state.
   *
   * @return the instant
   */
  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  /**
   * Returns the worker that holds the lease while the job runs.
   *
   * @return the worker id
   */
  public Optional<String> leaseOwner() {
    return Optional.ofNullable(leaseOwner);
  }

  /**
   * Returns when the lease of a running job expires unless renewed.
   *
   * @return the instant
   */
  public Optional<Instant> leaseExpiresAt() {
    return Optional.ofNullable(leaseExpiresAt);
  }

  /**
   * Returns whether someone asked to cancel the running job; its worker stops at the next check.
   *
   * @return whether cancellation was requested
   */
  public boolean isCancelRequested() {
    return cancelRequested;
  }

  /**
   * Returns the error of a failed job, or the last transient error of a job queued for a retry.
   *
   * @return the error code
   */
  public Optional<ErrorCode> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Returns the message that goes with {@link #errorCode()}; it contains no personal data.
   *
   * @return the message
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /**
   * Returns the reference the job handler returned on success, such as stored statement ids.
   *
   * @return the result reference
   */
  public Optional<String> resultRef() {
    return Optional.ofNullable(resultRef);
  }

  /**
   * Returns the input.
   *
   * @return the payload
   */
  public JobPayload payload() {
    return payload;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Job other
        && other.id.equals(id)
        && other.state == state
        && other.attempts == attempts
        && other.updatedAt.equals(updatedAt);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Job[id="
        + id
        + ", tenant="
        + tenant
        + ", state="
        + state
        + ", attempts="
        + attempts
        + "/"
        + maxAttempts
        + (errorCode == null ? "" : ", errorCode=" + errorCode)
        + (leaseOwner == null ? "" : ", leaseOwner=" + leaseOwner)
        + "]";
  }

  /** Builds a {@link Job}; used by job stores. Not thread-safe. */
  public static final class Builder {
    private @Nullable JobId id;
    private @Nullable TenantId tenant;
    private @Nullable JobState state;
    private int attempts;
    private int maxAttempts = 1;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant runAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant finishedAt;
    private @Nullable String leaseOwner;
    private @Nullable Instant leaseExpiresAt;
    private boolean cancelRequested;
    private @Nullable ErrorCode errorCode;
    private @Nullable String errorMessage;
    private @Nullable String resultRef;
    private @Nullable JobPayload payload;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param value the id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(JobId value) {
      this.id = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the tenant.
     *
     * @param value the tenant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tenant(TenantId value) {
      this.tenant = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the state.
     *
     * @param value the state
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder state(JobState value) {
      this.state = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the number of attempts so far.
     *
     * @param value the attempts
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder attempts(int value) {
      this.attempts = value;
      return this;
    }

    /**
     * Sets the maximum number of attempts.
     *
     * @param value the maximum
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxAttempts(int value) {
      this.maxAttempts = value;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param value the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder createdAt(Instant value) {
      this.createdAt = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the instant of the last change.
     *
     * @param value the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder updatedAt(Instant value) {
      this.updatedAt = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the earliest claim instant.
     *
     * @param value the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder runAt(Instant value) {
      this.runAt = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the start of the latest attempt.
     *
     * @param value the instant, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder startedAt(@Nullable Instant value) {
      this.startedAt = value;
      return this;
    }

    /**
     * Sets the end instant.
     *
     * @param value the instant, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder finishedAt(@Nullable Instant value) {
      this.finishedAt = value;
      return this;
    }

    /**
     * Sets the lease holder and expiry; both {@code null} when the job is not running.
     *
     * @param owner the worker id, or {@code null}
     * @param expiresAt the expiry, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lease(@Nullable String owner, @Nullable Instant expiresAt) {
      this.leaseOwner = owner;
      this.leaseExpiresAt = expiresAt;
      return this;
    }

    /**
     * Sets whether cancellation was requested.
     *
     * @param value the flag
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cancelRequested(boolean value) {
      this.cancelRequested = value;
      return this;
    }

    /**
     * Sets the error.
     *
     * @param code the code, or {@code null}
     * @param message the message without personal data, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder error(@Nullable ErrorCode code, @Nullable String message) {
      this.errorCode = code;
      this.errorMessage = message;
      return this;
    }

    /**
     * Sets the result reference.
     *
     * @param value the reference, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder resultRef(@Nullable String value) {
      this.resultRef = value;
      return this;
    }

    /**
     * Sets the payload.
     *
     * @param value the payload
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder payload(JobPayload value) {
      this.payload = requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the job.
     *
     * @return the job
     * @throws NullPointerException if id, tenant, state, createdAt or payload is missing
     */
    public Job build() {
      return new Job(this);
    }
  }
}
