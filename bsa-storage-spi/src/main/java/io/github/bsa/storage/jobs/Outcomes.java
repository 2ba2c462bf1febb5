package io.github.bsa.storage.jobs;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.storage.internal.Backoff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies how an attempt ended (docs/jobs.md, "Retries"): transient failures are retried with
 * backoff while attempts remain, other codes fail at once, cancellation and shutdown win over the
 * exception. Immutable, thread-safe.
 */
final class Outcomes {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final Clock clock;
  private final Backoff backoff;

  Outcomes(Clock clock, Backoff backoff) {
    this.clock = clock;
    this.backoff = backoff;
  }

  Backoff backoff() {
    return backoff;
  }

  JobOutcome classify(Attempt r, Throwable e) {
    Job job = r.job;
    if (r.cancelled) {
      return JobOutcome.cancelled();
    }
    if (r.shutdown) {
      return JobOutcome.retry(
          clock.instant(), ErrorCode.CANCELLED, "Interrupted by a shutdown of its host; requeued");
    }
    ErrorCode code;
    String message;
    if (e instanceof BsaException bsa) {
      code = bsa.errorCode();
      message = String.valueOf(e.getMessage());
      if (code == ErrorCode.CANCELLED) {
        return JobOutcome.cancelled();
      }
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      // I/O messages may name files; keep only the type
      code = ErrorCode.IO_FAILURE;
      message = "I/O failure (" + e.getClass().getSimpleName() + ")";
    } else if (e instanceof InterruptedException) {
      code = ErrorCode.IO_FAILURE;
      message = "The attempt was interrupted";
    } else {
      LOG.warn("Job {} failed with an unexpected {}", job.id(), e.getClass().getName());
      return JobOutcome.failed(null, "Unexpected " + e.getClass().getName());
    }
    if (Backoff.isTransient(code) && job.attempts() < job.maxAttempts()) {
      Duration delay = backoff.delay(job.attempts());
      LOG.debug("Job {} failed transiently ({}); retry in {} ms", job.id(), code, delay.toMillis());
      return JobOutcome.retry(clock.instant().plus(delay), code, message);
    }
    LOG.debug("Job {} failed ({})", job.id(), code);
    return JobOutcome.failed(code, message);
  }
}
