package io.github.bsa.parsers.internal.csv;

import static io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.comma;
import static io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.dot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.internal.csv.CsvAnyLanguageTest.Tx;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports without a header line: the first row is data (a date and an amount read in it), and the
 * columns come from the values as for unknown labels. Six generated layouts; and a file holding
 * only a title line (no header, no rows), which is an export without transactions.
 */
class CsvHeaderlessTest {

  /** Writes one headerless row from a transaction and the balance after it. */
  interface Row {
    String write(Tx t, BigDecimal balance);
  }

  static final Function<java.time.LocalDate, String> DASHED =
      CsvAnyLanguageTest.pattern("dd-MM-yyyy");
  static final Function<java.time.LocalDate, String> DOTTED =
      CsvAnyLanguageTest.pattern("dd.MM.yyyy");
  static final Function<java.time.LocalDate, String> SLASHED =
      CsvAnyLanguageTest.pattern("dd/MM/yyyy");
  static final Function<java.time.LocalDate, String> ISO = CsvAnyLanguageTest.pattern("yyyy-MM-dd");
  static final Function<java.time.LocalDate, String> COMPACT =
      CsvAnyLanguageTest.pattern("yyyyMMdd");

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of(
            "knab-style: account, date, currency, D/C, unsigned amount, iban, name, value date",
            (Row)
                (t, b) ->
                    String.join(
                        ";",
                        "\"NL91ABNA0417164300\"",
                        "\"" + DASHED.apply(t.date()) + "\"",
                        "\"EUR\"",
                        "\"" + (t.amount().signum() < 0 ? "D" : "C") + "\"",
                        "\"" + comma(t.amount().abs()) + "\"",
                        "\"\"",
                        "\"" + t.text() + "\"",
                        "\"" + DASHED.apply(t.date()) + "\"",
                        "\"Overboeking\"",
                        "\"\"")),
        Arguments.of(
            "iso date, signed amount, text",
            (Row) (t, b) -> ISO.apply(t.date()) + "," + dot(t.amount()) + "," + t.text()),
        Arguments.of(
            "dotted date, text, amount and balance with decimal commas",
            (Row)
                (t, b) ->
                    DOTTED.apply(t.date())
                        + ";"
                        + t.text()
                        + ";"
                        + comma(t.amount())
                        + ";"
                        + comma(b)),
        Arguments.of(
            "slashed date, text, debit, credit, balance",
            (Row)
                (t, b) ->
                    SLASHED.apply(t.date())
                        + ",\""
                        + t.text()
                        + "\","
                        + (t.amount().signum() < 0 ? dot(t.amount().negate()) : "")
                        + ","
                        + (t.amount().signum() > 0 ? dot(t.amount()) : "")
                        + ","
                        + dot(b)),
        Arguments.of(
            "compact date, signed amount, text, tab-separated",
            (Row) (t, b) -> COMPACT.apply(t.date()) + "\t" + dot(t.amount()) + "\t" + t.text()),
        Arguments.of(
            "mint-style: date, text, unsigned amount, debit/credit word",
            (Row)
                (t, b) ->
                    "\""
                        + ISO.apply(t.date())
                        + "\",\""
                        + t.text()
                        + "\",\""
                        + dot(t.amount().abs())
                        + "\",\""
                        + (t.amount().signum() < 0 ? "debit" : "credit")
                        + "\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void firstRowIsData_columnsFromValues(String name, Row row) {
    List<Tx> txs = CsvAnyLanguageTest.transactions(25, true, name.hashCode());
    StringBuilder text = new StringBuilder();
    BigDecimal balance = new BigDecimal("1000.00");
    for (Tx t : txs) {
      balance = balance.add(t.amount());
      text.append(row.write(t, balance)).append('\n');
    }
    ParseResult r = CsvParserTest.parse(text.toString());
    assertThat(CsvParserTest.layout(r).header()).isEmpty();
    assertThat(r.statements()).hasSize(1);
    List<Transaction> got = r.statements().get(0).transactions();
    assertThat(got).as("the first row is a transaction too").hasSize(txs.size());
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i).date()).as("row %d", i).contains(txs.get(i).date());
      assertThat(got.get(i).amount()).as("row %d", i).isEqualByComparingTo(txs.get(i).amount());
      assertThat(got.get(i).description()).as("row %d", i).contains(txs.get(i).text());
    }
  }

  @Test
  void titleLineOnly_isAnExportWithoutTransactions() {
    ParseResult r = CsvParserTest.parse("KNAB EXPORT;;;;;;;;;;;;;;;;\n");
    assertThat(r.statements()).isEmpty();
    assertThat(r.warnings()).extracting(ParseWarning::code).containsExactly("CSV_EMPTY");
    ParseResult two = CsvParserTest.parse("Kontoumsätze,,,,,\n\nExport 2020,,,,,\n");
    assertThat(two.statements()).isEmpty();
  }

  @Test
  void proseIsStillRefused() {
    for (String text :
        List.of("Dear customer, your statement follows.\n", "a;b;c\nd;e;f\n", "Title only\n")) {
      assertThatThrownBy(() -> CsvParserTest.parse(text))
          .as(text)
          .isInstanceOfSatisfying(
              BsaException.class,
              e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT));
    }
  }
}
