package io.github.bsa.core.event;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.ErrorCode;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An operational event. The set is closed ({@code sealed}) so a listener can switch over it; new
 * event types may be added in minor versions, so keep a default branch. Events are immutable and
 * carry no personal data.
 *
 * @since 0.2
 */
public sealed interface BsaEvent
    permits BsaEvent.ParseStarted,
        BsaEvent.ParseFinished,
        BsaEvent.ParseFailed,
        BsaEvent.JobStateChanged,
        BsaEvent.BackupFinished,
        BsaEvent.StorageFailed {

  /**
   * A parse started.
   *
   * @param requestedFormat the format the caller forced, or null when it is detected
   */
  record ParseStarted(@Nullable String requestedFormat) implements BsaEvent {}

  /**
   * A parse finished.
   *
   * @param format the format id
   * @param statements the number of statements
   * @param transactions the number of transactions
   * @param duration how long it took
   */
  record ParseFinished(String format, int statements, int transactions, Duration duration)
      implements BsaEvent {
    /** Validates the components. */
    public ParseFinished {
      requireNonNull(format, "format");
      requireNonNull(duration, "duration");
    }
  }

  /**
   * A parse failed.
   *
   * @param format the format id, or {@code "unknown"} if the failure came before detection
   * @param errorCode the error code, or null for a usage error (an unknown forced format)
   * @param duration how long it ran
   */
  record ParseFailed(String format, @Nullable ErrorCode errorCode, Duration duration)
      implements BsaEvent {
    /** Validates the components. */
    public ParseFailed {
      requireNonNull(format, "format");
      requireNonNull(duration, "duration");
    }

    /**
     * Returns the error code.
     *
     * @return the code, empty for a usage error
     */
    public Optional<ErrorCode> code() {
      return Optional.ofNullable(errorCode);
    }
  }

  /**
   * A background job changed state.
   *
   * @param jobId the job id (random, not derived from the content)
   * @param state the new state name ({@code RUNNING}, {@code QUEUED} for a retry, {@code
   *     SUCCEEDED}, {@code FAILED}, {@code CANCELLED})
   * @param attempts the attempts made so far
   * @param errorCode the failure's code, or null
   */
  record JobStateChanged(String jobId, String state, int attempts, @Nullable ErrorCode errorCode)
      implements BsaEvent {
    /** Validates the components. */
    public JobStateChanged {
      requireNonNull(jobId, "jobId");
      requireNonNull(state, "state");
    }
  }

  /**
   * A backup finished: emitted by bsa-jdbc's {@code Backups.create} and once per {@code
   * BackupScheduler} run.
   *
   * @param succeeded whether it was written (and, in a scheduler run that verifies, verified)
   * @param duration how long it took
   * @param bytes the size written, 0 on failure
   * @param errorCode the failure's code, or null on success
   */
  record BackupFinished(
      boolean succeeded, Duration duration, long bytes, @Nullable ErrorCode errorCode)
      implements BsaEvent {
    /** Validates the components. */
    public BackupFinished {
      requireNonNull(duration, "duration");
    }
  }

  /**
   * A storage operation failed.
   *
   * @param operation what was being done, such as {@code "Saving a statement"}
   * @param errorCode the error code
   * @param sqlState the SQLSTATE, or null
   */
  record StorageFailed(String operation, ErrorCode errorCode, @Nullable String sqlState)
      implements BsaEvent {
    /** Validates the components. */
    public StorageFailed {
      requireNonNull(operation, "operation");
      requireNonNull(errorCode, "errorCode");
    }
  }
}
