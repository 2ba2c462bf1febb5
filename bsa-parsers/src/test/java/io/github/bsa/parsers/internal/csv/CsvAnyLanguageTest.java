package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.CsvLayout.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * CSV exports whose header labels are in no vocabulary: the columns must come from the values
 * (dates by parseability, amount, debit/credit and balance by the arithmetic between them,
 * description by text) and the date order from the evidence the file gives. Every file is generated
 * here, with a running balance computed as a bank would.
 */
class CsvAnyLanguageTest {

  /** One generated transaction. */
  record Tx(LocalDate date, String text, BigDecimal amount) {}

  /** Days 1-12 only (every date fits both orders) unless {@code clearDays}. */
  static List<Tx> transactions(int n, boolean clearDays, long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    List<Tx> out = new ArrayList<>();
    LocalDate d = LocalDate.of(2019, 4, 1);
    String[] words = {"Groceries", "Salary", "Rent", "Pharmacy", "Fuel", "Transfer", "Cafe"};
    for (int i = 0; i < n; i++) {
      d =
          clearDays
              ? d.plusDays(1 + rnd.nextInt(3))
              : LocalDate.of(2019, 1 + i % 12, 1 + (i * 7 + 3) % 12);
      long cents = (rnd.nextInt(200_000) + 100L) * (rnd.nextInt(4) == 0 ? 1 : -1);
      out.add(new Tx(d, words[i % words.length] + " " + (1000 + i), BigDecimal.valueOf(cents, 2)));
    }
    return out;
  }

  /**
   * Dates on the 2nd of consecutive months, written day-first or month-first: sorted in both
   * readings (the 2nd of January..June, or the 1st..6th of February), so the rows prove no order.
   */
  static List<Tx> sortedBothWays(int n, long seed) {
    List<Tx> out = new ArrayList<>();
    for (Tx t : transactions(n, false, seed)) {
      out.add(new Tx(LocalDate.of(2019, out.size() + 1, 2), t.text(), t.amount()));
    }
    return out;
  }

  static String comma(BigDecimal v) {
    return v.toPlainString().replace('.', ',');
  }

  static String dot(BigDecimal v) {
    return v.toPlainString();
  }

  /** Builds a CSV: header, then one line per transaction from the row function. */
  static String csv(
      String header, List<Tx> txs, BigDecimal opening, RowWriter rows, boolean newestFirst) {
    List<String> lines = new ArrayList<>();
    BigDecimal balance = opening;
    for (Tx t : txs) {
      balance = balance.add(t.amount());
      lines.add(rows.write(t, balance));
    }
    if (newestFirst) {
      java.util.Collections.reverse(lines);
    }
    return header + "\n" + String.join("\n", lines) + "\n";
  }

  /** Writes one row from a transaction and the balance after it. */
  interface RowWriter {
    String write(Tx t, BigDecimal balanceAfter);
  }

  static ParseResult parse(String text) {
    return CsvParserTest.parse(text);
  }

  /** Asserts that no header label names a role in the vocabulary, so values alone decide. */
  static void assertUnknownHeader(String header, char delimiter) {
    List<CsvSniffer.Row> rows =
        java.util.Objects.requireNonNull(CsvSniffer.rows(header + "\n", delimiter, '"'));
    assertThat(rows).hasSize(1);
    for (String h : rows.get(0).cells) {
      String n = CsvHeaders.normalize(h);
      for (Column c : Column.values()) {
        assertThat(CsvHeaders.score(c, n)).as("%s as %s", h, c).isLessThan(0.5);
      }
    }
  }

  /** Asserts every transaction read back as generated, and the statement verified. */
  static void assertRead(ParseResult r, List<Tx> txs, boolean newestFirst, boolean balances) {
    assertThat(r.statements()).hasSize(1);
    Statement s = r.statements().get(0);
    List<Tx> expected = new ArrayList<>(txs);
    if (newestFirst) {
      java.util.Collections.reverse(expected);
    }
    List<Transaction> got = s.transactions();
    assertThat(got).hasSize(expected.size());
    for (int i = 0; i < got.size(); i++) {
      Transaction t = got.get(i);
      Tx e = expected.get(i);
      assertThat(t.date()).as("date of row %d", i).contains(e.date());
      assertThat(t.amount()).as("amount of row %d", i).isEqualByComparingTo(e.amount());
      assertThat(t.description()).as("description of row %d", i).contains(e.text());
    }
    if (balances) {
      assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
      assertThat(s.openingBalance()).isPresent();
      assertThat(s.closingBalance()).isPresent();
    }
  }

