package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class AmountAndDateTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,234.56|1234.56",
        "1.234,56|1234.56",
        "1 234,56|1234.56",
        "1'234.56|1234.56",
        "12,34,567.89|1234567.89",
        "-1,234.56|-1234.56",
        "1,234.56-|-1234.56",
        "(1,234.56)|-1234.56",
        "1,234.56 DR|-1234.56",
        "1,234.56 Cr|1234.56",
        "$1,234.56|1234.56",
        "-$12.00|-12.00",
        "€ 12,00|12.00",
        "12.00 EUR|12.00",
        "0.50|0.50",
        "+7.25|7.25",
        "23,12+|23.12",
        "1.234,56-|-1234.56"
      })
  void amount_worldForms_parse(String text, String expected) {
    Amount a = Objects.requireNonNull(Amount.parse(text));
    assertThat(a.signed()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "12.5", "1,23,4.56", "03.01", "abc", "1,2345.00", "", "12:30"})
  void amount_nonAmounts_areNull(String text) {
    assertThat(Amount.parse(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "03/01/2026|true|2026-01-03",
        "03/01/2026|false|2026-03-01",
        "01/03/26|true|2026-03-01",
        "03 Jan 26|true|2026-01-03",
        "Jan 3|false|2026-01-03",
        "03.01.|true|2026-01-03",
        "3 janv. 2026|true|2026-01-03",
        "2026-01-03|false|2026-01-03",
        "December 1, 2025|false|2025-12-01",
        "02-Sep-2025|true|2025-09-02",
        "1. März 2026|true|2026-03-01"
      })
  void date_worldForms_resolve(String text, boolean dayFirst, String expected) {
    RawDate d = Objects.requireNonNull(RawDate.parse(text));
    assertThat(d.resolve(dayFirst, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 10), 2000))
        .isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"13/13/2026", "Hello", "12.05", "99", "Foo 3"})
  void date_nonDates_areNull(String text) {
    assertThat(RawDate.parse(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Buchungstag|DATE",
        "Value Dt|VALUE_DATE",
        "Withdrawal Amt.|DEBIT",
        "Deposits/ Additions|CREDIT",
        "Closing Balance|BALANCE",
        "Chq./Ref.No.|REFERENCE",
        "Libellé|DESCRIPTION",
        "Montant|AMOUNT",
        "Haben|CREDIT",
        "Soll|DEBIT",
        "Foo|OTHER"
      })
  void columnKind_labels_classify(String label, ColumnKind kind) {
    assertThat(ColumnKind.classify(label)).isEqualTo(kind);
  }
}
