package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.ErrorCode;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an attempt of a running job ended, as a worker reports it to {@link JobStore#complete}.
 * Immutable.
 *
 * @since 0.1
 */
public final class JobOutcome {
  /** The longest error message a store keeps; longer ones are cut. */
  public static final int MAX_MESSAGE_LENGTH = 1000;

  private final JobState state;
  private final @Nullable String resultRef;
  private final @Nullable ErrorCode errorCode;
  private final @Nullable String errorMessage;
  private final @Nullable Instant retryAt;

  private JobOutcome(
      JobState state,
      @Nullable String resultRef,
      @Nullable ErrorCode errorCode,
      @Nullable String errorMessage,
      @Nullable Instant retryAt) {
    this.state = state;
    this.resultRef = resultRef;
    this.errorCode = errorCode;
    this.errorMessage =
        errorMessage == null || errorMessage.length() <= MAX_MESSAGE_LENGTH
            ? errorMessage
            : errorMessage.substring(0, MAX_MESSAGE_LENGTH);
    this.retryAt = retryAt;
  }

  /**
   * Returns a success.
   *
   * @param resultRef what the handler stored, for example statement ids; at most 1000 characters
   * @return the outcome
   * @throws IllegalArgumentException if the reference is longer than 1000 characters
   */
  public static JobOutcome succeeded(String resultRef) {
    requireNonNull(resultRef, "resultRef");
    if (resultRef.length() > MAX_MESSAGE_LENGTH) {
      throw new IllegalArgumentException("A result reference has at most 1000 characters");
    }
    return new JobOutcome(JobState.SUCCEEDED, resultRef, null, null, null);
  }

  /**
   * Returns a permanent failure.
   *
   * @param code the error code, or {@code null} if the failure has none (an unexpected exception)
   * @param message a message without personal data
   * @return the outcome
   */
  public static JobOutcome failed(@Nullable ErrorCode code, String message) {
    return new JobOutcome(JobState.FAILED, null, code, requireNonNull(message, "message"), null);
  }

  /**
   * Returns a transient failure: the job goes back to the queue and is not claimed before {@code
   * retryAt}.
   *
   * @param retryAt the earliest next attempt
   * @param code the error code
   * @param message a message without personal data
   * @return the outcome
   */
  public static JobOutcome retry(Instant retryAt, ErrorCode code, String message) {
    return new JobOutcome(
        JobState.QUEUED,
        null,
        requireNonNull(code, "code"),
        requireNonNull(message, "message"),
        requireNonNull(retryAt, "retryAt"));
  }

  /**
   * Returns a cancellation of a running job.
   *
   * @return the outcome
   */
  public static JobOutcome cancelled() {
    return new JobOutcome(
        JobState.CANCELLED, null, ErrorCode.CANCELLED, "The job was cancelled", null);
  }

  /**
   * Returns the state the job moves to.
   *
   * @return the new state
   */
  public JobState state() {
    return state;
  }

  /**
   * Returns the result reference of a success.
   *
   * @return the reference
   */
  public Optional<String> resultRef() {
    return Optional.ofNullable(resultRef);
  }

  /**
   * Returns the error code of a failure, retry or cancellation.
   *
   * @return the code
   */
  public Optional<ErrorCode> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Returns the error message of a failure, retry or cancellation.
   *
   * @return the message
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /**
   * Returns the earliest next attempt of a retry.
   *
   * @return the instant
   */
  public Optional<Instant> retryAt() {
    return Optional.ofNullable(retryAt);
  }

  @Override
  public String toString() {
    return "JobOutcome[" + state + (errorCode == null ? "" : ", " + errorCode) + "]";
  }
}
