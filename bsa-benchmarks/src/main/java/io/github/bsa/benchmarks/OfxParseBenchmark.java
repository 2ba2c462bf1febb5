package io.github.bsa.benchmarks;

import com.webcohesion.ofx4j.domain.data.MessageSetType;
import com.webcohesion.ofx4j.domain.data.ResponseEnvelope;
import com.webcohesion.ofx4j.domain.data.banking.BankStatementResponseTransaction;
import com.webcohesion.ofx4j.domain.data.banking.BankingResponseMessageSet;
import com.webcohesion.ofx4j.io.AggregateUnmarshaller;
import com.webcohesion.ofx4j.io.OFXParseException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.parsers.BsaParsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * OFX parsing: OFX 1.x SGML (unclosed leaves, {@code dialect=sgml}) and OFX 2.x XML ({@code
 * dialect=xml}), streamed through bsa's public API without retaining transactions, against ofx4j
 * ({@code AggregateUnmarshaller<ResponseEnvelope>}, then every transaction's type, date, amount,
 * id, name and memo read) and a plain byte loop as the floor, on the same bytes in the same run.
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
  @Param({"1000"})
  public int transactions;

  @Param({"sgml", "xml"})
  public String dialect = "sgml";

  byte[] input = new byte[0];
  private final StatementAnalyzer analyzer =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
  private final ParseOptions options =
      ParseOptions.builder().format("ofx").retainTransactions(false).build();

  /** Generates the seeded SGML or XML statement. */
  @Setup
  public void setUp() {
    input = generate(dialect.equals("xml")).getBytes(StandardCharsets.UTF_8);
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
   * Parses the input through bsa's public API, streaming.
   *
   * @return the number of transactions and statements
   */
  @Benchmark
  public long bsa() {
    return Streaming.count(analyzer, input, options);
  }

  /**
   * ofx4j: unmarshals the whole response and reads every transaction.
   *
   * @throws IOException never
   * @throws OFXParseException never
   */
  @Benchmark
  public void ofx4j(Blackhole bh) throws IOException, OFXParseException {
    AggregateUnmarshaller<ResponseEnvelope> unmarshaller =
        new AggregateUnmarshaller<>(ResponseEnvelope.class);
    ResponseEnvelope envelope = unmarshaller.unmarshal(new ByteArrayInputStream(input));
    BankingResponseMessageSet set =
        (BankingResponseMessageSet) envelope.getMessageSet(MessageSetType.banking);
    for (BankStatementResponseTransaction response : set.getStatementResponses()) {
      for (com.webcohesion.ofx4j.domain.data.common.Transaction t :
          response.getMessage().getTransactionList().getTransactions()) {
        bh.consume(t.getTransactionType());
        bh.consume(t.getDatePosted());
        bh.consume(t.getAmount());
        bh.consume(t.getId());
        bh.consume(t.getName());
        bh.consume(t.getMemo());
      }
    }
  }

  /**
   * The floor: one loop over the bytes.
   *
   * @return the number of line feeds
   */
  @Benchmark
  public long floor() {
    return Floor.lineFeeds(input);
  }
}
