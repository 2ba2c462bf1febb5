package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The balance at the end of one day.
 *
 * @param date the day
 * @param balance the end-of-day balance
 * @since 0.1
 */
public record DailyBalance(LocalDate date, BigDecimal balance) {
  /** Validates the values. */
  public DailyBalance {
    requireNonNull(date, "date");
    requireNonNull(balance, "balance");
  }
}
