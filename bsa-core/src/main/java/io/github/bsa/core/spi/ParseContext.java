package io.github.bsa.core.spi;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What a parser needs to know about one parse: the {@link ParseLimits}, the caller's {@link
 * ParseOptions} (with the typed format options), the {@link SourceSample} the facade already read,
 * the deadline and the caller's cancellation. A class rather than an interface so that it can grow.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ParseContext {
  private final ParseLimits limits;
  private final ParseOptions options;
  private final SourceSample sample;
  private final long deadlineNanos;
  private final BooleanSupplier cancelled;

  private ParseContext(
      ParseLimits limits, ParseOptions options, SourceSample sample, long startNanos) {
    this.limits = requireNonNull(limits, "limits");
    this.options = requireNonNull(options, "options");
    this.sample = requireNonNull(sample, "sample");
    long budget = limits.maxDuration().toNanos();
    this.deadlineNanos = startNanos + budget;
    this.cancelled = options.cancellation().orElse(ParseContext::never);
  }

  private static boolean never() {
    return false;
  }

  /**
   * Returns a context whose clock starts now, with an empty sample.
   *
   * @param limits the limits
   * @param options the options
   * @return the context
   */
  public static ParseContext of(ParseLimits limits, ParseOptions options) {
    return of(limits, options, SourceSample.of(new byte[0], 0, null, false));
  }

  /**
   * Returns a context whose clock starts now.
   *
   * @param limits the limits
   * @param options the options
   * @param sample the first bytes of the input, as the facade read them for detection
   * @return the context
   * @since 0.2
   */
  public static ParseContext of(ParseLimits limits, ParseOptions options, SourceSample sample) {
    return new ParseContext(limits, options, sample, System.nanoTime());
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
   * Returns the first bytes of the input (at most {@link SourceSample#MAX_BYTES}), as the facade
   * read them to detect the format; the stream the parser gets still starts at the first byte.
   *
   * @return the sample, with {@link SourceSample#fileName()} when the caller named a file
   * @since 0.2
   */
  public SourceSample sample() {
    return sample;
  }

  /**
   * Throws when the parse has run past {@link ParseLimits#maxDuration()} or the caller cancelled.
   * Parsers with long loops that do not report transactions (such as PDF layout analysis) call it
   * now and then; the sink calls it every 256 transactions.
   *
   * @param position where the parser is, for the error
   * @throws LimitExceededException if the time is up
   * @throws BsaException with {@link ErrorCode#CANCELLED} if the caller cancelled
   */
  public void checkDeadline(SourcePosition position) {
    checkCancelled(position);
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new LimitExceededException("maxDuration", limits.maxDuration().toMillis(), position);
    }
  }

  /**
   * Throws when the caller cancelled the parse ({@link ParseOptions#cancellation()}).
   *
   * @param position where the parser is, for the error
   * @throws BsaException with {@link ErrorCode#CANCELLED} if the caller cancelled
   * @since 0.2
   */
  public void checkCancelled(SourcePosition position) {
    if (cancelled.getAsBoolean()) {
      throw new BsaException(ErrorCode.CANCELLED, "The parse was cancelled", position, null);
    }
  }

  /**
   * Creates a temporary file for a copy of the input, in the caller's {@linkplain
   * ParseOptions#tempDirectory() folder} or else {@code java.io.tmpdir}. The parser deletes it.
   *
   * @param prefix the file name prefix, such as {@code "bsa-csv-"}
   * @param suffix the suffix, such as {@code ".spool"}
   * @return the new, empty file, readable only by its owner where the file system allows
   * @throws IOException if it cannot be created
   * @since 0.2
   */
  public Path createTempFile(String prefix, String suffix) throws IOException {
    Path dir = options.tempDirectory().orElse(null);
    return dir == null
        ? Files.createTempFile(prefix, suffix)
        : Files.createTempFile(dir, prefix, suffix);
  }
}
