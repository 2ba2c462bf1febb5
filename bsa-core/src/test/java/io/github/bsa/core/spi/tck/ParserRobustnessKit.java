package io.github.bsa.core.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.spi.StatementParserProvider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The robustness kit every {@link StatementParserProvider} should pass, in the manner of the
 * storage compatibility kit: garbage, mutated and truncated input, 1-3-byte reads, and each {@link
 * ParseLimits} limit. Every outcome must be a {@link ParseResult} or a typed {@link BsaException};
 * never an {@link IllegalArgumentException} (that would tell the caller they erred), never a parser
 * bug ({@link NullPointerException}, an index error, ...) wrapped or not, and never an {@link
 * Error}. Extend it and supply the provider and a few valid samples:
 *
 * <pre>{@code
 * final class QifRobustnessTest extends ParserRobustnessKit {
 *   protected StatementParserProvider provider() { return new QifParserProvider(); }
 *   protected List<Sample> samples() { return List.of(Sample.of("bank", BANK)); }
 *   protected byte[] largeInput() { ... } // a valid input with more than 10,000 records
 *   protected byte[] longLineInput(int length) { ... } // a valid input with a line this long
 * }
 * }</pre>
 *
 * <p>Truncation: inputs up to {@link #everyCutLimit()} bytes (8 KiB by default) are cut at every
 * byte; longer ones at every byte of their first 4 KiB and last 1 KiB, and at 256 evenly spaced
 * cuts in between (see {@link #cuts(int)}).
 *
 * <p>The input is always parsed through {@link StatementAnalyzer} with only the provider under
 * test, with the format forced, so that the parser (not detection) sees every input.
 *
 * @since 0.2
 */
public abstract class ParserRobustnessKit {

  /** The exceptions that mean a parser bug, anywhere in a cause chain. */
  private static final List<Class<? extends Throwable>> BUGS =
      List.of(
          NullPointerException.class,
          IndexOutOfBoundsException.class,
          ClassCastException.class,
          ArithmeticException.class,
          IllegalStateException.class,
          NoSuchElementException.class,
          UnsupportedOperationException.class,
          ConcurrentModificationException.class,
          NegativeArraySizeException.class,
          ArrayStoreException.class,
          Error.class);

  /** The bytes a mutation inserts: digits and the separators most formats use. */
  private static final String INSERTS = "0123456789:;,.-<>/\"'\n\r\t ";

  /**
   * A named valid input.
   *
   * @param name a short name for failure messages
   * @param bytes the input
   */
  @SuppressWarnings("ArrayRecordComponent") // copied in and out, never shared
  public record Sample(String name, byte[] bytes) {
    /** Copies the bytes. */
    public Sample {
      bytes = bytes.clone();
    }

    /**
     * Returns a sample.
     *
     * @param name the name
     * @param bytes the input
     * @return the sample
     */
    public static Sample of(String name, byte[] bytes) {
      return new Sample(name, bytes);
    }

    /**
     * Returns a sample of UTF-8 text.
     *
     * @param name the name
     * @param text the input
     * @return the sample
     */
    public static Sample of(String name, String text) {
      return new Sample(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /**
   * Returns the provider under test.
   *
   * @return a new provider
   */
  protected abstract StatementParserProvider provider();

  /**
   * Returns valid inputs that parse without error, at least one, with at least one sample holding
   * two or more transactions.
   *
   * @return the samples
   */
  protected abstract List<Sample> samples();

  /**
   * Returns a valid input large enough that the parser checks its deadline at least once (parsers
   * check it every few thousand records or once per page): for record formats, more than 10,000
   * records.
   *
   * @return the input
   */
  protected abstract byte[] largeInput();

  /**
   * Returns a valid input holding one line (or, for XML, one text value) of at least {@code length}
   * characters, or {@code null} when the format has no lines (PDF: its size is bounded by pages
   * instead, see {@link #pagedFormat()}).
   *
   * @param length the length of the long line
   * @return the input, or {@code null}
   */
  protected abstract byte @Nullable [] longLineInput(int length);

  /**
   * Returns whether the format is bounded by {@link ParseLimits#maxPages()} (PDF) instead of {@link
   * ParseLimits#maxLineLength()}.
   *
   * @return {@code true} for paged formats
   */
  protected boolean pagedFormat() {
    return false;
  }

  /**
   * Returns the options for every parse: the format forced by default. Override to add options.
   *
   * @return the options
   */
  protected ParseOptions options() {
    return ParseOptions.builder().format(provider().formatId()).build();
  }

  /**
   * Checks what a truncated sample gave, beyond the kit's rule that it is a result or a typed error
   * hiding no bug. Override to assert more of a format: that an error names its position, or that a
   * result holds only complete records. Does nothing by default.
   *
   * @param sample the whole sample
   * @param input the truncated input
   * @param result the result, or {@code null} when the parse failed
   * @param error the typed error, or {@code null} when the parse succeeded
   */
  protected void checkTruncated(
      Sample sample, byte[] input, @Nullable ParseResult result, @Nullable BsaException error) {}

  /**
   * Returns the input length up to which truncation cuts at every byte.
   *
   * @return the limit, 8 KiB by default
   */
  protected int everyCutLimit() {
    return 8 << 10;
  }

  /**
   * Returns the cut points for an input of the given length: every byte up to {@link
   * #everyCutLimit()}; for longer inputs every byte of the first 4 KiB and the last 1 KiB and 256
   * evenly spaced cuts in between.
   *
   * @param length the input length
   * @return the lengths to cut the input to, ascending, each below {@code length}
   */
  protected IntStream cuts(int length) {
    if (length <= everyCutLimit()) {
      return IntStream.range(0, length);
    }
    int head = 4 << 10;
    int tail = length - (1 << 10);
    int stride = Math.max(1, (tail - head) / 256);
    return IntStream.concat(
        IntStream.concat(
            IntStream.range(0, head), IntStream.iterate(head, i -> i < tail, i -> i + stride)),
        IntStream.range(tail, length));
  }

  private StatementAnalyzer analyzer(ParseLimits limits) {
    return StatementAnalyzer.builder().parsers(List.of(provider())).limits(limits).build();
  }

  private List<Sample> validSamples() {
    List<Sample> samples = samples();
    assertThat(samples).as("samples()").isNotEmpty();
    return samples;
  }

  /** Every sample parses, whole, and the kit's premise (some sample has two transactions) holds. */
  @Test
  void samplesParse() {
    StatementAnalyzer analyzer = analyzer(ParseLimits.defaults());
    int most = 0;
    for (Sample sample : validSamples()) {
      ParseResult result = analyzer.parse(sample.bytes(), options());
      assertThat(result.format()).as(sample.name()).isEqualTo(provider().formatId());
      most = Math.max(most, result.transactionCount());
    }
    assertThat(most).as("transactions in the largest sample").isGreaterThanOrEqualTo(2);
  }

  /** Empty input, random bytes, text and binary noise, each sample reversed. */
  @TestFactory
  Stream<DynamicTest> garbageIsParsedOrRefusedTyped() {
    List<byte[]> inputs = new ArrayList<>();
    inputs.add(new byte[0]);
    inputs.add("\n".getBytes(StandardCharsets.US_ASCII));
    inputs.add("hello\nworld\n".getBytes(StandardCharsets.US_ASCII));
    inputs.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    inputs.add(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0x3C});
    inputs.add("<?xml version=\"1.0\"?><a><b>".getBytes(StandardCharsets.US_ASCII));
    inputs.add("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    Random random = new Random(17);
    for (int size : new int[] {1, 7, 100, 4096, 65536}) {
      byte[] noise = new byte[size];
      random.nextBytes(noise);
      inputs.add(noise);
      byte[] text = new byte[size];
      for (int i = 0; i < size; i++) {
        text[i] = (byte) (random.nextInt(10) == 0 ? '\n' : 32 + random.nextInt(95));
      }
      inputs.add(text);
    }
    for (Sample sample : validSamples()) {
      byte[] reversed = sample.bytes();
      for (int i = 0, j = reversed.length - 1; i < j; i++, j--) {
        byte t = reversed[i];
        reversed[i] = reversed[j];
        reversed[j] = t;
      }
      inputs.add(reversed);
      // the sample's own head followed by noise
      byte[] head = Arrays.copyOf(sample.bytes(), Math.min(64, sample.bytes().length) + 512);
      for (int i = Math.min(64, sample.bytes().length); i < head.length; i++) {
        head[i] = (byte) random.nextInt(256);
      }
      inputs.add(head);
    }
    StatementAnalyzer analyzer = analyzer(ParseLimits.defaults());
    return IntStream.range(0, inputs.size())
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    "garbage " + i + " (" + inputs.get(i).length + " bytes)",
                    () -> {
                      assertTyped("garbage " + i, analyzer, inputs.get(i), options());
                      assertTyped(
                          "garbage " + i + ", detected",
                          analyzer,
                          inputs.get(i),
                          ParseOptions.defaults());
                    }));
  }

  /**
   * Each sample with 200 seeded random mutations (flipped, dropped, inserted and swapped bytes).
   */
  @TestFactory
  Stream<DynamicTest> mutatedInputIsParsedOrRefusedTyped() {
    StatementAnalyzer analyzer = analyzer(ParseLimits.defaults());
    return validSamples().stream()
        .map(
            sample ->
                DynamicTest.dynamicTest(
                    "mutated " + sample.name(),
                    () -> {
                      Random random = new Random(sample.name().hashCode());
                      for (int round = 0; round < 200; round++) {
                        byte[] mutant = mutate(sample.bytes(), random, 1 + round % 8);
                        assertTyped(
                            sample.name() + " mutant " + round, analyzer, mutant, options());
                      }
                    }));
  }

  private static byte[] mutate(byte[] in, Random random, int edits) {
    byte[] out = in;
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = (byte) random.nextInt(256);
        case 1 -> {
          byte[] shorter = new byte[out.length - 1];
          System.arraycopy(out, 0, shorter, 0, at);
          System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
          out = shorter;
        }
        case 2 -> {
          byte[] longer = new byte[out.length + 1];
          System.arraycopy(out, 0, longer, 0, at);
          longer[at] = (byte) INSERTS.charAt(random.nextInt(INSERTS.length()));
          System.arraycopy(out, at, longer, at + 1, out.length - at);
          out = longer;
        }
        default -> {
          int other = random.nextInt(out.length);
          byte t = out[at];
          out[at] = out[other];
          out[other] = t;
        }
      }
    }
    return out;
  }

  /** Each sample cut short at every byte (see {@link #cuts(int)}). */
  @TestFactory
  Stream<DynamicTest> truncatedInputIsParsedOrRefusedTyped() {
    StatementAnalyzer analyzer = analyzer(ParseLimits.defaults());
    return validSamples().stream()
        .map(
            sample ->
                DynamicTest.dynamicTest(
                    "truncated " + sample.name(),
                    () -> {
                      byte[] all = sample.bytes();
                      cuts(all.length)
                          .forEach(
                              n -> {
                                String what = sample.name() + " cut at " + n;
                                byte[] cut = Arrays.copyOf(all, n);
                                Outcome outcome = assertTyped(what, analyzer, cut, options());
                                try {
                                  checkTruncated(sample, cut, outcome.result(), outcome.error());
                                } catch (AssertionError e) {
                                  throw new AssertionError(what + ": " + e.getMessage(), e);
                                }
                              });
                    }));
  }

  /** Reads of 1-3 bytes at a time (three seeds) give what one whole read gives. */
  @TestFactory
  Stream<DynamicTest> throttledReadsGiveTheSameResult() {
    StatementAnalyzer analyzer = analyzer(ParseLimits.defaults());
    return validSamples().stream()
        .map(
            sample ->
                DynamicTest.dynamicTest(
                    "throttled " + sample.name(),
                    () -> {
                      List<Object> whole = fingerprint(analyzer.parse(sample.bytes(), options()));
                      for (long seed = 1; seed <= 3; seed++) {
                        InputStream slow =
                            new ThrottledInputStream(
                                new ByteArrayInputStream(sample.bytes()), seed);
                        ParseResult throttled =
                            analyzer.parse(slow, null, options(), ParseListener.NONE);
                        assertThat(fingerprint(throttled))
                            .as("%s, seed %d", sample.name(), seed)
                            .isEqualTo(whole);
                      }
                    }));
  }

  /** {@link ParseLimits#maxBytes()} one byte below a sample's size. */
  @Test
  void maxBytesEndsInLimitExceeded() {
    Sample sample = largestSample();
    int size = sample.bytes().length;
    assertLimit(
        "maxBytes", ParseLimits.builder().maxBytes(size - 1L).build(), sample.bytes(), options());
  }

  /** {@link ParseLimits#maxTransactions()} of one, on the sample with the most transactions. */
  @Test
  void maxTransactionsEndsInLimitExceeded() {
    assertLimit(
        "maxTransactions",
        ParseLimits.builder().maxTransactions(1).build(),
        mostTransactions().bytes(),
        options());
    assertLimit(
        "maxTransactions",
        ParseLimits.builder().maxTransactions(100).build(),
        largeInput(),
        options());
  }

  /** {@link ParseLimits#maxLineLength()} (or {@link ParseLimits#maxPages()} for paged formats). */
  @Test
  void maxLineLengthOrPagesEndsInLimitExceeded() {
    if (pagedFormat()) {
      assertLimit("maxPages", ParseLimits.builder().maxPages(1).build(), largeInput(), options());
      return;
    }
    int limit = 2048;
    byte[] input =
        Objects.requireNonNull(
            longLineInput(limit * 4), "longLineInput() of a line-oriented format returned null");
    var unused =
        analyzer(ParseLimits.defaults()).parse(input, options()); // valid under the default limit
    assertLimit(
        "maxLineLength", ParseLimits.builder().maxLineLength(limit).build(), input, options());
  }

  /** {@link ParseLimits#maxDuration()} of one nanosecond, on the large input. */
  @Test
  void maxDurationEndsInLimitExceeded() {
    byte[] input = largeInput();
    var unused =
        analyzer(ParseLimits.defaults()).parse(input, options()); // valid under the default limits
    assertLimit(
        "maxDuration",
        ParseLimits.builder().maxDuration(Duration.ofNanos(1)).build(),
        input,
        options());
  }

  private Sample largestSample() {
    return validSamples().stream()
        .max((a, b) -> Integer.compare(a.bytes().length, b.bytes().length))
        .orElseThrow();
  }

  private Sample mostTransactions() {
    StatementAnalyzer analyzer = analyzer(ParseLimits.defaults());
    Function<Sample, Integer> count = s -> analyzer.parse(s.bytes(), options()).transactionCount();
    Sample best =
        validSamples().stream().max((a, b) -> count.apply(a) - count.apply(b)).orElseThrow();
    Assumptions.assumeTrue(count.apply(best) >= 2, "no sample with two transactions");
    return best;
  }

  private void assertLimit(String limit, ParseLimits limits, byte[] input, ParseOptions options) {
    try {
      var unused = analyzer(limits).parse(input, options);
      fail("%s: parsed although the limit was set to %s", limit, limits);
    } catch (LimitExceededException e) {
      assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
      assertThat(e.limit()).as("the limit named").isEqualTo(limit);
    } catch (BsaException e) {
      throw new AssertionError(limit + ": expected LIMIT_EXCEEDED, got " + e.errorCode(), e);
    }
  }

  /**
   * Parses the input and asserts the outcome is a result or a typed {@link BsaException} that hides
   * no parser bug.
   *
   * @param what the case, for the failure message
   * @param analyzer the analyzer
   * @param input the input
   * @param options the options
   */
  @CanIgnoreReturnValue
  private static Outcome assertTyped(
      String what, StatementAnalyzer analyzer, byte[] input, ParseOptions options) {
    try {
      return new Outcome(
          analyzer.parse(new ByteArrayInputStream(input), null, options, ParseListener.NONE), null);
    } catch (BsaException e) {
      assertNoBug(what, e);
      return new Outcome(null, e);
    } catch (RuntimeException | Error e) {
      throw new AssertionError(what + ": untyped " + e, e);
    }
  }

  /** A parse's result or its typed error. */
  private record Outcome(@Nullable ParseResult result, @Nullable BsaException error) {}

  private static void assertNoBug(String what, BsaException e) {
    if (e.errorCode() == ErrorCode.PARSER_FAILURE) {
      throw new AssertionError(what + ": internal error (a parser bug)", e);
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      for (Class<? extends Throwable> bug : BUGS) {
        if (bug.isInstance(t)) {
          throw new AssertionError(what + ": " + e.errorCode() + " hides a parser bug: " + t, e);
        }
      }
    }
  }

  /** What a parse produced, comparable with {@code equals}; {@code Statement} has no equals. */
  private static List<Object> fingerprint(ParseResult result) {
    List<Object> out = new ArrayList<>();
    out.add(result.format());
    out.add(result.sourceSha256());
    out.add(result.warnings());
    for (Statement s : result.statements()) {
      out.add(
          Arrays.asList(
              s.id(),
              s.account(),
              s.period(),
              s.currency(),
              s.openingBalance(),
              s.closingBalance(),
              s.availableBalance(),
              s.information(),
              s.balanceCheck(),
              s.transactions()));
    }
    return out;
  }
}
