package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.core.event.BsaEventListener;
import io.github.bsa.core.internal.ParsePipeline;
import io.github.bsa.core.internal.ParserRegistry;
import io.github.bsa.core.internal.analysis.AnalysisEngine;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParserProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of bsa: detects the format of a bank statement, parses it into the {@link
 * io.github.bsa.core.model.Statement statement model} and verifies its balances.
 *
 * <pre>{@code
 * StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
 * ParseResult result = analyzer.parse(Path.of("statement.sta"));
 * for (Statement s : result.statements()) {
 *   System.out.println(s.balanceCheck().status() + " " + s.transactions().size());
 * }
 * }</pre>
 *
 * <p>Parsers are found with {@link java.util.ServiceLoader} (add {@code bsa-parsers} to the class
 * or module path) unless {@link Builder#parsers(List)} names them. A provider that fails to load is
 * skipped with a warning. Format detection asks every provider to {@linkplain
 * StatementParserProvider#probe probe} the first 8 KiB and picks the highest confidence, then the
 * higher {@linkplain StatementParserProvider#priority() priority}, then the smaller format id, so
 * the choice is deterministic.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 *
 * @since 0.1
 */
public final class StatementAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(StatementAnalyzer.class);

  private final Map<String, StatementParserProvider> providers;
  private final ParseLimits limits;
  private final BsaEventListener events;
  private final ParsePipeline pipeline;

  private StatementAnalyzer(
      Map<String, StatementParserProvider> providers, ParseLimits limits, BsaEventListener events) {
    this.providers = providers;
    this.limits = limits;
    this.events = events;
    this.pipeline = new ParsePipeline(providers, limits, this::detect);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ids of the formats this analyzer can parse, sorted.
   *
   * @return the format ids
   */
  public List<String> formats() {
    return List.copyOf(providers.keySet());
  }

  /**
   * Returns the limits every parse applies.
   *
   * @return the limits
   */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Detects the format of a file from its first bytes.
   *
   * @param file the file
   * @return the detected format and confidence
   * @throws UnsupportedFormatException if no parser recognises it
   * @throws BsaException with {@link ErrorCode#IO_FAILURE} if the file cannot be read
   */
  public FormatDetection detect(Path file) {
    requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new BsaException(
          ErrorCode.IO_FAILURE, "The input is a directory, not a file; name the files in it");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SourceSample.MAX_BYTES);
      boolean complete = in.read() < 0;
      return detect(SourceSample.of(head, head.length, fileName(file), complete));
    } catch (IOException e) {
      throw ioFailure(e);
    }
  }

  /**
   * Detects the format of bytes.
   *
   * @param bytes the input
   * @return the detected format and confidence
   * @throws UnsupportedFormatException if no parser recognises it
   */
  public FormatDetection detect(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    return detect(SourceSample.of(bytes));
  }

  /**
   * Detects the format of a sample.
   *
   * @param sample the first bytes of an input
   * @return the detected format and confidence
   * @throws UnsupportedFormatException if no parser recognises it
   */
  public FormatDetection detect(SourceSample sample) {
    requireNonNull(sample, "sample");
    StatementParserProvider best = null;
    ProbeResult bestResult = ProbeResult.NO;
    for (StatementParserProvider p : providers.values()) {
      ProbeResult r;
      try {
        r = p.probe(sample);
      } catch (RuntimeException e) {
        LOG.warn("Probe of format {} failed: {}", p.formatId(), e.toString());
        continue;
      }
      if (r == null || !r.isMatch()) {
        continue;
      }
      if (best == null
          || r.confidence() > bestResult.confidence()
          || (r.confidence() == bestResult.confidence() && p.priority() > best.priority())) {
        best = p;
        bestResult = r;
      }
    }
    if (best == null) {
      throw new UnsupportedFormatException(
          "No parser recognises this input; supported formats: " + providers.keySet(),
          List.copyOf(providers.keySet()));
    }
    return new FormatDetection(best.formatId(), bestResult.confidence());
  }

  /**
   * Parses a file with default options.
   *
   * @param file the file
   * @return the result
   * @throws BsaException if the file cannot be read, is of no known format, or is malformed
   */
  public ParseResult parse(Path file) {
    return parse(file, ParseOptions.defaults());
  }

  /**
   * Parses a file.
   *
   * @param file the file
   * @param options the options
   * @return the result
   * @throws BsaException if the file cannot be read, is of no known format, or is malformed
   */
  public ParseResult parse(Path file, ParseOptions options) {
    return parse(file, options, ParseListener.NONE);
  }

  /**
   * Parses a file, streaming transactions to a listener as they are read.
   *
   * @param file the file
   * @param options the options
   * @param listener receives transactions and statements in input order
   * @return the result
   * @throws BsaException if the file cannot be read, is of no known format, or is malformed
   */
  public ParseResult parse(Path file, ParseOptions options, ParseListener listener) {
    requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new BsaException(
          ErrorCode.IO_FAILURE, "The input is a directory, not a file; name the files in it");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, fileName(file), options, listener);
    } catch (NoSuchFileException e) {
      throw new BsaException(
          ErrorCode.IO_FAILURE, "The file does not exist", SourcePosition.UNKNOWN, e);
    } catch (IOException e) {
      throw ioFailure(e);
    }
  }

  /**
   * Parses bytes with default options.
   *
   * @param bytes the input
   * @return the result
   * @throws BsaException if the input is of no known format or is malformed
   */
  public ParseResult parse(byte[] bytes) {
    return parse(bytes, ParseOptions.defaults());
  }

  /**
   * Parses bytes.
   *
   * @param bytes the input
   * @param options the options
   * @return the result
   * @throws BsaException if the input is of no known format or is malformed
   */
  public ParseResult parse(byte[] bytes, ParseOptions options) {
    requireNonNull(bytes, "bytes");
    return parse(new ByteArrayInputStream(bytes), null, options, ParseListener.NONE);
  }

  /**
   * Parses a stream; the caller closes it.
   *
   * @param input the input
   * @param options the options
   * @return the result
   * @throws BsaException if the input cannot be read, is of no known format, or is malformed
   */
  public ParseResult parse(InputStream input, ParseOptions options) {
    return parse(input, null, options, ParseListener.NONE);
  }

  /**
   * Parses a stream, streaming transactions to a listener; the caller closes the stream.
   *
   * @param input the input
   * @param fileName the file name as a detection hint (no directories), or {@code null}
   * @param options the options
   * @param listener receives transactions and statements in input order
   * @return the result
   * @throws BsaException if the input cannot be read, is of no known format, or is malformed
   */
  public ParseResult parse(
      InputStream input, @Nullable String fileName, ParseOptions options, ParseListener listener) {
    requireNonNull(options, "options");
    long started = System.nanoTime();
    events.onEvent(new BsaEvent.ParseStarted(options.format().orElse(null)));
    try {
      ParseResult parsed = pipeline.parse(input, fileName, options, listener);
      events.onEvent(
          new BsaEvent.ParseFinished(
              parsed.format(),
              parsed.statements().size(),
              parsed.transactionCount(),
              Duration.ofNanos(System.nanoTime() - started)));
      return parsed;
    } catch (BsaException e) {
      events.onEvent(
          new BsaEvent.ParseFailed(
              e instanceof StatementParseException p ? p.formatId() : "unknown",
              e.errorCode(),
              Duration.ofNanos(System.nanoTime() - started)));
      throw e;
    } catch (RuntimeException e) {
      events.onEvent(
          new BsaEvent.ParseFailed("unknown", null, Duration.ofNanos(System.nanoTime() - started)));
      throw e;
    }
  }

  /**
   * Analyses statements with the default options: categories, cash flow, recurring payments,
   * income, daily balances, risk signals and a lender summary. Statements of several accounts may
   * be mixed; transfers between them are paired and left out of income and spending. Transactions
   * without an id (statements built by hand) get deterministic ids first. The result depends only
   * on the input, never on the clock.
   *
   * <pre>{@code
   * ParseResult parsed = analyzer.parse(Path.of("jan.sta"));
   * AnalysisReport report = analyzer.analyze(parsed.statements());
   * System.out.println(report.lenderSummary().averageMonthlyIncome());
   * }</pre>
   *
   * @param statements the statements
   * @return the report
   * @since 0.1
   */
  public AnalysisReport analyze(List<Statement> statements) {
    return analyze(statements, AnalysisOptions.defaults());
  }

  /**
   * Analyses statements.
   *
   * @param statements the statements
   * @param options user rules, reference date and thresholds
   * @return the report
   * @see #analyze(List)
   * @since 0.1
   */
  public AnalysisReport analyze(List<Statement> statements, AnalysisOptions options) {
    requireNonNull(statements, "statements");
    requireNonNull(options, "options");
    long start = System.nanoTime();
    AnalysisReport report = AnalysisEngine.analyze(statements, options);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Analysed {} statement(s), {} transaction(s) in {} ms",
          statements.size(),
          report.transactions().size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return report;
  }

  private static BsaException ioFailure(Exception e) {
    return ParsePipeline.ioFailure(e);
  }

  private static @Nullable String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? null : name.toString();
  }

  /** Builds a {@link StatementAnalyzer}. Not thread-safe. */
  public static final class Builder {
    private @Nullable List<StatementParserProvider> parsers;
    private final List<StatementParserProvider> extra = new ArrayList<>();
    private ParseLimits limits = ParseLimits.defaults();
    private @Nullable ClassLoader classLoader;
    private BsaEventListener events = BsaEventListener.NONE;

    private Builder() {}

    /**
     * Uses exactly these parsers instead of discovering them.
     *
     * @param value the providers
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder parsers(List<? extends StatementParserProvider> value) {
      this.parsers = List.copyOf(value);
      return this;
    }

    /**
     * Adds a parser to the discovered (or listed) ones.
     *
     * @param value the provider
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addParser(StatementParserProvider value) {
      extra.add(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the limits of every parse.
     *
     * @param value the limits
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder limits(ParseLimits value) {
      this.limits = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the class loader that discovery searches (default: the one that loaded bsa-core).
     *
     * @param value the class loader
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder classLoader(ClassLoader value) {
      this.classLoader = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the listener for parse events (started, finished, failed: format, counts, duration,
     * error code; no personal data). A listener that throws never breaks parsing.
     *
     * @param value the listener
     * @return this builder
     * @since 0.2
     */
    @CanIgnoreReturnValue
    public Builder events(BsaEventListener value) {
      this.events = BsaEventListener.guarded(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the analyzer, discovering parsers unless they were listed.
     *
     * @return the analyzer
     * @throws IllegalStateException if two parsers share a format id
     */
    public StatementAnalyzer build() {
      List<StatementParserProvider> all = new ArrayList<>();
      if (parsers != null) {
        all.addAll(parsers);
      } else {
        ClassLoader loader =
            classLoader != null ? classLoader : StatementAnalyzer.class.getClassLoader();
        all.addAll(ParserRegistry.discover(loader));
      }
      all.addAll(extra);
      return new StatementAnalyzer(ParserRegistry.index(all), limits, events);
    }
  }
}
