package io.github.bsa.core.spi;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.SourcePosition;

/**
 * What a parser needs to know about one parse: the {@link ParseLimits}, the caller's {@link
 * ParseOptions}, and the deadline. A class rather than an interface so that it can grow. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class ParseContext {
  private final ParseLimits limits;
  private final ParseOptions options;
  private final long deadlineNanos;

  private ParseContext(ParseLimits limits, ParseOptions options, long startNanos) {
    this.limits = requireNonNull(limits, "limits");
    this.options = requireNonNull(options, "options");
    long budget = limits.maxDuration().toNanos();
    this.deadlineNanos = startNanos + budget;
  }

  /**
   * Returns a context whose clock starts now.
   *
   * @param limits the limits
   * @param options the options
   * @return the context
   */
  public static ParseContext of(ParseLimits limits, ParseOptions options) {
    return new ParseContext(limits, options, System.nanoTime());
  }

  /**
   * Returns a context with default limits and options, for tests.
   *
   * @return the context
   */
  public static ParseContext defaults() {
    return of(ParseLimits.defaults(), ParseOptions.defaults());
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Returns the caller's options.
   *
   * @return the options
   */
  public ParseOptions options() {
    return options;
  }

  /**
   * Throws when the parse has run past {@link ParseLimits#maxDuration()}. Parsers with long loops
   * that do not report transactions (such as PDF layout analysis) call it now and then.
   *
   * @param position where the parser is, for the error
   * @throws LimitExceededException if the time is up
   */
  public void checkDeadline(SourcePosition position) {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new LimitExceededException("maxDuration", limits.maxDuration().toMillis(), position);
    }
  }
}
