package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An inclusive range of dates, such as a statement period.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 * @since 0.1
 */
public record DateRange(LocalDate from, LocalDate to) {
  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public DateRange {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to is before from");
    }
  }

  /**
   * Returns the range of two days.
   *
   * @param from the first day
   * @param to the last day
   * @return the range
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, to);
  }

  /**
   * Returns whether a day lies in the range.
   *
   * @param date the day
   * @return whether it is within, both ends included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /**
   * Returns the number of days, both ends included.
   *
   * @return the length in days
   */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
