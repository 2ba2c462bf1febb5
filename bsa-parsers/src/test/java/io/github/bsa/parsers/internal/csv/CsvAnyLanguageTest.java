package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
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
      long cents = (rnd.nextInt(200_000) + 100) * (rnd.nextInt(4) == 0 ? 1 : -1);
      out.add(new Tx(d, words[i % words.length] + " " + (1000 + i), BigDecimal.valueOf(cents, 2)));
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
    for (String h : header.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)))) {
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

  @Test
  void hungarian_dottedYearFirstDates_amountAndBalanceByArithmetic() {
    String header = "Tranzakció dátuma;Tranzakció összege;Egyenleg;Közlemény";
    assertUnknownHeader(header, ';');
    List<Tx> txs = transactions(40, true, 1);
    var date = pattern("yyyy.MM.dd.");
    String text =
        csv(
            header,
            txs,
            new BigDecimal("150000.00"),
            (t, b) ->
                date.apply(t.date()) + ";" + comma(t.amount()) + ";" + comma(b) + ";" + t.text(),
            false);
    ParseResult r = parse(text);
    assertRead(r, txs, false, true);
    assertThat(CsvParserTest.layout(r).column(Column.BALANCE)).contains(2);
    assertThat(r.statements().get(0).openingBalance().orElseThrow())
        .isEqualByComparingTo("150000.00");
  }

  @Test
  void turkish_dottedDates_decimalComma_newestFirst() {
    String header = "İşlem Tarihi;Açıklama;İşlem Tutarı;Bakiye";
    assertUnknownHeader(header, ';');
    List<Tx> txs = transactions(30, false, 2); // every day <= 12: the dates alone cannot decide
    var date = pattern("dd.MM.yyyy");
    String text =
        csv(
            header,
            txs,
            new BigDecimal("5000.00"),
            (t, b) ->
                date.apply(t.date()) + ";" + t.text() + ";" + comma(t.amount()) + ";" + comma(b),
            true);
    ParseResult r = parse(text);
    assertRead(r, txs, true, true);
    assertThat(r.properties().get("csv.dateOrderEvidence")).contains("dotted dates");
  }

  @Test
  void greek_slashDates_debitCreditAndBalance() {
    String header = "Ημερομηνία;Αιτιολογία;Χρέωση;Πίστωση;Υπόλοιπο";
    assertUnknownHeader(header, ';');
    List<Tx> txs = transactions(25, false, 3);
    var date = pattern("dd/MM/yyyy");
    String text =
        csv(
            header,
            txs,
            new BigDecimal("800.00"),
            (t, b) ->
                date.apply(t.date())
                    + ";"
                    + t.text()
                    + ";"
                    + (t.amount().signum() < 0 ? comma(t.amount().negate()) : "")
                    + ";"
                    + (t.amount().signum() > 0 ? comma(t.amount()) : "")
                    + ";"
                    + comma(b),
            false);
    ParseResult r = parse(text);
    assertRead(r, txs, false, true);
    var layout = CsvParserTest.layout(r);
    assertThat(layout.column(Column.DEBIT)).contains(2);
    assertThat(layout.column(Column.CREDIT)).contains(3);
  }

  @Test
  void japanese_yearFirstDates_integerYen_debitCreditAndBalance() {
    String header = "取引日,摘要,お支払金額,お預り金額,差引残高";
    assertUnknownHeader(header, ',');
    List<Tx> txs = new ArrayList<>();
    for (Tx t : transactions(30, true, 4)) {
      txs.add(new Tx(t.date(), t.text(), t.amount().setScale(0, java.math.RoundingMode.DOWN)));
    }
    var date = pattern("yyyy/MM/dd");
    String text =
        csv(
            header,
            txs,
            new BigDecimal("1250000"),
            (t, b) ->
                date.apply(t.date())
                    + ","
                    + t.text()
                    + ","
                    + (t.amount().signum() < 0 ? t.amount().negate().toPlainString() : "")
                    + ","
                    + (t.amount().signum() >= 0 ? t.amount().toPlainString() : "")
                    + ","
                    + b.toPlainString(),
            false);
    assertRead(parse(text), txs, false, true);
  }

  @Test
  void finnish_amountOnly_dottedDates() {
    String header = "Kirjauspäivä;Maksaja tai saaja;Määrä";
    assertUnknownHeader(header, ';');
    List<Tx> txs = transactions(12, false, 5);
    var date = pattern("d.M.yyyy");
    String text =
        csv(
            header,
            txs,
            BigDecimal.ZERO,
            (t, b) -> date.apply(t.date()) + ";" + t.text() + ";" + comma(t.amount()),
            false);
    assertRead(parse(text), txs, false, false);
  }

  @Test
  void polish_amountThenBalance_eurCurrencyColumn() {
    String header = "Dzień księgowania;Wartość;Stan po operacji;Jednostka;Szczegóły";
    assertUnknownHeader(header, ';');
    List<Tx> txs = transactions(20, false, 6);
    var date = pattern("dd-MM-yyyy");
    String text =
        csv(
            header,
            txs,
            new BigDecimal("321.09"),
            (t, b) ->
                date.apply(t.date()) + ";" + dot(t.amount()) + ";" + dot(b) + ";EUR;" + t.text(),
            false);
    ParseResult r = parse(text);
    assertRead(r, txs, false, true);
    assertThat(r.properties().get("csv.dateOrderEvidence")).contains("EUR");
  }

  @Test
  void romanian_semicolonNoEvidenceButLanguage() {
    String header = "Ziua operațiunii;Descriere;Sumă;Sold final";
    assertUnknownHeader(header, ';');
    List<Tx> txs = transactions(15, false, 7);
    var date = pattern("dd/MM/yyyy");
    String text =
        csv(
            header,
            txs,
            new BigDecimal("42.00"),
            (t, b) -> date.apply(t.date()) + ";" + t.text() + ";" + dot(t.amount()) + ";" + dot(b),
            false);
    ParseResult r = parse(text);
    assertRead(r, txs, false, true);
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
    var date = pattern("dd.MM.yyyy");
    String text =
        csv(
            "Buchungstag;Verwendungszweck;Betrag;Xyzzy",
            txs,
            new BigDecimal("10.00"),
            (t, b) ->
                date.apply(t.date()) + ";" + t.text() + ";" + comma(t.amount()) + ";" + comma(b),
            false);
    ParseResult r = parse(text);
    assertRead(r, txs, false, true);
  }

  @Test
  void refusal_namesTheMissingEvidenceAndTheOption() {
    String header = "When,What,How much";
    List<Tx> txs = transactions(6, false, 9);
    var date = pattern("MM/dd/yyyy");
    String text =
        csv(
            header,
            txs,
            BigDecimal.ZERO,
            (t, b) -> date.apply(t.date()) + "," + t.text() + "," + dot(t.amount()),
            false);
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.AMBIGUOUS_FORMAT);
              assertThat(e.getMessage())
                  .contains("no dotted dates", "no decimal comma", "no currency", "csv.dateOrder");
            });
  }

  @Test
  void refusal_whenTheEvidenceConflicts() {
    String header = "Tag;Text;Wert;Währung";
    List<Tx> txs = transactions(6, false, 10);
    var date = pattern("dd/MM/yyyy");
    String text =
        csv(
            header,
            txs,
            BigDecimal.ZERO,
            (t, b) -> date.apply(t.date()) + ";" + t.text() + ";" + comma(t.amount()) + ";USD",
            false);
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.AMBIGUOUS_FORMAT);
              assertThat(e.getMessage()).contains("conflicts", "USD", "csv.dateOrder");
            });
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
