package io.github.bsa.core.internal;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.FormatDetection;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.internal.ids.TransactionIds;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One parse from bytes to {@link ParseResult}, the stages {@link StatementAnalyzer#parse} runs: the
 * input bounded by {@link ParseLimits#maxBytes()} and hashed as it is read, the sample for
 * detection, the format (forced or detected), the parser reporting into the {@link CollectingSink}
 * (which checks the protocol, assigns ids and computes periods and balance checks), and the error
 * funnel (bad input stays a typed {@link BsaException}; anything else a parser throws is a {@link
 * ErrorCode#PARSER_FAILURE}, logged at WARN without its message). Logs under {@link
 * StatementAnalyzer}'s name, as before this class was split from it. Immutable and thread-safe.
 */
public final class ParsePipeline {
  private static final Logger LOG = LoggerFactory.getLogger(StatementAnalyzer.class);

  private final Map<String, StatementParserProvider> providers;
  private final ParseLimits limits;
  private final Function<SourceSample, FormatDetection> detector;

  /**
   * Creates the pipeline.
   *
   * @param providers the parsers by format id
   * @param limits the limits of every parse
   * @param detector picks the format of a sample when the caller did not force one
   */
  public ParsePipeline(
      Map<String, StatementParserProvider> providers,
      ParseLimits limits,
      Function<SourceSample, FormatDetection> detector) {
    this.providers = providers;
    this.limits = limits;
    this.detector = detector;
  }

  /**
   * Parses a stream; the caller closes it.
   *
   * @param input the input
   * @param fileName the file name as a detection hint, or {@code null}
   * @param options the options
   * @param listener receives transactions and statements in input order
   * @return the result
   */
  public ParseResult parse(
      InputStream input, @Nullable String fileName, ParseOptions options, ParseListener listener) {
    requireNonNull(input, "input");
    requireNonNull(options, "options");
    requireNonNull(listener, "listener");
    long start = System.nanoTime();
    MessageDigest digest = TransactionIds.newSha256();
    BoundedInputStream bounded = new BoundedInputStream(input, limits.maxBytes(), digest);
    ParserInput in = new ParserInput(bounded);
    SourceSample sample;
    try {
      in.mark(SourceSample.MAX_BYTES + 1);
      byte[] head = in.readNBytes(SourceSample.MAX_BYTES);
      boolean complete = in.read() < 0;
      in.reset();
      sample = SourceSample.of(head, head.length, fileName, complete);
    } catch (BsaException e) {
      throw e;
    } catch (IOException | UncheckedIOException e) {
      throw ioFailure(e);
    }
    StatementParserProvider provider;
    double confidence;
    Optional<String> forced = options.format();
    if (forced.isPresent()) {
      provider = providers.get(forced.get());
      if (provider == null) {
        throw new IllegalArgumentException(
            "Unknown format '" + forced.get() + "'; known formats: " + providers.keySet());
      }
      confidence = 1.0;
    } else {
      if (sample.length() == 0 && sample.isComplete()) {
        throw new BsaException(
            ErrorCode.MALFORMED_INPUT,
            "The input is empty (0 bytes)",
            SourcePosition.ofLine(1),
            null);
      }
      FormatDetection detection = detector.apply(sample);
      provider = requireNonNull(providers.get(detection.formatId()));
      confidence = detection.confidence();
    }
    String formatId = provider.formatId();
    ParseContext context = ParseContext.of(limits, options, sample);
    CollectingSink sink = new CollectingSink(context, listener, formatId);
    try {
      StatementParser parser = provider.create(context);
      parser.parse(in, sink);
      sink.finish();
      bounded.drain();
    } catch (BsaException e) {
      throw e;
    } catch (IOException | UncheckedIOException e) {
      BsaException inner = findBsaCause(e);
      if (inner != null) {
        throw inner;
      }
      throw ioFailure(e);
    } catch (StackOverflowError e) {
      throw new StatementParseException(
          ErrorCode.MALFORMED_INPUT,
          formatId,
          "The input is nested too deeply",
          SourcePosition.UNKNOWN,
          null);
    } catch (RuntimeException e) {
      BsaException inner = findBsaCause(e);
      if (inner != null) {
        throw inner;
      }
      throw parserFailure(formatId, sink.position(), e);
    }
    ParseResult.Builder result =
        ParseResult.builder()
            .format(formatId)
            .confidence(confidence)
            .sourceSha256(TransactionIds.hex(digest.digest()))
            .statements(sink.statements());
    sink.warnings().forEach(result::addWarning);
    sink.properties().forEach(result::property);
    ParseResult parsed = result.build();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Parsed {} statement(s), {} transaction(s) as {} in {} ms (source {})",
          parsed.statements().size(),
          parsed.transactionCount(),
          formatId,
          (System.nanoTime() - start) / 1_000_000,
          parsed.sourceSha256().substring(0, 12));
    }
    return parsed;
  }

  /**
   * Wraps an exception no parser should throw: a bug, not bad input and not the caller's mistake.
   * Neither the log nor the exception carries the original message, which may quote the input; the
   * original stack trace is kept on a message-free cause for the bug report.
   */
  private static BsaException parserFailure(
      String formatId, SourcePosition position, RuntimeException e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "unknown" : trace[0].toString();
    LOG.warn(
        "Parser {} failed unexpectedly near {} with {} at {}",
        formatId,
        position,
        e.getClass().getName(),
        where);
    RuntimeException scrubbed = new RuntimeException(e.getClass().getName());
    scrubbed.setStackTrace(trace);
    return new StatementParseException(
        ErrorCode.PARSER_FAILURE,
        formatId,
        "The "
            + formatId
            + " parser failed unexpectedly ("
            + e.getClass().getSimpleName()
            + "); this is a bug in the parser, not in the input or the call",
        position,
        scrubbed);
  }

  private static @Nullable BsaException findBsaCause(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof BsaException b) {
        return b;
      }
    }
    return null;
  }

  /**
   * Returns the error for an input that could not be read.
   *
   * @param e what reading threw
   * @return the typed error
   */
  public static BsaException ioFailure(Exception e) {
    return new BsaException(
        ErrorCode.IO_FAILURE,
        "Reading the input failed: " + e.getClass().getSimpleName(),
        SourcePosition.UNKNOWN,
        e);
  }
}
