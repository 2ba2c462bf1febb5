package io.github.bsa.parsers.internal.qif;

import io.github.bsa.core.DateOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A QIF date split into its parts before the day/month order is known. Accepts {@code 1/ 2'98},
 * {@code 1/2/98}, {@code 01/02/1998}, {@code 01-02-1998}, {@code 1.2.2021}, {@code 2021-01-02} and
 * {@code 20210102}. A two-digit year below 70 is 20xx, otherwise 19xx, with or without Quicken's
 * apostrophe.
 */
final class QifDate {
  private static final Pattern PARTS =
      Pattern.compile("(\\d{1,4})\\s*([/.\\-])\\s*(\\d{1,2})\\s*([/.\\-'])\\s*(\\d{1,4})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  /** First and second number when the year is last; month and day when {@link #yearFirst}. */
  final int first;

  final int second;
  final int year;
  final boolean yearFirst;
  final char separator;

  private QifDate(int first, int second, int year, boolean yearFirst, char separator) {
    this.first = first;
    this.second = second;
    this.year = year;
    this.yearFirst = yearFirst;
    this.separator = separator;
  }

  /** Returns the parts, or {@code null} when the text is not a date of a known form. */
  static @Nullable QifDate parse(String raw) {
    String s = raw.trim();
    Matcher m = COMPACT.matcher(s);
    if (m.matches()) {
      return check(
          new QifDate(
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(1)),
              true,
              '-'));
    }
    m = PARTS.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String g1 = m.group(1);
    String g5 = m.group(5);
    if (g1.length() == 4) {
      if (g5.length() > 2) {
        return null;
      }
      return check(
          new QifDate(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(g5),
              Integer.parseInt(g1),
              true,
              m.group(2).charAt(0)));
    }
    if (g1.length() > 2 || g5.length() == 3) {
      return null;
    }
    int y = Integer.parseInt(g5);
    if (g5.length() <= 2) {
      y += y < 70 ? 2000 : 1900;
    }
    return check(
        new QifDate(
            Integer.parseInt(g1), Integer.parseInt(m.group(3)), y, false, m.group(2).charAt(0)));
  }

  private static @Nullable QifDate check(QifDate d) {
    if (d.first < 1 || d.second < 1 || d.first > 31 || d.second > 31) {
      return null;
    }
    if (d.yearFirst && d.first > 12) {
      return null;
    }
    if (!d.yearFirst && d.first > 12 && d.second > 12) {
      return null;
    }
    return d;
  }

  /** Returns whether the day/month order matters for this date. */
  boolean isAmbiguous() {
    return !yearFirst && first != second && first <= 12 && second <= 12;
  }

  /** Returns the order this date proves, or {@code null} when it proves none. */
  @Nullable DateOrder evidence() {
    if (yearFirst) {
      return null;
    }
    if (first > 12) {
      return DateOrder.DAY_MONTH_YEAR;
    }
    if (second > 12) {
      return DateOrder.MONTH_DAY_YEAR;
    }
    return null;
  }

  /**
   * Returns the date in the given order (ignored for year-first dates).
   *
   * @throws DateTimeException if there is no such day
   */
  LocalDate resolve(@Nullable DateOrder order) {
    if (yearFirst) {
      return LocalDate.of(year, first, second);
    }
    if (order == DateOrder.DAY_MONTH_YEAR) {
      return LocalDate.of(year, second, first);
    }
    if (order == DateOrder.MONTH_DAY_YEAR || first == second) {
      return LocalDate.of(year, first, second);
    }
    DateOrder proven = evidence();
    if (proven == null) {
      throw new DateTimeException("day/month order unknown");
    }
    return resolve(proven);
  }
}
