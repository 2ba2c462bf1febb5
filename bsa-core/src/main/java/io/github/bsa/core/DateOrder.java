package io.github.bsa.core;

/**
 * The order of day, month and year in numeric dates such as {@code 03/01/2026}. bsa decides it from
 * all dates of a document and refuses with {@link ErrorCode#AMBIGUOUS_FORMAT} when every date fits
 * more than one order; set {@link ParseOptions.Builder#dateOrder(DateOrder)} then.
 *
 * @since 0.1
 */
public enum DateOrder {
  /** Day, month, year: {@code 31/01/2026}. */
  DAY_MONTH_YEAR,
  /** Month, day, year: {@code 01/31/2026}. */
  MONTH_DAY_YEAR,
  /** Year, month, day: {@code 2026/01/31}. */
  YEAR_MONTH_DAY
}