  static Function<LocalDate, String> pattern(String p) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern(p, Locale.ROOT);
    return f::format;
  }

  /** Writes one cell of a generated row. */
  interface Cell {
    String write(Tx t, BigDecimal balanceAfter, Function<LocalDate, String> date);
  }

  static final Cell DATE = (t, b, d) -> d.apply(t.date());
  static final Cell TEXT = (t, b, d) -> t.text();
  static final Cell AMOUNT_COMMA = (t, b, d) -> comma(t.amount());
  static final Cell AMOUNT_DOT = (t, b, d) -> dot(t.amount());
  static final Cell BALANCE_COMMA = (t, b, d) -> comma(b);
  static final Cell BALANCE_DOT = (t, b, d) -> dot(b);
  static final Cell DEBIT_COMMA =
      (t, b, d) -> t.amount().signum() < 0 ? comma(t.amount().negate()) : "";
  static final Cell CREDIT_COMMA = (t, b, d) -> t.amount().signum() > 0 ? comma(t.amount()) : "";
  static final Cell DEBIT_DOT =
      (t, b, d) -> t.amount().signum() < 0 ? dot(t.amount().negate()) : "";
  static final Cell CREDIT_DOT = (t, b, d) -> t.amount().signum() >= 0 ? dot(t.amount()) : "";

  static Cell constant(String value) {
    return (t, b, d) -> value;
  }

  /** Generates an export: the header, then one row per transaction written by the cells. */
  static String export(
      String header,
      String datePattern,
      List<Tx> txs,
      String opening,
      boolean newestFirst,
      Cell... cells) {
    String delimiter = header.indexOf(';') >= 0 ? ";" : ",";
    var date = pattern(datePattern);
    return csv(
        header,
        txs,
        new BigDecimal(opening),
        (t, b) -> {
          List<String> row = new ArrayList<>();
          for (Cell c : cells) {
            row.add(c.write(t, b, date));
          }
          return String.join(delimiter, row);
        },
        newestFirst);
  }

  /**
   * Generates an export whose header is in no vocabulary, parses it and checks every transaction
   * (and, with {@code balances}, a verified statement).
   */
  @com.google.errorprone.annotations.CanIgnoreReturnValue
  static ParseResult roundTrip(
      String header,
      String datePattern,
      List<Tx> txs,
      String opening,
      boolean newestFirst,
      boolean balances,
      Cell... cells) {
    assertUnknownHeader(header, header.indexOf(';') >= 0 ? ';' : ',');
    String text = export(header, datePattern, txs, opening, newestFirst, cells);
    ParseResult r = parse(text);
    assertRead(r, txs, newestFirst, balances);
    return r;
  }

  @Test
  void hungarian_dottedYearFirstDates_amountAndBalanceByArithmetic() {
    ParseResult r =
        roundTrip(
            "Tranzakció dátuma;Tranzakció összege;Egyenleg;Közlemény",
            "yyyy.MM.dd.",
            transactions(40, true, 1),
            "150000.00",
            false,
            true,
            DATE,
            AMOUNT_COMMA,
            BALANCE_COMMA,
            TEXT);
    assertThat(CsvParserTest.layout(r).column(Column.BALANCE)).contains(2);
    assertThat(r.statements().get(0).openingBalance().orElseThrow())
        .isEqualByComparingTo("150000.00");
  }

  @Test
  void turkish_dottedDates_decimalComma_newestFirst() {
    // every day <= 12: the dates alone cannot decide
    ParseResult r =
        roundTrip(
            "İşlem Tarihi;Açıklama;İşlem Tutarı;Bakiye",
            "dd.MM.yyyy",
            transactions(30, false, 2),
            "5000.00",
            true,
            true,
            DATE,
            TEXT,
            AMOUNT_COMMA,
            BALANCE_COMMA);
    assertThat(r.properties().get("csv.dateOrderEvidence")).contains("dotted dates");
  }

  @Test
  void greek_slashDates_debitCreditAndBalance() {
    ParseResult r =
        roundTrip(
            "Ημερομηνία;Αιτιολογία;Χρέωση;Πίστωση;Υπόλοιπο",
            "dd/MM/yyyy",
            transactions(25, false, 3),
            "800.00",
            false,
            true,
            DATE,
            TEXT,
            DEBIT_COMMA,
            CREDIT_COMMA,
            BALANCE_COMMA);
    var layout = CsvParserTest.layout(r);
    assertThat(layout.column(Column.DEBIT)).contains(2);
    assertThat(layout.column(Column.CREDIT)).contains(3);
  }

  @Test
  void japanese_yearFirstDates_integerYen_debitCreditAndBalance() {
    List<Tx> txs = new ArrayList<>();
    for (Tx t : transactions(30, true, 4)) {
      txs.add(new Tx(t.date(), t.text(), t.amount().setScale(0, java.math.RoundingMode.DOWN)));
    }
    roundTrip(
        "取引日,摘要,お支払金額,お預り金額,差引残高",
        "yyyy/MM/dd",
        txs,
        "1250000",
        false,
        true,
        DATE,
        TEXT,
        DEBIT_DOT,
        CREDIT_DOT,
        BALANCE_DOT);
  }

  @Test
  void finnish_amountOnly_dottedDates() {
    roundTrip(
        "Kirjauspäivä;Maksaja tai saaja;Määrä",
        "d.M.yyyy",
        transactions(12, false, 5),
        "0",
        false,
        false,
        DATE,
        TEXT,
        AMOUNT_COMMA);
  }

  @Test
  void polish_amountThenBalance_eurCurrencyColumn() {
    ParseResult r =
        roundTrip(
            "Dzień księgowania;Wartość;Stan po operacji;Jednostka;Szczegóły",
            "dd-MM-yyyy",
            transactions(20, false, 6),
            "321.09",
            false,
            true,
            DATE,
            AMOUNT_DOT,
            BALANCE_DOT,
            constant("EUR"),
            TEXT);
    assertThat(r.properties().get("csv.dateOrderEvidence")).contains("EUR");
  }

  @Test
  void romanian_slashDates_decidedByTheHeaderLanguage() {
    ParseResult r =
        roundTrip(
            "Ziua operațiunii;Descriere;Sumă;Sold final",
            "dd/MM/yyyy",
            transactions(15, false, 7),
            "42.00",
            false,
            true,
            DATE,
            TEXT,
            AMOUNT_DOT,
            BALANCE_DOT);
    assertThat(r.properties().get("csv.dateOrderEvidence")).contains("language");
  }

  @Test
  void german_oneRowWithSmallDay_isNotRefused() {
    String text = "Buchungstag;Verwendungszweck;Betrag\n03.04.2019;Miete April;-750,00\n";
    ParseResult r = parse(text);
    assertThat(CsvParserTest.dates(r)).containsExactly(LocalDate.of(2019, 4, 3));
    assertThat(r.statements().get(0).transactions().get(0).amount())
        .isEqualByComparingTo("-750.00");
  }

  @Test
  void balanceFoundNextToANamedAmount() {
    // "Betrag" is in the vocabulary; the unnamed balance column is proven by arithmetic
    List<Tx> txs = transactions(10, true, 8);
    String text =
        export(
            "Buchungstag;Verwendungszweck;Betrag;Xyzzy",
            "dd.MM.yyyy",
            txs,
            "10.00",
            false,
            DATE,
            TEXT,
            AMOUNT_COMMA,
            BALANCE_COMMA);
    ParseResult r = parse(text);
    assertRead(r, txs, false, true);
  }

  @Test
  void refusal_namesTheMissingEvidenceAndTheOption() {
    String text =
        export(
            "When,What,How much",
            "MM/dd/yyyy",
            sortedBothWays(6, 9),
            "0",
            false,
            DATE,
            TEXT,
            AMOUNT_DOT);
    CsvDateEvidenceTest.assertRefused(
        text,
        "sorted in both readings",
        "no value dates",
        "no running balance",
        "no dotted dates",
        "no decimal comma",
        "no currency");
  }

  @Test
  void refusal_whenTheEvidenceConflicts() {
    String text =
        export(
            "Tag;Text;Wert;Währung",
            "dd/MM/yyyy",
            sortedBothWays(6, 10),
            "0",
            false,
            DATE,
            TEXT,
            AMOUNT_COMMA,
            constant("USD"));
    CsvDateEvidenceTest.assertRefused(text, "conflicts", "USD");
  }

  @Test
  void datesDecideOverOtherEvidence() {
    // EUR says day-first, but 04/25/2019 can only be month-first: the dates win
    String text = "Päivä;Selite;Määrä;Valuutta\n03/04/2019;A;-1.00;EUR\n04/25/2019;B;-2.00;EUR\n";
    assertThat(CsvParserTest.dates(parse(text)))
        .containsExactly(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 4, 25));
  }

  @Test
  void generatedFilesAreWhatTheyClaim() {
    // the generator itself: balances follow the amounts
    List<Tx> txs = transactions(5, true, 11);
    String text = csv("h", txs, BigDecimal.ONE, (t, b) -> dot(b), false);
    BigDecimal expected = BigDecimal.ONE;
    for (Tx t : txs) {
      expected = expected.add(t.amount());
    }
    List<String> lines = text.lines().collect(Collectors.toList());
    assertThat(new BigDecimal(lines.get(lines.size() - 1))).isEqualByComparingTo(expected);
  }
}
