package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Balance figures of one calendar month (of the days covered).
 *
 * @param month {@code yyyy-MM}
 * @param average the mean end-of-day balance, rounded half-even to two decimals
 * @param minimum the lowest end-of-day balance
 * @param end the balance at the end of the last covered day
 * @param days the number of covered days
 * @since 0.1
 */
public record MonthlyBalance(
    String month, BigDecimal average, BigDecimal minimum, BigDecimal end, int days) {
  /** Validates the values. */
  public MonthlyBalance {
    requireNonNull(month, "month");
    requireNonNull(average, "average");
    requireNonNull(minimum, "minimum");
    requireNonNull(end, "end");
  }
}
