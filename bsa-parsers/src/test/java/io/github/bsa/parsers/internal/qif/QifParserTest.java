package io.github.bsa.parsers.internal.qif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class QifParserTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();

  static final String BANK =
      """
      !Account
      NChecking
      TBank
      ^
      !Type:Bank
      D1/ 2'98
      T-1,234.50
      PGrocer
      MWeekly shop
      N101
      LFood:Groceries/Home
      CX
      AStreet 1
      ACity
      ^
      D1/13/1998
      U2,000.00
      T2,000.00
      PEmployer
      MEmployer
      L[Savings]
      ^
      D02/01/1998
      T-10.00
      PSplit shop
      L--Split--
      SFood
      Ehalf
      $-5.00
      SHome
      $-5.00
      ^
      """;

  static ParseResult parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8), ParseOptions.builder().format("qif"));
  }

  static ParseResult parse(byte[] bytes, ParseOptions.Builder options) {
    return ANALYZER.parse(bytes, options.build());
  }

  @Test
  void parse_bank_mapsFields() {
    ParseResult r = parse(BANK);
    assertThat(r.statements()).hasSize(1);
    Statement s = r.statements().get(0);
    assertThat(s.attributes())
        .containsEntry("qif.type", "Bank")
        .containsEntry("qif.account.name", "Checking");
    Transaction t1 = s.transactions().get(0);
    assertThat(t1.bookingDate()).contains(LocalDate.of(1998, 1, 2));
    assertThat(t1.amount()).isEqualByComparingTo("-1234.50");
    assertThat(t1.description()).isEqualTo("Grocer Weekly shop");
    assertThat(t1.counterparty()).contains("Grocer");
    assertThat(t1.reference()).contains("101");
    assertThat(t1.category()).contains("Food:Groceries");
    assertThat(t1.attributes())
        .containsEntry("qif.class", "Home")
        .containsEntry("qif.cleared", "X")
        .containsEntry("qif.address", "Street 1\nCity");
    Transaction t2 = s.transactions().get(1);
    assertThat(t2.bookingDate()).contains(LocalDate.of(1998, 1, 13));
    assertThat(t2.description()).isEqualTo("Employer");
    assertThat(t2.category()).isEmpty();
    assertThat(t2.attributes()).containsEntry("qif.transferAccount", "Savings");
    Transaction t3 = s.transactions().get(2);
    assertThat(t3.bookingDate()).contains(LocalDate.of(1998, 2, 1));
    assertThat(t3.attributes())
        .containsEntry("qif.splitCount", "2")
        .containsEntry("qif.split.1.category", "Food")
        .containsEntry("qif.split.1.memo", "half")
        .containsEntry("qif.split.2.amount", "-5.00");
  }

  @Test
  void parse_dateForms() {
    String[][] cases = {
      {"1/ 2'98", "1998-01-02"},
      {"1/2/98", "1998-01-02"},
      {"01/02/1998", "1998-01-02"},
      {"01-02-1998", "1998-01-02"},
      {"2021-01-02", "2021-01-02"},
      {"1.2.2021", "2021-02-01"},
      {"12/31' 1", "2001-12-31"},
    };
    for (String[] c : cases) {
      String doc = "!Type:Bank\nD" + c[0] + "\nT1\n^\nD12/31/2020\nT1\n^\n";
      if (c[0].contains(".")) {
        doc = "!Type:Bank\nD" + c[0] + "\nT1\n^\n";
      }
      ParseResult r = parse(doc);
      assertThat(r.statements().get(0).transactions().get(0).bookingDate())
          .as(c[0])
          .contains(LocalDate.parse(c[1]));
    }
  }

  @Test
  void parse_dayFirstProvenLater_appliesToWholeFile() {
    String doc = "!Type:Bank\nD03/04/2021\nT1\n^\nD05/04/2021\nT2\n^\nD25/04/2021\nT3\n^\n";
    ParseResult r = parse(doc);
    assertThat(r.statements().get(0).transactions())
        .extracting(t -> t.bookingDate().orElseThrow())
        .containsExactly(
            LocalDate.of(2021, 4, 3), LocalDate.of(2021, 4, 5), LocalDate.of(2021, 4, 25));
  }

  @Test
  void parse_ambiguousDates_failWithOptionName_andOptionResolves() {
    String doc = "!Type:Bank\nD03/04/2021\nT1\n^\nD05/04/2021\nT2\n^\n";
    assertThatThrownBy(() -> parse(doc))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.AMBIGUOUS_FORMAT);
              assertThat(e.getMessage()).contains("dateOrder").contains("--date-order");
              assertThat(e.position().line()).isEqualTo(2);
            });
    ParseResult r =
        parse(
            doc.getBytes(StandardCharsets.UTF_8),
            ParseOptions.builder().format("qif").dateOrder(DateOrder.MONTH_DAY_YEAR));
    assertThat(r.statements().get(0).transactions().get(0).bookingDate())
        .contains(LocalDate.of(2021, 3, 4));
  }

  @Test
  void parse_optionContradictedByDate_isInvalid() {
    String doc = "!Type:Bank\nD25/04/2021\nT1\n^\n";
    assertThatThrownBy(
            () ->
                parse(
                    doc.getBytes(StandardCharsets.UTF_8),
                    ParseOptions.builder().format("qif").dateOrder(DateOrder.MONTH_DAY_YEAR)))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA));
  }

  @Test
  void parse_mixedOrders_isInvalid() {
    String doc = "!Type:Bank\nD25/04/2021\nT1\n^\nD04/25/2021\nT1\n^\n";
    assertThatThrownBy(() -> parse(doc))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA);
              assertThat(e.position().line()).isEqualTo(5);
            });
  }

  @Test
  void amounts_thousandsAndDecimalCommas() {
    assertThat(QifRecord.parseAmount("1,234.56")).isEqualByComparingTo("1234.56");
    assertThat(QifRecord.parseAmount("-1.234,56")).isEqualByComparingTo("-1234.56");
    assertThat(QifRecord.parseAmount("12,5")).isEqualByComparingTo("12.5");
    assertThat(QifRecord.parseAmount("1,234")).isEqualByComparingTo("1234");
    assertThat(QifRecord.parseAmount("1,234,567")).isEqualByComparingTo("1234567");
    assertThat(QifRecord.parseAmount("$-5")).isEqualByComparingTo("-5");
    assertThat(QifRecord.parseAmount("+5.")).isEqualByComparingTo("5");
    assertThat(QifRecord.parseAmount("abc")).isNull();
    assertThat(QifRecord.parseAmount("")).isNull();
  }

  @Test
  void parse_sections_statementPerAccountAndSkippedLists() {
    String doc =
        """
        !Type:Cat
        NFood
        ^
        !Account
        NCard
        TCCard
        ^
        !Type:CCard
        D2021-01-05
        T-5
        ^
        !Type:Invst
        D2021-01-05
        NBuy
        ^
        !Type:Cash
        D2021-01-06
        T-1
        ^
        !Type:Oth L
        """;
    ParseResult r = parse(doc);
    assertThat(r.statements())
        .extracting(s -> s.attributes().get("qif.type"))
        .containsExactly("CCard", "Cash", "Oth L");
    assertThat(r.statements().get(0).attributes()).containsEntry("qif.account.name", "Card");
    assertThat(r.statements().get(2).transactions()).isEmpty();
    assertThat(r.warnings()).extracting(ParseWarning::code).contains("QIF_SECTION_SKIPPED");
  }

  @Test
  void parse_onlyLists_isUnsupported() {
    assertThatThrownBy(() -> parse("!Type:Invst\nD1/1/21\nNBuy\n^\n"))
        .isInstanceOf(UnsupportedFormatException.class);
  }

  @Test
  void parse_missingFields_areInvalidWithPosition() {
    assertThatThrownBy(() -> parse("!Type:Bank\nT1\n^\n"))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA);
              assertThat(e.position().line()).isEqualTo(2);
            });
    assertThatThrownBy(() -> parse("!Type:Bank\nD2021-01-01\nPx\n^\n"))
        .isInstanceOf(StatementParseException.class);
    assertThatThrownBy(() -> parse("!Type:Bank\nD2021-01-01\nT1x\n^\n"))
        .isInstanceOfSatisfying(
            StatementParseException.class, e -> assertThat(e.position().line()).isEqualTo(3));
    assertThatThrownBy(() -> parse("!Type:Bank\nD2021-02-30\nT1\n^\n"))
        .isInstanceOf(StatementParseException.class);
  }

  @Test
  void parse_charsets_utf8AndWindows1252() {
    String doc = "!Type:Bank\nD2021-01-01\nT1\nPCaf\u00e9 \u20ac\n^\n";
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1252")}) {
      ParseResult r = parse(doc.getBytes(cs), ParseOptions.builder().format("qif"));
      assertThat(r.statements().get(0).transactions().get(0).counterparty())
          .as(cs.name())
          .contains("Caf\u00e9 \u20ac");
    }
  }

  /**
   * One charset rule with the CSV sniffer: 0xA4 without bytes 0x80-0x9F is the ISO-8859-15 euro.
   */
  @Test
  void parse_iso885915Euro_readByTheRuleTheCsvSnifferUses() {
    String doc = "!Type:Bank\nD2021-01-01\nT1\nPMiete 5\u20ac M\u00fcller\n^\n";
    byte[] bytes = doc.getBytes(Charset.forName("ISO-8859-15"));
    ParseResult r = parse(bytes, ParseOptions.builder().format("qif"));
    assertThat(r.statements().get(0).transactions().get(0).counterparty())
        .contains("Miete 5\u20ac M\u00fcller");
  }

  @Test
  void probe_headersAndFileName() {
    QifParserProvider p = new QifParserProvider();
    assertThat(p.probe(SourceSample.of(BANK.getBytes(StandardCharsets.UTF_8))).confidence())
        .isGreaterThanOrEqualTo(0.9);
    byte[] noHeader = "D1/1/21\nT5\n^\n".getBytes(StandardCharsets.UTF_8);
    assertThat(p.probe(SourceSample.of(noHeader, noHeader.length, "a.qif", true)).confidence())
        .isBetween(0.1, 0.6);
    assertThat(p.probe(SourceSample.of("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))).isMatch())
        .isFalse();
    assertThat(ANALYZER.detect(BANK.getBytes(StandardCharsets.UTF_8)).formatId()).isEqualTo("qif");
  }
}
