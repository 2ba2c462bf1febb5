package io.github.bsa.parsers.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CellValuesTest {
  @Test
  void numbers_roundedToWhatASpreadsheetShows() {
    assertThat(CellValues.number("1234.5600000000001", -1)).isEqualTo("1234.56");
    assertThat(CellValues.number("0.30000000000000004", -1)).isEqualTo("0.3");
    assertThat(CellValues.number("-3.8000000000000003", 2)).isEqualTo("-3.80");
    assertThat(CellValues.number("3100", 2)).isEqualTo("3100.00");
    assertThat(CellValues.number("1.2345678901234E13", -1)).isEqualTo("12345678901234");
    assertThat(CellValues.number("0", -1)).isEqualTo("0");
    assertThat(CellValues.number("0.125", 2)).isEqualTo("0.125"); // more decimals than shown: kept
    assertThat(CellValues.number("1E400", -1)).isEqualTo("1E400");
    assertThat(CellValues.number("not a number", -1)).isEqualTo("not a number");
  }

  @Test
  void serialDates_bothSystems() {
    assertThat(CellValues.serialDate("45352", false)).isEqualTo("2024-03-01");
    assertThat(CellValues.serialDate("45352.75", false)).isEqualTo("2024-03-01");
    assertThat(CellValues.serialDate("1", false)).isEqualTo("1900-01-01");
    assertThat(CellValues.serialDate("61", false)).isEqualTo("1900-03-01");
    assertThat(CellValues.serialDate("60", false)).isNull();
    assertThat(CellValues.serialDate("0", false)).isNull();
    assertThat(CellValues.serialDate("-5", false)).isNull();
    assertThat(CellValues.serialDate("3000000", false)).isNull();
    assertThat(CellValues.serialDate("0", true)).isNull();
    assertThat(CellValues.serialDate("39644", true)).isEqualTo("2012-07-16");
    assertThat(CellValues.isoDate("2024-02-29T00:00:00")).isEqualTo("2024-02-29");
  }

  @Test
  void formatCodes() {
    assertThat(Styles.isDateFormat(14, null)).isTrue();
    assertThat(Styles.isDateFormat(46, null)).isFalse(); // [h]:mm:ss, a duration
    assertThat(Styles.isDateFormat(164, "dd\\.mm\\.yyyy;@")).isTrue();
    assertThat(Styles.isDateFormat(165, "[$-409]mmmm d, yyyy")).isTrue();
    assertThat(Styles.isDateFormat(166, "#,##0.00 [$€-407];[Red]-#,##0.00 [$€-407]")).isFalse();
    assertThat(Styles.isDateFormat(167, "0 \"days\"")).isFalse();
    assertThat(Styles.isDateFormat(168, "General")).isFalse();
    assertThat(Styles.isDateFormat(169, "h:mm")).isFalse();
    assertThat(Styles.decimals("#,##0.00 [$€-407]")).isEqualTo(2);
    assertThat(Styles.decimals("#,##0")).isEqualTo(0);
    assertThat(Styles.decimals("0.000")).isEqualTo(3);
    assertThat(Styles.decimals("0.00%")).isEqualTo(-1);
    assertThat(Styles.decimals("0.00E+00")).isEqualTo(-1);
    assertThat(Styles.decimals("@")).isEqualTo(-1);
  }
}
