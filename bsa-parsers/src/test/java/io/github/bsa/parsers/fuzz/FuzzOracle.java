package io.github.bsa.parsers.fuzz;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.parsers.BsaParsers;
import java.time.Duration;

/**
 * The rule every fuzz and hostile input is held to: it ends in a parse or in a typed {@link
 * BsaException} that a parser threw on purpose, within the limits. A {@code BsaException} that only
 * wraps an unexpected runtime exception (today the analyzer's catch-all, "malformed
 * (NullPointerException)"; later an internal-error code) counts as a finding, as does any other
 * exception or error.
 */
final class FuzzOracle {
  /** Small limits so that one input stays cheap; a slow input trips {@code maxDuration}. */
  static final ParseLimits LIMITS =
      ParseLimits.builder()
          .maxBytes(1L << 20)
          .maxTransactions(20_000)
          .maxPages(20)
          .maxLineLength(64 * 1024)
          .maxDuration(Duration.ofSeconds(2))
          .build();

  /** Wall-clock bound per input: the time limit plus generous slack for a loaded machine. */
  private static final long MAX_MILLIS = 20_000;

  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).limits(LIMITS).build();

  private FuzzOracle() {}

  static StatementAnalyzer analyzer() {
    return ANALYZER;
  }

  /** Parses {@code data} as {@code format} (or detects the format when null) and checks the end. */
  static void parse(byte[] data, @org.jspecify.annotations.Nullable String format) {
    ParseOptions options =
        format == null ? ParseOptions.defaults() : ParseOptions.builder().format(format).build();
    long start = System.nanoTime();
    try {
      var unused = ANALYZER.parse(data, options);
    } catch (BsaException e) {
      requireDeliberate(e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis > MAX_MILLIS) {
      throw new AssertionError("Parsing took " + millis + " ms, past the time limit");
    }
  }

  /** Detection reads at most the sample and never throws. */
  static void detect(byte[] data) {
    try {
      var unused = ANALYZER.detect(data);
    } catch (BsaException e) {
      requireDeliberate(e);
    }
  }

  /** Fails when {@code e} is only a wrapper around an unexpected exception. */
  static void requireDeliberate(BsaException e) {
    if (e.errorCode().name().contains("INTERNAL")) {
      throw new AssertionError("Internal error instead of a deliberate typed error", e);
    }
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException
        && !(cause instanceof BsaException)
        && String.valueOf(e.getMessage()).endsWith("(" + cause.getClass().getSimpleName() + ")")) {
      throw new AssertionError("Unexpected exception wrapped by the analyzer's catch-all", e);
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof Error
          || t instanceof NullPointerException
          || t instanceof IndexOutOfBoundsException
          || t instanceof ClassCastException
          || t instanceof ArithmeticException
          || t instanceof NegativeArraySizeException) {
        throw new AssertionError("Programming error inside a typed error", e);
      }
    }
  }
}
