package io.github.bsa.parsers.internal.ofx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.UnsupportedFormatException;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.parsers.BsaParsers;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class OfxParserTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();

  static final String SGML_HEADER =
      String.join(
          "\r\n",
          "OFXHEADER:100",
          "DATA:OFXSGML",
          "VERSION:102",
          "SECURITY:NONE",
          "ENCODING:USASCII",
          "CHARSET:1252",
          "COMPRESSION:NONE",
          "OLDFILEUID:NONE",
          "NEWFILEUID:NONE",
          "",
          "");

  static final String SGML =
      SGML_HEADER
          + "<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
          + "<DTSERVER>20240131120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n"
          + "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n"
          + "<STMTRS><CURDEF>EUR\n<BANKACCTFROM><BANKID>12345<ACCTID>987654<ACCTTYPE>CHECKING"
          + "</BANKACCTFROM>\n<BANKTRANLIST><DTSTART>20240101<DTEND>20240131120000.000[-5:EST]\n"
          + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<DTUSER>20240104<TRNAMT>-12.50"
          + "<FITID>F1<NAME>Coffee &amp; Co<MEMO>Card 1234</STMTTRN>\n"
          + "<STMTTRN><TRNTYPE>credit<DTPOSTED>20240110120000.000[-5:EST]<TRNAMT>+1000,00"
          + "<FITID>F2<CHECKNUM>77<NAME>Salary<MEMO>Salary</STMTTRN>\n"
          + "</BANKTRANLIST><LEDGERBAL><BALAMT>987.50<DTASOF>20240131</LEDGERBAL>"
          + "<AVAILBAL><BALAMT>900<DTASOF>20240131</AVAILBAL></STMTRS></STMTTRNRS>"
          + "</BANKMSGSRSV1></OFX>\n";

  static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\"?>\n"
          + "<!DOCTYPE OFX [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
          + "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1</TRNUID>"
          + "<STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>\n"
          + "<CCSTMTRS><CURDEF>USD</CURDEF><CCACCTFROM><ACCTID>4111</ACCTID></CCACCTFROM>\n"
          + "<!-- a comment <STMTTRN> -->\n"
          + "<BANKTRANLIST><DTSTART>20240101</DTSTART><DTEND>20240131</DTEND>\n"
          + "<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240103</DTPOSTED>"
          + "<TRNAMT>-5.00</TRNAMT><FITID>A1</FITID><NAME><![CDATA[Shop <One> & &amp;]]></NAME>"
          + "<MEMO>&xxe;</MEMO><CURRENCY><CURRATE>1.1</CURRATE><CURSYM>EUR</CURSYM></CURRENCY>"
          + "</STMTTRN>\n"
          + "</BANKTRANLIST><LEDGERBAL><BALAMT>-105.00</BALAMT><DTASOF>20240131</DTASOF>"
          + "</LEDGERBAL></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\n";

  static ParseResult parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  static ParseResult parse(byte[] bytes) {
    return ANALYZER.parse(bytes, ParseOptions.builder().format("ofx").build());
  }

  @Test
  void parse_sgml_mapsStatementAndTransactions() {
    ParseResult r = parse(SGML);
    assertThat(r.statements()).hasSize(1);
    Statement s = r.statements().get(0);
    assertThat(s.account().number()).contains("987654");
    assertThat(s.account().bank()).contains("12345");
    assertThat(s.currency())
        .hasValueSatisfying(c -> assertThat(c.getCurrencyCode()).isEqualTo("EUR"));
    assertThat(s.closingBalance())
        .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("987.50"));
    assertThat(s.availableBalance())
        .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("900"));
    assertThat(s.openingBalance()).isEmpty();
    assertThat(s.period())
        .hasValueSatisfying(
            p -> {
              assertThat(p.from()).isEqualTo(LocalDate.of(2024, 1, 1));
              assertThat(p.to()).isEqualTo(LocalDate.of(2024, 1, 31));
            });
    assertThat(s.attributes()).containsEntry("ofx.acctType", "CHECKING");
    Transaction t1 = s.transactions().get(0);
    assertThat(t1.bookingDate()).contains(LocalDate.of(2024, 1, 5));
    assertThat(t1.valueDate()).isEmpty();
    assertThat(t1.attributes()).containsEntry("ofx.userDate", "2024-01-04");
    assertThat(t1.amount()).isEqualByComparingTo("-12.50");
    assertThat(t1.description()).isEqualTo("Coffee & Co Card 1234");
    assertThat(t1.counterparty()).contains("Coffee & Co");
    assertThat(t1.reference()).contains("F1");
    assertThat(t1.typeCode()).contains("DEBIT");
    assertThat(t1.position().line()).isEqualTo(17);
    Transaction t2 = s.transactions().get(1);
    assertThat(t2.amount()).isEqualByComparingTo("1000.00");
    assertThat(t2.bookingDate()).contains(LocalDate.of(2024, 1, 10));
    assertThat(t2.description()).isEqualTo("Salary");
    assertThat(t2.typeCode()).contains("CREDIT");
    assertThat(t2.attributes()).containsEntry("ofx.checkNum", "77");
  }

  @Test
  void parse_xml_creditCardWithCdataCommentAndDoctypeNeverResolved() {
    ParseResult r = parse(XML);
    Statement s = r.statements().get(0);
    assertThat(s.attributes()).containsEntry("ofx.messageSet", "creditcard");
    assertThat(s.account().number()).contains("4111");
    assertThat(s.closingBalance())
        .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("-105"));
    assertThat(s.transactions()).hasSize(1);
    Transaction t = s.transactions().get(0);
    assertThat(t.counterparty()).contains("Shop <One> & &amp;");
    assertThat(t.attributes()).containsEntry("ofx.memo", "&xxe;");
    assertThat(t.currency())
        .hasValueSatisfying(c -> assertThat(c.getCurrencyCode()).isEqualTo("EUR"));
    assertThat(t.attributes()).containsEntry("ofx.currency.rate", "1.1");
  }

  @Test
  void parse_lowercaseTagsAndStrayWhitespace_areAccepted() {
    String lower =
        "<ofx> <bankmsgsrsv1><stmttrnrs><stmtrs> <curdef> usd \n<bankacctfrom><acctid> 1 "
            + "</bankacctfrom><banktranlist>\n  <stmttrn> <trntype>POS\n <dtposted> 20240102 \n"
            + "<trnamt> -1.5 \n<name>A</name>\n</stmttrn></banktranlist></stmtrs></stmttrnrs>"
            + "</bankmsgsrsv1></ofx>";
    Statement s = parse(lower).statements().get(0);
    assertThat(s.transactions().get(0).amount()).isEqualByComparingTo("-1.5");
    assertThat(s.account().number()).contains("1");
    assertThat(s.currency()).isPresent();
  }

  @Test
  void parse_missingClosingAggregatesAtEnd_isAcceptedWithWarning() {
    String cut = SGML.substring(0, SGML.indexOf("</STMTRS>"));
    ParseResult r = parse(cut);
    assertThat(r.statements()).hasSize(1);
    assertThat(r.statements().get(0).transactions()).hasSize(2);
    assertThat(r.statements().get(0).closingBalance()).isPresent();
    assertThat(r.warnings()).extracting(ParseWarning::code).contains("OFX_UNCLOSED_AT_END");
  }

  @Test
  void parse_headerSays1252ButBytesAreUtf8_decodesUtf8AndWarns() {
    String doc = SGML.replace("Coffee &amp; Co", "Caf\u00e9 M\u00fcller");
    ParseResult r = parse(doc.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statements().get(0).transactions().get(0).counterparty())
        .contains("Caf\u00e9 M\u00fcller");
    assertThat(r.warnings()).extracting(ParseWarning::code).contains("OFX_CHARSET_MISMATCH");
  }

  @Test
  void parse_windows1252Bytes_decodeAsDeclared() {
    String doc = SGML.replace("Coffee &amp; Co", "Caf\u00e9 \u20ac");
    ParseResult r = parse(doc.getBytes(Charset.forName("windows-1252")));
    assertThat(r.statements().get(0).transactions().get(0).counterparty())
        .contains("Caf\u00e9 \u20ac");
    assertThat(r.warnings()).extracting(ParseWarning::code).doesNotContain("OFX_CHARSET_MISMATCH");
  }

  @Test
  void parse_headerSaysUtf8ButBytesAre1252_fallsBackPerByte() {
    String doc =
        SGML.replace("CHARSET:1252", "CHARSET:NONE")
            .replace("ENCODING:USASCII", "ENCODING:UTF-8")
            .replace("Coffee &amp; Co", "Caf\u00e9");
    ParseResult r = parse(doc.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(r.statements().get(0).transactions().get(0).counterparty()).contains("Caf\u00e9");
    assertThat(r.warnings()).extracting(ParseWarning::code).contains("OFX_CHARSET_MISMATCH");
  }

  @Test
  void parse_severalStatements_eachReported() {
    String two =
        "<OFX><BANKMSGSRSV1>"
            + stmt("1", "-1")
            + stmt("2", "-2")
            + "</BANKMSGSRSV1><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>USD"
            + "<CCACCTFROM><ACCTID>3</CCACCTFROM><BANKTRANLIST></BANKTRANLIST>"
            + "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
    ParseResult r = parse(two);
    assertThat(r.statements())
        .extracting(s -> s.account().number().orElse(""))
        .containsExactly("1", "2", "3");
    assertThat(r.statements().get(2).transactions()).isEmpty();
  }

  private static String stmt(String acct, String amount) {
    return "<STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>9<ACCTID>"
        + acct
        + "<ACCTTYPE>SAVINGS</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT"
        + "<DTPOSTED>20240101<TRNAMT>"
        + amount
        + "<FITID>X</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS>";
  }

  @Test
  void parse_unclosedStmttrn_closedByNext() {
    String doc =
        "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1"
            + "</BANKACCTFROM><BANKTRANLIST>"
            + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240101<TRNAMT>-1<FITID>a"
            + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024-01-02<TRNAMT>-2<FITID>b"
            + "</BANKTRANLIST><LEDGERBAL><BALAMT>5<DTASOF>20240102</LEDGERBAL>"
            + "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    Statement s = parse(doc).statements().get(0);
    assertThat(s.transactions())
        .extracting(t -> t.reference().orElse(""))
        .containsExactly("a", "b");
    assertThat(s.transactions().get(1).bookingDate()).contains(LocalDate.of(2024, 1, 2));
  }

  @Test
  void parse_investmentOnly_isUnsupported() {
    String inv =
        "<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><CURDEF>USD<INVACCTFROM><BROKERID>b"
            + "<ACCTID>1</INVACCTFROM></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>";
    assertThatThrownBy(() -> parse(inv))
        .isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("investment");
  }

  @Test
  void parse_bankAndInvestment_keepsBankAndWarns() {
    String mixed =
        "<OFX><BANKMSGSRSV1>"
            + stmt("1", "-1")
            + "</BANKMSGSRSV1><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><CURDEF>USD"
            + "</INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>";
    ParseResult r = parse(mixed);
    assertThat(r.statements()).hasSize(1);
    assertThat(r.warnings()).extracting(ParseWarning::code).contains("OFX_INVESTMENT_SKIPPED");
  }

  @Test
  void parse_signonError_isWarning() {
    String doc =
        SGML_HEADER
            + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR<MESSAGE>bad"
            + "</STATUS></SONRS></SIGNONMSGSRSV1></OFX>";
    ParseResult r = parse(doc);
    assertThat(r.statements()).isEmpty();
    assertThat(r.warnings()).extracting(ParseWarning::code).contains("OFX_SIGNON_STATUS");
    assertThat(r.warnings().get(0).message()).contains("15500").doesNotContain("bad");
  }

  @Test
  void parse_badValues_areInvalidDataWithPosition() {
    assertInvalid(SGML.replace("<TRNAMT>-12.50", "<TRNAMT>$12"), 17);
    assertInvalid(SGML.replace("<DTPOSTED>20240105", "<DTPOSTED>20240231"), 17);
    assertInvalid(SGML.replace("<DTPOSTED>20240105", ""), 17);
    assertInvalid(SGML.replace("<BALAMT>987.50", "<BALAMT>abc"), 19);
  }

  private static void assertInvalid(String doc, long line) {
    assertThatThrownBy(() -> parse(doc))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA);
              assertThat(e.position().line()).isEqualTo(line);
              assertThat(e.getMessage()).doesNotContain("12").doesNotContain("abc");
            });
  }

  @Test
  void parse_emptyBalance_isAbsentWithWarning() {
    ParseResult r = parse(SGML.replace("<BALAMT>987.50", "<BALAMT>"));
    Statement s = r.statements().get(0);
    assertThat(s.closingBalance()).isEmpty();
    assertThat(s.warnings()).extracting(ParseWarning::code).contains("OFX_EMPTY_BALANCE");
  }

  @Test
  void values_datesAndAmounts() {
    assertThat(OfxValues.date("20240131")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(OfxValues.date("20240131120000.000[-5:EST]")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(OfxValues.date("20180804093914:014")).isEqualTo(LocalDate.of(2018, 8, 4));
    assertThat(OfxValues.parseAmount("+1,5")).isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(OfxValues.parseAmount("-1.234,56")).isEqualByComparingTo("-1234.56");
    assertThat(OfxValues.parseAmount("1,234.56")).isEqualByComparingTo("1234.56");
    assertThat(OfxValues.parseAmount("-.5")).isEqualByComparingTo("-0.5");
    assertThat(OfxValues.parseAmount("$5")).isNull();
    assertThat(OfxValues.parseAmount("1e3")).isNull();
    assertThat(OfxValues.description("A", "a")).isEqualTo("A");
    assertThat(OfxValues.description(null, "m")).isEqualTo("m");
  }

  @Test
  void probe_recognisesHeadersAndIgnoresOthers() {
    OfxParserProvider p = new OfxParserProvider();
    assertThat(p.probe(SourceSample.of(SGML.getBytes(StandardCharsets.UTF_8))).confidence())
        .isGreaterThanOrEqualTo(0.9);
    assertThat(p.probe(SourceSample.of(XML.getBytes(StandardCharsets.UTF_8))).confidence())
        .isGreaterThanOrEqualTo(0.9);
    assertThat(
            p.probe(SourceSample.of("<OFX></OFX>".getBytes(StandardCharsets.UTF_8))).confidence())
        .isGreaterThanOrEqualTo(0.9);
    assertThat(
            p.probe(SourceSample.of("a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8))).isMatch())
        .isFalse();
    assertThat(ANALYZER.detect(SGML.getBytes(StandardCharsets.UTF_8)).formatId()).isEqualTo("ofx");
  }

  @Test
  void leafText_isBoundedByMaxLineLength_toTheCharacter() {
    StatementAnalyzer limited =
        StatementAnalyzer.builder()
            .parsers(BsaParsers.all())
            .limits(ParseLimits.builder().maxLineLength(1000).build())
            .build();
    String fits = "m".repeat(999) + "&amp;";
    ParseResult ok =
        limited.parse(
            SGML.replace("<MEMO>Card 1234", "<MEMO>" + fits).getBytes(StandardCharsets.UTF_8),
            ParseOptions.builder().format("ofx").build());
    assertThat(ok.statements().get(0).transactions().get(0).attributes())
        .containsEntry("ofx.memo", "m".repeat(999) + "&");
    String tooLong = "m".repeat(1001);
    assertThatThrownBy(
            () ->
                limited.parse(
                    SGML.replace("<MEMO>Card 1234", "<MEMO>" + tooLong)
                        .getBytes(StandardCharsets.UTF_8),
                    ParseOptions.builder().format("ofx").build()))
        .isInstanceOfSatisfying(
            LimitExceededException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("maxLineLength");
              // the 1,001st character of the memo, after "<MEMO>" at column 60 of line 17
              assertThat(e.position().column()).isEqualTo(SGML_MEMO_COLUMN + 6 + 1000);
            });
  }

  /** The column of {@code <MEMO>} in the first transaction of {@link #SGML}. */
  private static final int SGML_MEMO_COLUMN = memoColumn();

  private static int memoColumn() {
    String line = SGML.lines().filter(l -> l.contains("<MEMO>Card 1234")).findFirst().orElseThrow();
    return line.indexOf("<MEMO>") + 1;
  }
}
