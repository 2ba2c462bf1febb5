package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports with a balance column and no amount (balance histories: one row per day or per booking,
 * ING-style {@code Datum,Boeksaldo,Valutair saldo}): the amounts are the balance changes, the order
 * comes from the dates, unchanged rows are no transactions, and the oldest row's balance is the
 * opening balance unless the file states one. Generated in six languages.
 */
class CsvBalanceOnlyTest {

  /** One day of a generated history: the date and the end-of-day balance. */
  record Day(LocalDate date, BigDecimal balance) {}

  static List<Day> history(int days, long seed, BigDecimal start) {
    Random rnd = new Random(seed);
    List<Day> out = new ArrayList<>();
    BigDecimal b = start;
    LocalDate d = LocalDate.of(2020, 1, 6);
    for (int i = 0; i < days; i++) {
      if (i > 0 && rnd.nextInt(3) == 0) {
        b = b.add(BigDecimal.valueOf(rnd.nextInt(80_000) - 50_000L, 2));
      }
      out.add(new Day(d, b));
      d = d.plusDays(1);
    }
    return out;
  }

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("\"Datum\",\"Boeksaldo\",\"Valutair saldo\"", "yyyy-MM-dd", ',', true, 2),
        Arguments.of("Date,Balance", "dd/MM/yyyy", '.', false, 1),
        Arguments.of("Datum;Kontostand", "dd.MM.yyyy", ',', true, 1),
        Arguments.of("Date;Solde", "dd/MM/yyyy", ',', false, 1),
        Arguments.of("Fecha;Saldo disponible", "dd-MM-yyyy", '.', true, 1),
        Arguments.of("Datum;Saldo", "yyyyMMdd", ',', false, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void amountsAreTheBalanceChanges(
      String header, String datePattern, char decimal, boolean newestFirst, int balanceColumns) {
    List<Day> days = history(40, header.hashCode(), new BigDecimal("1234.56"));
    String delimiter = header.indexOf(';') >= 0 ? ";" : ",";
    boolean quoted = header.startsWith("\"");
    Function<LocalDate, String> date = CsvAnyLanguageTest.pattern(datePattern);
    List<String> lines = new ArrayList<>();
    for (Day d : days) {
      String bal = d.balance().toPlainString();
      bal = decimal == ',' ? bal.replace('.', ',') : bal;
      List<String> cells = new ArrayList<>();
      cells.add(date.apply(d.date()));
      for (int k = 0; k < balanceColumns; k++) {
        cells.add(bal);
      }
      if (quoted) {
        cells.replaceAll(c -> "\"" + c + "\"");
      }
      lines.add(String.join(delimiter, cells));
    }
    if (newestFirst) {
      Collections.reverse(lines);
    }
    ParseResult r = CsvParserTest.parse(header + "\n" + String.join("\n", lines) + "\n");
    assertThat(CsvParserTest.layout(r).signConvention()).isEqualTo(SignConvention.BY_BALANCE);
    assertThat(r.statements()).hasSize(1);
    Statement s = r.statements().get(0);
    // expected: one transaction per day whose balance changed, oldest day = opening balance
    List<BigDecimal> expected = new ArrayList<>();
    List<LocalDate> expectedDates = new ArrayList<>();
    for (int i = 1; i < days.size(); i++) {
      BigDecimal change = days.get(i).balance().subtract(days.get(i - 1).balance());
      if (change.signum() != 0) {
        expected.add(change);
        expectedDates.add(days.get(i).date());
      }
    }
    if (newestFirst) {
      Collections.reverse(expected);
      Collections.reverse(expectedDates);
    }
    assertThat(expected).hasSizeGreaterThan(5);
    List<Transaction> got = s.transactions();
    assertThat(got).hasSize(expected.size());
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i).amount()).as("row %d", i).isEqualByComparingTo(expected.get(i));
      assertThat(got.get(i).date()).as("row %d", i).contains(expectedDates.get(i));
    }
    assertThat(s.openingBalance().orElseThrow()).isEqualByComparingTo(days.get(0).balance());
    assertThat(s.closingBalance().orElseThrow())
        .isEqualByComparingTo(days.get(days.size() - 1).balance());
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    List<ParseWarning> all = new ArrayList<>(r.warnings());
    r.statements().forEach(st -> all.addAll(st.warnings()));
    assertThat(all).extracting(ParseWarning::code).contains("CSV_OPENING_FROM_FIRST_ROW");
    assertThat(Integer.parseInt(r.properties().get("csv.unchangedBalanceRows")))
        .isEqualTo(days.size() - 1 - expected.size());
  }

  @org.junit.jupiter.api.Test
  void anUnnamedNumberColumn_isAnAmount_notABalance() {
    // headerless date + number: the number is the amount (signed), never a balance history
    ParseResult r = CsvParserTest.parse("01.03.2019;Miete;-12,50\n02.03.2019;Lohn;100,00\n");
    assertThat(CsvParserTest.amounts(r))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("-12.5", "100");
  }

  @org.junit.jupiter.api.Test
  void aHeaderNamingNoBalance_isStillRefused() {
    assertThatThrownBy(() -> CsvParserTest.parse("Date,Reference\n2019-03-01,abc\n"))
        .isInstanceOf(BsaException.class);
  }
}
