package io.github.bsa.benchmarks;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.parsers.BsaParsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * OFX parsing throughput: OFX 1.x SGML (unclosed leaves) and OFX 2.x XML, streamed through the
 * facade without retaining transactions, against a baseline that only decodes the bytes.
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar OfxParseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class OfxParseBenchmark {
  @Param({"1000", "20000"})
  public int transactions;

  private byte[] sgml = new byte[0];
  private byte[] xml = new byte[0];
  private final StatementAnalyzer analyzer =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
  private final ParseOptions options =
      ParseOptions.builder().format("ofx").retainTransactions(false).build();

  /** Generates seeded SGML and XML statements. */
  @Setup
  public void setUp() {
    sgml = generate(false).getBytes(StandardCharsets.UTF_8);
    xml = generate(true).getBytes(StandardCharsets.UTF_8);
  }

  private String generate(boolean closed) {
    Random random = new Random(11);
    StringBuilder sb = new StringBuilder(transactions * 220);
    if (closed) {
      sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<?OFX OFXHEADER=\"200\" VERSION=\"220\" SECURITY=\"NONE\"?>\n");
    } else {
      sb.append("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n")
          .append("CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n");
    }
    sb.append("<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1")
        .append(closed ? "</TRNUID>" : "")
        .append("<STMTRS>");
    leaf(sb, "CURDEF", "EUR", closed);
    sb.append("<BANKACCTFROM>");
    leaf(sb, "BANKID", "12345678", closed);
    leaf(sb, "ACCTID", "0001234567", closed);
    leaf(sb, "ACCTTYPE", "CHECKING", closed);
    sb.append("</BANKACCTFROM>\n<BANKTRANLIST>");
    leaf(sb, "DTSTART", "20240101", closed);
    leaf(sb, "DTEND", "20241231", closed);
    sb.append('\n');
    LocalDate date = LocalDate.of(2024, 1, 1);
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    long cents = 0;
    for (int i = 0; i < transactions; i++) {
      long amount = random.nextInt(200_000) - 100_000L;
      cents += amount;
      sb.append("<STMTTRN>");
      leaf(sb, "TRNTYPE", amount < 0 ? "DEBIT" : "CREDIT", closed);
      leaf(sb, "DTPOSTED", date.plusDays(i / 300).format(f) + "120000.000[-5:EST]", closed);
      leaf(sb, "TRNAMT", String.format("%d.%02d", amount / 100, Math.abs(amount % 100)), closed);
      leaf(sb, "FITID", "F" + i, closed);
      leaf(sb, "NAME", "Merchant &amp; Co " + (i % 97), closed);
      leaf(sb, "MEMO", "Card payment " + i, closed);
      sb.append("</STMTTRN>\n");
    }
    sb.append("</BANKTRANLIST><LEDGERBAL>");
    leaf(sb, "BALAMT", String.format("%d.%02d", cents / 100, Math.abs(cents % 100)), closed);
    leaf(sb, "DTASOF", "20241231", closed);
    sb.append("</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
    return sb.toString();
  }

  private static void leaf(StringBuilder sb, String name, String value, boolean closed) {
    sb.append('<').append(name).append('>').append(value);
    if (closed) {
      sb.append("</").append(name).append('>');
    }
  }

  /**
   * Parses the OFX 1.x SGML input.
   *
   * @return the number of transactions
   */
  @Benchmark
  public long parseSgml() {
    return parse(sgml);
  }

  /**
   * Parses the OFX 2.x XML input.
   *
   * @return the number of transactions
   */
  @Benchmark
  public long parseXml() {
    return parse(xml);
  }

  private long parse(byte[] bytes) {
    return Streaming.count(analyzer, bytes, options);
  }

  /**
   * Decodes the SGML bytes and counts tags: the floor for any parser.
   *
   * @return the number of tags
   * @throws IOException never
   */
  @Benchmark
  public long baseline() throws IOException {
    long tags = 0;
    try (Reader r = new InputStreamReader(new ByteArrayInputStream(sgml), StandardCharsets.UTF_8)) {
      char[] buf = new char[8192];
      int n;
      while ((n = r.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '<') {
            tags++;
          }
        }
      }
    }
    return tags;
  }
}
