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
    assertThat(CsvAmounts.parseAmount("-1.234,50", ',')).isEqualTo(new BigDecimal("-1234.50"));
    assertThat(CsvAmounts.parseAmount(" 1,234.5 ", '.')).isEqualTo(new BigDecimal("1234.5"));
    assertThat(CsvAmounts.parseAmount("1234,567.89", '.')).isEqualTo(new BigDecimal("1234567.89"));
    assertThat(CsvAmounts.parseAmount("007", '.')).isEqualTo(new BigDecimal("7"));
    assertThat(CsvAmounts.parseAmount("-0,00", ',')).isEqualTo(new BigDecimal("0.00"));
    assertThat(CsvAmounts.parseAmount("1,234", '.')).isEqualTo(new BigDecimal("1234"));
    assertThat(CsvAmounts.parseAmount("1,23,456.00", '.')).isEqualTo(new BigDecimal("123456.00"));
    assertThat(CsvAmounts.parseAmount("123456789012345678901.5", '.'))
        .isEqualTo(new BigDecimal("123456789012345678901.5"));
    assertThat(CsvAmounts.parseAmount("-", '.')).isNull();
    assertThat(CsvAmounts.parseAmount("  ", '.')).isNull();
    assertThatThrownBy(() -> CsvAmounts.parseAmount("12,34", '.'))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> CsvAmounts.parseAmount("1.234,5.6", ','))
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
      assertThat(CsvAmounts.parseAmount(plain, '.')).isEqualTo(v);
      assertThat(CsvAmounts.parseAmount(plain.replace('.', ','), ',')).isEqualTo(v);
      String grouped = String.format(java.util.Locale.US, "%,." + scale + "f", v);
      assertThat(CsvAmounts.parseAmount(grouped, '.')).isEqualTo(v);
      assertThat(CsvAmounts.isAmount(grouped)).isTrue();
    }
  }

  @Test
  void hungarianDatesWithTrailingDot() {
    assertThat(CsvDates.parseDate("2019.04.19.", DateOrder.YEAR_MONTH_DAY))
        .isEqualTo(LocalDate.of(2019, 4, 19));
    assertThat(CsvDates.dateOrders("2019.04.19.")).isEqualTo(CsvDates.YMD);
    assertThat(CsvDates.dateOrders("2019.04.19.x")).isZero();
  }
}
