package io.github.bsa.benchmarks;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.parsers.BsaParsers;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * QIF parsing throughput, streamed through the facade without retaining transactions: a file whose
 * day/month order is proven by its first record ({@code decided}) and one whose first half needs
 * holding back until a later date decides the order ({@code heldBack}), against a baseline that
 * only reads the lines.
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar QifParseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class QifParseBenchmark {
  @Param({"1000", "20000"})
  public int transactions;

  private byte[] decided = new byte[0];
  private byte[] heldBack = new byte[0];
  private final StatementAnalyzer analyzer =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
  private final ParseOptions options =
      ParseOptions.builder().format("qif").retainTransactions(false).build();

  /** Generates seeded QIF files. */
  @Setup
  public void setUp() {
    decided = generate(false).getBytes(StandardCharsets.UTF_8);
    heldBack = generate(true).getBytes(StandardCharsets.UTF_8);
  }

  private String generate(boolean ambiguousFirstHalf) {
    Random random = new Random(5);
    StringBuilder sb = new StringBuilder(transactions * 90);
    sb.append("!Account\nNChecking\nTBank\n^\n!Type:Bank\n");
    LocalDate base = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < transactions; i++) {
      LocalDate d;
      if (ambiguousFirstHalf && i < transactions / 2) {
        d = LocalDate.of(2024, 1 + (i % 12), 1 + (i % 12 == 0 ? 1 : 0)); // day <= 12
      } else {
        d = base.plusDays(12 + (i % 300));
      }
      long amount = random.nextInt(200_000) - 100_000L;
      sb.append('D')
          .append(d.getDayOfMonth())
          .append('/')
          .append(d.getMonthValue())
          .append('\'')
          .append(d.getYear())
          .append("\nT")
          .append(String.format("%,d.%02d", amount / 100, Math.abs(amount % 100)))
          .append("\nPMerchant ")
          .append(i % 97)
          .append("\nMCard payment ")
          .append(i)
          .append("\nN")
          .append(i)
          .append("\nLFood:Groceries\n^\n");
    }
    return sb.toString();
  }

  /**
   * Parses a file whose date order is known from the first record.
   *
   * @return the number of transactions
   */
  @Benchmark
  public long parseDecided() {
    return parse(decided);
  }

  /**
   * Parses a file whose first half waits for the date order.
   *
   * @return the number of transactions
   */
  @Benchmark
  public long parseHeldBack() {
    return parse(heldBack);
  }

  private long parse(byte[] bytes) {
    return Streaming.count(analyzer, bytes, options);
  }

  /**
   * Reads the lines of the file: the floor for any line-based parser.
   *
   * @return the number of lines
   * @throws IOException never
   */
  @Benchmark
  public long baseline() throws IOException {
    long lines = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(decided), StandardCharsets.UTF_8))) {
      while (r.readLine() != null) {
        lines++;
      }
    }
    return lines;
  }
}
