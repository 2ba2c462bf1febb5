package io.github.bsa.benchmarks;

import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field62F;
import com.prowidesoftware.swift.model.field.Field86;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.parsers.BsaParsers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The MT940 parser on a generated file of German-style statements (SEPA {@code ?NN} sub-fields in
 * every {@code :86:}, {@code perStatement} transactions per statement), streaming without retaining
 * transactions, against Prowide {@code pw-swift-core} (each message parsed with {@code
 * MT940.parse}, then every typed field read: dates, amounts, marks, references, narratives) and a
 * plain byte loop as the floor, on the same bytes in the same run.
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar Mt940ParseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class Mt940ParseBenchmark {
  @Param({"10000"})
  public int transactions;

  @Param({"500"})
  public int perStatement;

  byte[] input = new byte[0];
  private final StatementAnalyzer analyzer =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
  private final ParseOptions options =
      ParseOptions.builder().format("mt940").retainTransactions(false).build();

  /** Builds the seeded input. */
  @Setup
  public void setUp() {
    Random random = new Random(940);
    StringBuilder sb = new StringBuilder(transactions * 260);
    long balance = 1_000_000;
    for (int s = 0; s * perStatement < transactions; s++) {
      sb.append("{1:F01BENCDEFFAXXX0000000000}{2:I940BENCDEFFXXXXN}{4:\r\n");
      sb.append(":20:STMT").append(s).append("\r\n");
      sb.append(":25:DE89370400440532013000\r\n");
      sb.append(":28C:").append(s + 1).append("/1\r\n");
      sb.append(":60F:").append(balance < 0 ? 'D' : 'C').append("240102EUR");
      sb.append(money(Math.abs(balance))).append("\r\n");
      int n = Math.min(perStatement, transactions - s * perStatement);
      for (int i = 0; i < n; i++) {
        long cents = 100L + random.nextInt(500_000);
        boolean debit = random.nextBoolean();
        balance += debit ? -cents : cents;
        sb.append(":61:2401020102").append(debit ? 'D' : 'C').append(money(cents));
        sb.append("NTRFNONREF//B").append(s).append('-').append(i).append("\r\n");
        sb.append(":86:166?00GUTSCHRIFT?109310?20EREF+E2E")
            .append(i)
            .append("?21SVWZ+Invoice ")
            .append(random.nextInt(100_000))
            .append(" customer\r\n?22number ")
            .append(i)
            .append("?30COBADEFFXXX?31DE02120300000000202051?32Example Counterparty GmbH\r\n");
      }
      sb.append(":62F:").append(balance < 0 ? 'D' : 'C').append("240102EUR");
      sb.append(money(Math.abs(balance))).append("\r\n-}\r\n");
    }
    input = sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String money(long cents) {
    return String.format(Locale.ROOT, "%d,%02d", cents / 100, cents % 100);
  }

  /** Parses the whole file through bsa's public API, streaming. */
  @Benchmark
  public long bsa() {
    return Streaming.count(analyzer, input, options);
  }

  /**
   * Prowide: splits the file into its messages, parses each with {@code MT940.parse} and reads the
   * typed fields a statement import needs.
   */
  @Benchmark
  public void prowide(Blackhole bh) {
    String text = new String(input, StandardCharsets.US_ASCII);
    int from = 0;
    while (true) {
      int start = text.indexOf("{1:", from);
      if (start < 0) {
        break;
      }
      int end = text.indexOf("-}", start) + 2;
      MT940 mt = MT940.parse(text.substring(start, end));
      Field60F opening = mt.getField60F();
      bh.consume(opening.getDateAsCalendar());
      bh.consume(opening.getAmountAsBigDecimal());
      bh.consume(opening.getCurrency());
      for (Field61 line : mt.getField61()) {
        bh.consume(line.getValueDateAsCalendar());
        bh.consume(line.getEntryDate());
        bh.consume(line.getDebitCreditMark());
        bh.consume(line.getAmountAsBigDecimal());
        bh.consume(line.getReferenceForTheAccountOwner());
      }
      for (Field86 info : mt.getField86()) {
        bh.consume(info.getNarrative());
      }
      Field62F closing = mt.getField62F();
      bh.consume(closing.getAmountAsBigDecimal());
      bh.consume(closing.getDCMark());
      from = end;
    }
  }

  /** The floor: one loop over the bytes. */
  @Benchmark
  public long floor() {
    return Floor.lineFeeds(input);
  }
}
