package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts of currencies with 0 and 3 fraction digits, and what is not such an amount. */
final class CurrencyDecimalsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12,345|0|12345",
        "1.234.567|0|1234567",
        "800|0|800",
        "-1,500|0|-1500",
        "¥12,000|0|12000",
        "1,234.567|3|1234.567",
        "1.234,567|3|1234.567",
        "0.250|3|0.250",
        "12,34,567.891|3|1234567.891"
      })
  void reads(String text, int decimals, String expected) {
    Amount a = Objects.requireNonNull(Amount.parse(text, decimals));
    assertThat(a.signed()).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12345678|0",
        "01.03.2026|0",
        "0123|0",
        "1,23|0",
        "12.34|3",
        "1,234|3x",
      })
  void refuses(String text, String decimals) {
    int d = Integer.parseInt(decimals.replace("x", ""));
    if (decimals.endsWith("x")) {
      text = text + ".5";
    }
    assertThat(Amount.parse(text, d)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"JPY,0", "KRW,0", "KWD,3", "BHD,3", "EUR,2", "USD,2", "XYZ,2"})
  void decimalsOfACurrency(String code, int decimals) {
    assertThat(Currencies.decimals(code)).isEqualTo(decimals);
  }
}
