package io.github.bsa.storage.internal;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * bsa's one retry rule: exponential backoff ({@code initial * 2^(attempt-1)}, capped, plus up to
 * 25% jitter) and a bounded loop that retries only failures a predicate calls transient. Used by
 * the job runner (attempt retries and recording outcomes), and exported to bsa-jdbc for its
 * transaction and backup retries (ADR 0150). Immutable, thread-safe.
 */
public final class Backoff {
  private static final Logger LOG = LoggerFactory.getLogger(Backoff.class);

  private final Duration initial;
  private final Duration max;

  private Backoff(Duration initial, Duration max) {
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("0 <= initial <= max is required");
    }
    this.initial = initial;
    this.max = max;
  }

  /**
   * Returns a backoff.
   *
   * @param initial the first delay
   * @param max the cap
   * @return the backoff
   */
  public static Backoff of(Duration initial, Duration max) {
    return new Backoff(initial, max);
  }

  /**
   * Returns whether an error code names a condition that may pass by itself.
   *
   * @param code the code
   * @return {@code true} for I/O and storage failures
   */
  public static boolean isTransient(ErrorCode code) {
    return code == ErrorCode.IO_FAILURE
        || code == ErrorCode.STORAGE_UNAVAILABLE
        || code == ErrorCode.STORAGE_CONFLICT;
  }

  /**
   * Returns whether a failure is a {@link BsaException} with a transient code.
   *
   * @param e the failure
   * @return whether to retry it
   */
  public static boolean isTransient(Throwable e) {
    return e instanceof BsaException b && isTransient(b.errorCode());
  }

  /**
   * Returns the delay before the retry that follows attempt {@code attempt}.
   *
   * @param attempt the attempt that failed, from 1
   * @return {@code initial * 2^(attempt-1)}, capped, plus up to 25% jitter
   */
  public Duration delay(int attempt) {
    long base = initial.toMillis();
    long cap = max.toMillis();
    long delay = base;
    for (int i = 1; i < attempt && delay < cap; i++) {
      delay *= 2;
    }
    delay = Math.min(delay, cap);
    long jitter = delay / 4 == 0 ? 0 : ThreadLocalRandom.current().nextLong(delay / 4 + 1);
    return Duration.ofMillis(delay + jitter);
  }

  /**
   * Runs {@code work} up to {@code maxAttempts} times while it fails with a failure {@code
   * retryable} accepts, sleeping {@link #delay} between attempts. An interrupt during the sleep
   * ends the loop with the last failure (the interrupt flag is kept).
   *
   * @param operation what is done, for the log (no personal data)
   * @param maxAttempts at least 1
   * @param retryable which failures to retry
   * @param work the work
   * @return the work's result
   * @throws RuntimeException the last failure
   */
  public <T> T retry(
      String operation,
      int maxAttempts,
      Predicate<? super RuntimeException> retryable,
      Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (attempt >= maxAttempts || !retryable.test(e)) {
          throw e;
        }
        LOG.warn("{} failed ({}); retrying", operation, e.getClass().getSimpleName());
        if (!sleep(delay(attempt))) {
          throw e;
        }
      }
    }
  }

  /**
   * Sleeps, keeping an interrupt.
   *
   * @param d how long
   * @return {@code false} if interrupted
   */
  public static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
