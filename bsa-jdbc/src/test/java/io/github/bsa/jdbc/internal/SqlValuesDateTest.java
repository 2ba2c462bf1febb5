package io.github.bsa.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ISO date text SQLite stores is exactly {@link LocalDate#toString()} for every date. */
class SqlValuesDateTest {
  @Test
  void isoDateIsLocalDateToString() {
    for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2031, 1, 2)); ) {
      assertThat(SqlValues.isoDate(d)).isEqualTo(d.toString());
      d = d.plusDays(1);
    }
    for (LocalDate d :
        new LocalDate[] {
          LocalDate.of(1000, 1, 1),
          LocalDate.of(9999, 12, 31),
          LocalDate.of(999, 12, 31),
          LocalDate.of(10_000, 1, 1),
          LocalDate.of(-5, 3, 4),
          LocalDate.MIN,
          LocalDate.MAX
        }) {
      assertThat(SqlValues.isoDate(d)).isEqualTo(d.toString());
    }
  }
}
