package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.DateOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Amounts read on the allocation-free path give exactly what the full parser gives. */
class CsvValuesTest {

  @Test
  void plainFormsKeepValueAndScale() {
    assertThat(CsvValues.parseAmount("-1.234,50", ',')).isEqualTo(new BigDecimal("-1234.50"));
    assertThat(CsvValues.parseAmount(" 1,234.5 ", '.')).isEqualTo(new BigDecimal("1234.5"));
    assertThat(CsvValues.parseAmount("1234,567.89", '.')).isEqualTo(new BigDecimal("1234567.89"));
    assertThat(CsvValues.parseAmount("007", '.')).isEqualTo(new BigDecimal("7"));
    assertThat(CsvValues.parseAmount("-0,00", ',')).isEqualTo(new BigDecimal("0.00"));
    assertThat(CsvValues.parseAmount("1,234", '.')).isEqualTo(new BigDecimal("1234"));
    assertThat(CsvValues.parseAmount("1,23,456.00", '.')).isEqualTo(new BigDecimal("123456.00"));
    assertThat(CsvValues.parseAmount("123456789012345678901.5", '.'))
        .isEqualTo(new BigDecimal("123456789012345678901.5"));
    assertThat(CsvValues.parseAmount("-", '.')).isNull();
    assertThat(CsvValues.parseAmount("  ", '.')).isNull();
    assertThatThrownBy(() -> CsvValues.parseAmount("12,34", '.'))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> CsvValues.parseAmount("1.234,5.6", ','))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void randomAmountsInEveryPlainForm() {
    Random rnd = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      long unscaled = rnd.nextLong() % 1_000_000_000_000L;
      int scale = rnd.nextInt(4);
      BigDecimal v = BigDecimal.valueOf(unscaled, scale);
      String plain = v.toPlainString();
      assertThat(CsvValues.parseAmount(plain, '.')).isEqualTo(v);
      assertThat(CsvValues.parseAmount(plain.replace('.', ','), ',')).isEqualTo(v);
      String grouped = String.format(java.util.Locale.US, "%,." + scale + "f", v);
      assertThat(CsvValues.parseAmount(grouped, '.')).isEqualTo(v);
      assertThat(CsvValues.isAmount(grouped)).isTrue();
    }
  }

  @Test
  void hungarianDatesWithTrailingDot() {
    assertThat(CsvValues.parseDate("2019.04.19.", DateOrder.YEAR_MONTH_DAY))
        .isEqualTo(LocalDate.of(2019, 4, 19));
    assertThat(CsvValues.dateOrders("2019.04.19.")).isEqualTo(CsvValues.YMD);
    assertThat(CsvValues.dateOrders("2019.04.19.x")).isZero();
  }
}
