package io.github.bsa.parsers.internal.csv;

import static io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.BALANCE_COMMA;
import static io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.BALANCE_DOT;
import static io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.DATE;
import static io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.TEXT;
import static io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.comma;
import static io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.dot;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.Cell;
import io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.Tx;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One column headed as debit and credit together ({@code Cargo/Abono}, {@code Soll/Haben}, ...)
 * holding amounts: it is the amount column, signed by its own minus signs or, when unsigned, by the
 * running balance; never a debit column (which turned every credit negative). Generated files in
 * six languages, signed and unsigned.
 */
class CsvCombinedDebitCreditTest {
  static final Cell UNSIGNED_DOT = (t, b, d) -> dot(t.amount().abs());
  static final Cell UNSIGNED_COMMA = (t, b, d) -> comma(t.amount().abs());
  static final Cell SIGNED_DOT = (t, b, d) -> dot(t.amount());
  static final Cell SIGNED_COMMA = (t, b, d) -> comma(t.amount());

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("Fecha;Concepto;Cargo/Abono;Saldo", "dd/MM/yyyy", UNSIGNED_DOT, BALANCE_DOT),
        Arguments.of("Fecha;Concepto;Cargo/Abono;Saldo", "dd/MM/yyyy", SIGNED_DOT, BALANCE_DOT),
        Arguments.of(
            "Date,Description,Debit/Credit,Balance", "yyyy-MM-dd", UNSIGNED_DOT, BALANCE_DOT),
        Arguments.of(
            "Buchungstag;Text;Soll/Haben;Saldo", "dd.MM.yyyy", UNSIGNED_COMMA, BALANCE_COMMA),
        Arguments.of("Date;Libellé;Débit/Crédit;Solde", "dd/MM/yyyy", SIGNED_COMMA, BALANCE_COMMA),
        Arguments.of(
            "Datum;Omschrijving;Af/Bij;Saldo", "dd-MM-yyyy", UNSIGNED_COMMA, BALANCE_COMMA),
        Arguments.of(
            "Data;Descrizione;Addebito/Accredito;Saldo",
            "dd/MM/yyyy",
            UNSIGNED_COMMA,
            BALANCE_COMMA),
        Arguments.of(
            "Date,Details,Withdrawal | Deposit,Balance", "MM/dd/yyyy", SIGNED_DOT, BALANCE_DOT));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("layouts")
  void combinedColumn_isTheAmount_signedByValuesOrBalance(
      String header, String datePattern, Cell amount, Cell balance) {
    List<Tx> txs = CsvAnyLanguageTest.transactions(30, true, header.hashCode());
    boolean unsigned = amount == UNSIGNED_DOT || amount == UNSIGNED_COMMA;
    String text =
        CsvAnyLanguageTest.export(
            header, datePattern, txs, "2500.00", false, DATE, TEXT, amount, balance);
    ParseResult r = CsvAnyLanguageTest.parse(text);
    var layout = CsvParserTest.layout(r);
    assertThat(layout.column(Column.AMOUNT)).contains(2);
    assertThat(layout.column(Column.DEBIT)).isEmpty();
    assertThat(layout.column(Column.CREDIT)).isEmpty();
    List<Transaction> got = r.statements().get(0).transactions();
    // unsigned: the oldest row has no balance before it in the file, so it is skipped, not guessed
    List<Tx> expected = unsigned ? txs.subList(1, txs.size()) : txs;
    assertThat(got).hasSize(expected.size());
    long credits = 0;
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i).amount())
          .as("amount of row %d", i)
          .isEqualByComparingTo(expected.get(i).amount());
      credits += expected.get(i).amount().signum() > 0 ? 1 : 0;
    }
    assertThat(credits).as("the generated file has credits").isPositive();
    if (unsigned) {
      List<io.github.bsa.core.model.ParseWarning> all = new java.util.ArrayList<>(r.warnings());
      r.statements().forEach(st -> all.addAll(st.warnings()));
      assertThat(all)
          .extracting(io.github.bsa.core.model.ParseWarning::code)
          .containsExactly("CSV_SIGN_UNDECIDED");
    } else {
      assertThat(r.statements().get(0).balanceCheck().status())
          .isEqualTo(BalanceCheck.Status.VERIFIED);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markHeaders")
  void combinedHeader_overMarks_isStillTheMark(String header) {
    String text =
        header
            + "\n01.03.2019;Miete;D;750,00\n02.03.2019;Lohn;C;2000,00\n03.03.2019;Kaffee;D;3,50\n";
    ParseResult r = CsvAnyLanguageTest.parse(text);
    assertThat(CsvParserTest.amounts(r))
        .extracting(java.math.BigDecimal::toPlainString)
        .containsExactly("-750", "2000", "-3.5");
  }

  static Stream<String> markHeaders() {
    return Stream.of("Datum;Text;Soll/Haben;Betrag", "Datum;Text;Af Bij;Betrag");
  }

  @org.junit.jupiter.api.Test
  void halvesMustBothBeLabels() {
    assertThat(CsvHeaders.namesDebitAndCredit("Cargo/Abono")).isTrue();
    assertThat(CsvHeaders.namesDebitAndCredit("Débit / Crédit (EUR)")).isTrue();
    assertThat(CsvHeaders.namesDebitAndCredit("Af Bij")).isTrue();
    assertThat(CsvHeaders.namesDebitAndCredit("Charge in EUR")).isFalse();
    assertThat(CsvHeaders.namesDebitAndCredit("Debit")).isFalse();
    assertThat(CsvHeaders.namesDebitAndCredit("Date/Time")).isFalse();
  }
}
