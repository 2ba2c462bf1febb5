package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.parsers.CsvLayout;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic CSV files covering charsets, delimiters, preambles, signs and date orders. */
class CsvParserTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new CsvParserProvider())).build();
  private static final ParseOptions CSV = ParseOptions.builder().format("csv").build();

  static ParseResult parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8), CSV);
  }

  static ParseResult parse(byte[] bytes, ParseOptions options) {
    return ANALYZER.parse(bytes, options);
  }

  static List<BigDecimal> amounts(ParseResult r) {
    return r.statements().stream()
        .flatMap(s -> s.transactions().stream())
        .map(t -> t.amount().stripTrailingZeros())
        .collect(Collectors.toList());
  }

  static List<LocalDate> dates(ParseResult r) {
    return r.statements().stream()
        .flatMap(s -> s.transactions().stream())
        .map(t -> t.date().orElseThrow())
        .collect(Collectors.toList());
  }

  static CsvLayout layout(ParseResult r) {
    return CsvLayout.fromJson(java.util.Objects.requireNonNull(r.properties().get("csv.layout")));
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s).stripTrailingZeros();
  }

  static final String GERMAN =
      """
      Buchungstag;Wertstellung;Auftraggeber/Empfänger;Verwendungszweck;Betrag;Währung
      02.01.2026;02.01.2026;Bäckerei Müller;Brötchen;-3,50;EUR
      15.01.2026;15.01.2026;Arbeitgeber GmbH;Gehalt Januar;2.500,00;EUR
      20.01.2026;21.01.2026;Stadtwerke;Strom;-1.234,56;EUR
      """;

  @ParameterizedTest
  @ValueSource(
      strings = {"UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15", "UTF-16LE", "UTF-16BE"})
  void readsEachCharset(String name) {
    Charset cs = Charset.forName(name);
    byte[] bytes = GERMAN.getBytes(cs);
    if (name.startsWith("UTF-16")) {
      byte[] bom =
          name.endsWith("LE")
              ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] all = new byte[bom.length + bytes.length];
      System.arraycopy(bom, 0, all, 0, bom.length);
      System.arraycopy(bytes, 0, all, bom.length, bytes.length);
      bytes = all;
    }
    ParseResult r = parse(bytes, CSV);
    assertThat(amounts(r)).containsExactly(bd("-3.50"), bd("2500"), bd("-1234.56"));
    Transaction first = r.statements().get(0).transactions().get(0);
    assertThat(first.counterparty()).contains("Bäckerei Müller");
    assertThat(first.currency().map(Object::toString)).contains("EUR");
  }

  @Test
  void readsUtf8WithBom() {
    byte[] body = GERMAN.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    ParseResult r = parse(all, CSV);
    assertThat(r.transactionCount()).isEqualTo(3);
    assertThat(r.properties().get("csv.confidence.charset")).isEqualTo("1.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {",", ";", "\t", "|"})
  void detectsEachDelimiter(String d) {
    String text =
        String.join(d, "Date", "Description", "Amount", "Balance")
            + "\n"
            + String.join(d, "2026-01-03", "Coffee, large", "-4.20", "95.80")
            + "\n"
            + String.join(d, "2026-01-04", "Refund", "10.00", "105.80")
            + "\n";
    if (d.equals(",")) {
      text = text.replace("Coffee, large", "\"Coffee, large\"");
    }
    ParseResult r = parse(text);
    assertThat(amounts(r)).containsExactly(bd("-4.20"), bd("10"));
    CsvLayout layout = layout(r);
    assertThat(layout.delimiter()).isEqualTo(d.charAt(0));
    Statement s = r.statements().get(0);
    assertThat(s.openingBalance()).contains(new BigDecimal("100.00"));
    assertThat(s.closingBalance()).contains(new BigDecimal("105.80"));
  }

  @Test
  void readsPreambleAndFooter() {
    String text =
        """
        Account number:;NL91ABNA0417164300
        Period:;01-01-2026 - 31-01-2026
        Opening balance;1.000,00

        Datum;Omschrijving;Bedrag
        05-01-2026;Huur;-750,00
        25-01-2026;Salaris;2.000,00
        Eindsaldo;;2.250,00
        """;
    ParseResult r = parse(text);
    Statement s = r.statements().get(0);
    assertThat(s.account().iban().map(i -> i.value())).contains("NL91ABNA0417164300");
    assertThat(s.openingBalance()).contains(new BigDecimal("1000.00"));
    assertThat(s.closingBalance()).contains(new BigDecimal("2250.00"));
    assertThat(s.transactions()).hasSize(2);
    assertThat(s.balanceCheck().status().toString()).isEqualTo("VERIFIED");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void signedAmountColumn() {
    ParseResult r = parse("Date,Payee,Amount\n2026-02-01,Shop,-12.00\n2026-02-02,Salary,100.00\n");
    assertThat(amounts(r)).containsExactly(bd("-12"), bd("100"));
  }

  @Test
  void indicatorColumn() {
    ParseResult r =
        parse(
            "Datum;Naam;Af Bij;Bedrag\n01-02-2026;Winkel;Af;12,00\n13-02-2026;Werkgever;Bij;100,00\n");
    assertThat(amounts(r)).containsExactly(bd("-12"), bd("100"));
    ParseResult sh =
        parse("Buchungstag;Text;Betrag;S/H\n01.02.2026;Laden;12,00;S\n13.02.2026;Lohn;100,00;H\n");
    assertThat(amounts(sh)).containsExactly(bd("-12"), bd("100"));
    ParseResult drcr =
        parse("Date,Text,Amount,Dr/Cr\n2026-02-01,Shop,12.00,Dr\n2026-02-13,Pay,100.00,Cr\n");
    assertThat(amounts(drcr)).containsExactly(bd("-12"), bd("100"));
  }

  @Test
  void separateDebitCreditColumnsPositiveOrNegative() {
    ParseResult pos =
        parse("Date,Description,Debit,Credit\n2026-02-01,Shop,12.00,\n2026-02-02,Salary,,100.00\n");
    assertThat(amounts(pos)).containsExactly(bd("-12"), bd("100"));
    ParseResult neg =
        parse(
            "Date,Description,Debit,Credit\n2026-02-01,Shop,-12.00,\n2026-02-02,Salary,,100.00\n");
    assertThat(amounts(neg)).containsExactly(bd("-12"), bd("100"));
  }

  @Test
  void invertedSignByLayout() {
    String text = "Date,Merchant,Amount\n2026-02-01,Shop,12.00\n2026-02-02,Payment,-100.00\n";
    CsvLayout detected = layout(parse(text));
    CsvLayout inverted =
        detected.toBuilder().signConvention(CsvLayout.SignConvention.INVERTED).build();
    ParseOptions o =
        ParseOptions.builder().format("csv").formatOption("csv.layout", inverted.toJson()).build();
    assertThat(amounts(parse(text.getBytes(StandardCharsets.UTF_8), o)))
        .containsExactly(bd("-12"), bd("100"));
  }

  @Test
  void multiCurrencyRows() {
    ParseResult r =
        parse(
            "Date,Label,Currency,Amount\n2026-01-05,A,USD,-33.50\n2026-01-06,B,EUR,\"1,525.00\"\n");
    List<Transaction> t = r.statements().get(0).transactions();
    assertThat(t.get(0).currency().map(Object::toString)).contains("USD");
    assertThat(t.get(1).currency().map(Object::toString)).contains("EUR");
    assertThat(t.get(1).amount()).isEqualByComparingTo("1525.00");
  }

  @Test
  void dayMonthDecidedFromWholeColumn() {
    ParseResult r =
        parse("Date,Text,Amount\n03/04/2026,A,1.00\n05/04/2026,B,2.00\n25/04/2026,C,3.00\n");
    assertThat(dates(r))
        .containsExactly(
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 25));
  }

  @Test
  void monthDayDecidedFromWholeColumn() {
    ParseResult r = parse("Date,Text,Amount\n03/04/2026,A,1.00\n04/25/2026,C,3.00\n");
    assertThat(dates(r)).containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 4, 25));
  }

  @Test
  void decidingDateBeyondTheSampleIsFound() {
    StringBuilder sb = new StringBuilder("Date,Text,Amount\n");
    while (sb.length() < CsvDetector.SAMPLE_BYTES * 2) {
      sb.append("03/04/2026,Ambiguous row with some padding text,1.00\n");
    }
    sb.append("04/25/2026,Decides month-first,2.00\n");
    ParseResult r = parse(sb.toString());
    assertThat(dates(r).get(0)).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(dates(r).get(dates(r).size() - 1)).isEqualTo(LocalDate.of(2026, 4, 25));
  }

  @Test
  void refusesWhenEveryDateFitsBothOrders() {
    String text = "Date,Text,Amount\n03/04/2026,A,1.00\n05/04/2026,B,2.00\n";
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(BsaException.class)
        .satisfies(
            e -> {
              BsaException b = (BsaException) e;
              assertThat(b.errorCode()).isEqualTo(ErrorCode.AMBIGUOUS_FORMAT);
              assertThat(b.position().isKnown()).isTrue();
              assertThat(b.getMessage()).contains("dateOrder").doesNotContain("03/04");
            });
    ParseOptions o =
        ParseOptions.builder().format("csv").dateOrder(DateOrder.DAY_MONTH_YEAR).build();
    assertThat(dates(parse(text.getBytes(StandardCharsets.UTF_8), o)))
        .containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 5));
    StringBuilder big = new StringBuilder("Date,Text,Amount\n");
    while (big.length() < CsvDetector.SAMPLE_BYTES * 2) {
      big.append("03/04/2026,Ambiguous row with some padding text,1.00\n");
    }
    assertThatThrownBy(() -> parse(big.toString()))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.AMBIGUOUS_FORMAT));
  }

  @Test
  void twoDigitYearsAndMonthNames() {
    ParseResult r =
        parse("Datum;Text;Betrag\n23-Jan-26;A;-1,00\n5. März 2026;B;-2,00\n7 mei 26;C;3,00\n");
    assertThat(dates(r))
        .containsExactly(
            LocalDate.of(2026, 1, 23), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 5, 7));
  }

  @Test
  void amountNotations() {
    assertThat(CsvAmounts.parseAmount("1,234.56", '.')).isEqualByComparingTo("1234.56");
    assertThat(CsvAmounts.parseAmount("1.234,56", ',')).isEqualByComparingTo("1234.56");
    assertThat(CsvAmounts.parseAmount("1 234,56", ',')).isEqualByComparingTo("1234.56");
    assertThat(CsvAmounts.parseAmount("1\u00a0234,56", ',')).isEqualByComparingTo("1234.56");
    assertThat(CsvAmounts.parseAmount("1'234.56", '.')).isEqualByComparingTo("1234.56");
    assertThat(CsvAmounts.parseAmount("12,34,567.89", '.')).isEqualByComparingTo("1234567.89");
    assertThat(CsvAmounts.parseAmount("(12.50)", '.')).isEqualByComparingTo("-12.50");
    assertThat(CsvAmounts.parseAmount("12.50-", '.')).isEqualByComparingTo("-12.50");
    assertThat(CsvAmounts.parseAmount("-$1,036.47", '.')).isEqualByComparingTo("-1036.47");
    assertThat(CsvAmounts.parseAmount("€ 5,00", ',')).isEqualByComparingTo("5.00");
    assertThat(CsvAmounts.parseAmount("EUR -5,00", ',')).isEqualByComparingTo("-5.00");
    assertThat(CsvAmounts.parseAmount("+ $73.01", '.')).isEqualByComparingTo("73.01");
    assertThat(CsvAmounts.parseAmount("100.00 DR", '.')).isEqualByComparingTo("-100.00");
    assertThat(CsvAmounts.parseAmount("1 250 Kč", ',')).isEqualByComparingTo("1250");
    assertThat(CsvAmounts.parseAmount("-", '.')).isNull();
    assertThat(CsvAmounts.parseAmount("", '.')).isNull();
    assertThatThrownBy(() -> CsvAmounts.parseAmount("abc", '.'))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> CsvAmounts.parseAmount("1,25", '.'))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void skippedRowsAreReportedWithTheirLine() {
    ParseResult r =
        parse("Date,Text,Amount\n2026-01-05,A,1.00\n2026-01-06,B,oops\n2026-01-07,C,2.00\n");
    assertThat(r.transactionCount()).isEqualTo(2);
    // a skipped row belongs to its statement, which can then never be VERIFIED
    assertThat(r.statements().get(0).warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("CSV_ROW_SKIPPED");
              assertThat(w.position().line()).isEqualTo(3);
            });
    assertThat(r.statements().get(0).balanceCheck().status())
        .isNotEqualTo(io.github.bsa.core.model.BalanceCheck.Status.VERIFIED);
  }

  @Test
  void oneStatementPerAccount() {
    ParseResult r =
        parse(
            """
            Date,Account,Text,Amount
            2026-01-05,Checking,A,1.00
            2026-01-06,Savings,B,2.00
            2026-01-07,Checking,C,3.00
            """);
    assertThat(r.statements()).hasSize(2);
    assertThat(r.statements().get(0).account().number()).contains("Checking");
    assertThat(r.statements().get(0).transactions()).hasSize(2);
  }

  @Test
  void headerlessValuesInferred() {
    ParseResult r = parse("2026-01-05,Coffee shop,-3.20\n2026-01-06,Salary,2000.00\n");
    assertThat(amounts(r)).containsExactly(bd("-3.20"), bd("2000"));
    assertThat(r.statements().get(0).transactions().get(0).description()).isEqualTo("Coffee shop");
  }

  @Test
  void layoutRoundTripsAsJsonAndProfilesLoad() {
    ParseResult r = parse(GERMAN);
    CsvLayout layout = layout(r);
    assertThat(CsvLayout.fromJson(layout.toJson()).toJson()).isEqualTo(layout.toJson());
    assertThat(layout.confidence())
        .containsKeys("charset", "delimiter", "dateOrder", "decimalSeparator", "sign");
    assertThat(r.properties()).containsKey("csv.confidence.dateOrder");
    assertThat(CsvProfiles.all()).isNotEmpty();
    for (CsvLayout p : CsvProfiles.all()) {
      assertThat(p.name()).isPresent();
      assertThat(CsvProfiles.named(p.name().get())).contains(p);
    }
    assertThatThrownBy(() -> CsvLayout.fromJson("{}"))
        .isInstanceOf(BsaException.class)
        .hasMessageContaining("columns must name at least the date and amount columns");
  }

  @Test
  void namedProfileForcesLayout() {
    String asn =
        "17-06-2022,NL00ASNB0000000001,NL99ASNB0000000000,Someone,,,,EUR,130.44,EUR,223.77,"
            + "17-06-2022,17-06-2022,2754,NGM,51392971,,'Gift',26\n";
    ParseOptions o =
        ParseOptions.builder().format("csv").formatOption("csv.profile", "asn-bank").build();
    ParseResult r = parse(asn.getBytes(StandardCharsets.UTF_8), o);
    Transaction t = r.statements().get(0).transactions().get(0);
    assertThat(t.amount()).isEqualByComparingTo("223.77");
    assertThat(t.reference()).contains("51392971");
  }

  @Test
  void truncatedQuoteIsTypedErrorWithLine() {
    String text = "Date,Text,Amount\n2026-01-05,\"A,1.00\n2026-01-06,B,2.00";
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
              assertThat(e.position().line()).isPositive();
            });
  }

  @Test
  void truncatedRowIsReported() {
    ParseResult r = parse("Date,Text,Amount\n2026-01-05,A,1.00\n2026-01-06,B");
    assertThat(r.transactionCount()).isEqualTo(1);
    assertThat(r.statements().get(0).warnings())
        .anySatisfy(w -> assertThat(w.position().line()).isEqualTo(3));
  }

  @Test
  void probeStaysModestAndLeavesOtherFormatsAlone() {
    CsvParserProvider p = new CsvParserProvider();
    double csv =
        p.probe(
                SourceSample.of(
                    "Date,Text,Amount\n2026-01-05,A,1.00\n".getBytes(StandardCharsets.UTF_8)))
            .confidence();
    assertThat(csv).isGreaterThan(0.3).isLessThanOrEqualTo(0.6);
    for (String foreign :
        List.of(
            "<?xml version=\"1.0\"?><Document/>",
            "{\"a\":1}",
            ":20:STARTUMS\n:25:12345678/1234\n:61:2601050105D12,50NTRFNONREF\n",
            "OFXHEADER:100\nDATA:OFXSGML\n",
            "!Type:Bank\nD01/05/2026\nT-12.50\n^\n",
            "%PDF-1.7\n")) {
      assertThat(p.probe(SourceSample.of(foreign.getBytes(StandardCharsets.UTF_8))).confidence())
          .as(foreign)
          .isZero();
    }
  }

  @Test
  void preamblePeriod_isTheStatementPeriod() {
    ParseResult r =
        parse(
            """
            Account;NL91ABNA0417164300
            Period;01.02.2026 - 28.02.2026

            Date;Description;Amount;Balance
            02.02.2026;Card payment;-4,50;2.520,50
            25.02.2026;Salary;2.500,00;5.020,50
            """);
    assertThat(r.statements().get(0).period())
        .contains(DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    ParseResult fromTo =
        parse(
            """
            Konto;DE89370400440532013000
            Von;01.03.2026
            Bis;31.03.2026

            Buchungstag;Verwendungszweck;Betrag
            15.03.2026;Miete;-950,00
            """);
    assertThat(fromTo.statements().get(0).period())
        .contains(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
  }
}
