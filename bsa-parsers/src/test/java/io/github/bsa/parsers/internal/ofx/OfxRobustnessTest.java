package io.github.bsa.parsers.internal.ofx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.tck.ParserRobustnessKit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;

/** OFX 1 (SGML) and OFX 2 (XML) against the parser robustness kit. */
class OfxRobustnessTest {

  private static String sgml(int count, String name) {
    StringBuilder b =
        new StringBuilder(OfxParserTest.SGML_HEADER)
            .append("<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>EUR\n")
            .append("<BANKACCTFROM><BANKID>1<ACCTID>2<ACCTTYPE>CHECKING</BANKACCTFROM>\n")
            .append("<BANKTRANLIST><DTSTART>20240101<DTEND>20240131\n");
    for (int i = 0; i < count; i++) {
      b.append("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-1.00<FITID>F")
          .append(i)
          .append("<NAME>")
          .append(name)
          .append("</STMTTRN>\n");
    }
    return b.append("</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n").toString();
  }

  private static String xml(int count, String name) {
    StringBuilder b =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\"?>\n")
            .append("<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STMTRS>")
            .append("<CURDEF>EUR</CURDEF><BANKACCTFROM><BANKID>1</BANKID><ACCTID>2</ACCTID>")
            .append("<ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>\n<BANKTRANLIST>")
            .append("<DTSTART>20240101</DTSTART><DTEND>20240131</DTEND>\n");
    for (int i = 0; i < count; i++) {
      b.append("<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240105</DTPOSTED>")
          .append("<TRNAMT>-1.00</TRNAMT><FITID>F")
          .append(i)
          .append("</FITID><NAME>")
          .append(name)
          .append("</NAME></STMTTRN>\n");
    }
    return b.append("</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n").toString();
  }

  private static String investment(int count, String name) {
    StringBuilder b =
        new StringBuilder(OfxParserTest.SGML_HEADER)
            .append("<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>1<INVSTMTRS><CURDEF>USD\n")
            .append("<INVACCTFROM><BROKERID>b<ACCTID>2</INVACCTFROM>\n")
            .append("<INVTRANLIST><DTSTART>20240101<DTEND>20240131\n");
    for (int i = 0; i < count; i++) {
      if (i % 2 == 0) {
        b.append("<INVBANKTRAN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240105<TRNAMT>1.00<FITID>F")
            .append(i)
            .append("<NAME>")
            .append(name)
            .append("</STMTTRN><SUBACCTFUND>CASH</INVBANKTRAN>\n");
      } else {
        b.append("<INCOME><INVTRAN><FITID>F")
            .append(i)
            .append("<DTTRADE>20240106</INVTRAN><SECID><UNIQUEID>S1<UNIQUEIDTYPE>CUSIP</SECID>")
            .append("<INCOMETYPE>DIV<TOTAL>0.50<SUBACCTFUND>CASH</INCOME>\n");
      }
    }
    return b.append("</INVTRANLIST><INVBAL><AVAILCASH>10</INVBAL></INVSTMTRS></INVSTMTTRNRS>")
        .append("</INVSTMTMSGSRSV1>\n<SECLISTMSGSRSV1><SECLIST><STOCKINFO><SECINFO><SECID>")
        .append("<UNIQUEID>S1<UNIQUEIDTYPE>CUSIP</SECID><SECNAME>ACME<TICKER>A</SECINFO>")
        .append("</STOCKINFO></SECLIST></SECLISTMSGSRSV1></OFX>\n")
        .toString();
  }

  /**
   * A truncated OFX file is accepted only when nothing was lost (every transaction and the ledger
   * balance); otherwise the error names its position.
   */
  private static void checkOfxTruncated(
      ParserRobustnessKit.Sample sample,
      @Nullable ParseResult result,
      @Nullable BsaException error) {
    if (result != null) {
      ParseResult whole = OfxParserTest.parse(sample.bytes());
      assertThat(result.statements()).hasSize(1);
      assertThat(result.statements().get(0).transactions())
          .isEqualTo(whole.statements().get(0).transactions());
      assertThat(result.statements().get(0).closingBalance())
          .isEqualTo(whole.statements().get(0).closingBalance());
    } else if (error instanceof StatementParseException e) {
      assertThat(e.position().isKnown()).as("position of %s", e).isTrue();
    } else if (error != null) {
      assertThat(error.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
    }
  }

  /** The kit for one OFX dialect: a hand-written sample and a generator of statements. */
  private abstract static class Dialect extends ParserRobustnessKit {
    private final String name;
    private final String sample;
    private final BiFunction<Integer, String, String> generator;

    Dialect(String name, String sample, BiFunction<Integer, String, String> generator) {
      this.name = name;
      this.sample = sample;
      this.generator = generator;
    }

    @Override
    protected StatementParserProvider provider() {
      return new OfxParserProvider();
    }

    @Override
    protected List<Sample> samples() {
      return List.of(Sample.of(name, sample), Sample.of(name + "-3", generator.apply(3, "Shop")));
    }

    @Override
    protected byte[] largeInput() {
      return generator.apply(12_000, "Shop").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected byte[] longLineInput(int length) {
      return generator.apply(1, "x".repeat(length)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void checkTruncated(
        Sample sample, byte[] input, @Nullable ParseResult result, @Nullable BsaException error) {
      checkOfxTruncated(sample, result, error);
    }
  }

  /** OFX 1.x, SGML. */
  @Nested
  final class Ofx1 extends Dialect {
    Ofx1() {
      super("sgml", OfxParserTest.SGML, OfxRobustnessTest::sgml);
    }
  }

  /** OFX 2.x, XML. */
  @Nested
  final class Ofx2 extends Dialect {
    Ofx2() {
      super("xml", OfxParserTest.XML, OfxRobustnessTest::xml);
    }
  }

  /** OFX 1.x investment statement, its cash side (issue #16). */
  @Nested
  final class Investment extends Dialect {
    Investment() {
      super("investment", OfxInvestmentTest.SGML_BROKER, OfxRobustnessTest::investment);
    }
  }
}
