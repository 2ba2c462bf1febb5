package io.github.bsa.core.analysis;

/**
 * The period of a recurring series, with the band of day gaps that counts as that period.
 *
 * @since 0.1
 */
public enum Cadence {
  /** Every 7 days (gaps of 6 to 8 days). */
  WEEKLY(6, 8),
  /** Every 14 days (gaps of 12 to 16 days). */
  BIWEEKLY(12, 16),
  /** Every month (gaps of 26 to 35 days). */
  MONTHLY(26, 35),
  /** Every three months (gaps of 84 to 98 days). */
  QUARTERLY(84, 98),
  /** Every year (gaps of 350 to 380 days). */
  YEARLY(350, 380);

  private final int minDays;
  private final int maxDays;

  Cadence(int minDays, int maxDays) {
    this.minDays = minDays;
    this.maxDays = maxDays;
  }

  /**
   * Returns the smallest gap in days that counts as this cadence.
   *
   * @return the minimum gap
   */
  public int minDays() {
    return minDays;
  }

  /**
   * Returns the largest gap in days that counts as this cadence.
   *
   * @return the maximum gap
   */
  public int maxDays() {
    return maxDays;
  }

  /**
   * Returns the date one period after a date.
   *
   * @param date the date
   * @return the next date
   */
  public java.time.LocalDate next(java.time.LocalDate date) {
    return switch (this) {
      case WEEKLY -> date.plusWeeks(1);
      case BIWEEKLY -> date.plusWeeks(2);
      case MONTHLY -> date.plusMonths(1);
      case QUARTERLY -> date.plusMonths(3);
      case YEARLY -> date.plusYears(1);
    };
  }

  /**
   * Returns how many occurrences fall in an average month, for monthly averages.
   *
   * @return occurrences per month as a decimal string
   */
  public String perMonth() {
    return switch (this) {
      case WEEKLY -> "4.3452";
      case BIWEEKLY -> "2.1726";
      case MONTHLY -> "1";
      case QUARTERLY -> "0.3333";
      case YEARLY -> "0.0833";
    };
  }
}
