package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.internal.text.MonthNames;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as printed, before the document's day/month order and the statement year are known.
 * Numeric dates keep both leading numbers ({@code first}, {@code second}); dates with a month name
 * or in ISO form are already settled. The year is -1 when not printed.
 *
 * @param first the first number (day or month), or the day when {@code named}
 * @param second the second number, or the month when {@code named}
 * @param year the four-digit year, or -1
 * @param named whether the month is known (month name or ISO form): first = day, second = month
 * @param separator the separator of a numeric date ('/', '.', '-')
 */
record RawDate(int first, int second, int year, boolean named, char separator) {
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?\\.?");

  /**
   * A year-first date ({@code 2024-01-05}, {@code 2024.01.05.}, {@code 2024/1/5}): no bank prints a
   * year before a day, so the order is year, month, day whatever the separator.
   */
  private static final Pattern ISO = Pattern.compile("(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})\\.?");

  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})\\.?[ -]?(\\p{L}{3,10})\\.?(?:[ ,-]+(\\d{4}|\\d{2}))?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(\\p{L}{3,10})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?");

  /** Parses a printed date, or returns {@code null} when the text is not one. */
  static @Nullable RawDate parse(String raw) {
    String s = raw.strip();
    if (s.length() < 3 || s.length() > 24 || !Amount.hasDigit(s)) {
      return null; // every form holds an ASCII digit (the day)
    }
    char lead = s.charAt(0);
    if (lead < '0' || lead > '9') {
      return monthDay(s); // the numeric, ISO and day-month forms start with a digit
    }
    Matcher m = NUMERIC.matcher(s);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      char sep = m.group(2).charAt(0);
      if (m.group(4) == null && sep == '.' && !s.endsWith(".")) {
        return null; // "12.05" is more likely a number than a date
      }
      if (m.group(4) == null && sep == '-') {
        return null;
      }
      int year = m.group(4) == null ? -1 : year(m.group(4));
      if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) {
        return null;
      }
      return new RawDate(a, b, year, false, sep);
    }
    m = ISO.matcher(s);
    if (m.matches()) {
      return checked(
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
    }
    m = DAY_MONTH.matcher(s);
    if (m.matches()) {
      Integer month = month(m.group(2));
      if (month != null) {
        return checked(
            Integer.parseInt(m.group(1)), month, m.group(3) == null ? -1 : year(m.group(3)));
      }
      return null;
    }
    return null; // the month-day form starts with a letter
  }

  private static @Nullable RawDate monthDay(String s) {
    Matcher m = MONTH_DAY.matcher(s);
    if (m.matches()) {
      Integer month = month(m.group(1));
      if (month != null) {
        return checked(
            Integer.parseInt(m.group(2)), month, m.group(3) == null ? -1 : year(m.group(3)));
      }
    }
    return null;
  }

  private static @Nullable RawDate checked(int day, int month, int year) {
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return null;
    }
    return new RawDate(day, month, year, true, ' ');
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    if (digits.length() == 2) {
      return y < 80 ? 2000 + y : 1900 + y;
    }
    return y;
  }

  static @Nullable Integer month(String name) {
    return MonthNames.month(name);
  }

  /** Whether the day/month order is decided by this date alone: +1 day first, -1 month first. */
  int orderVote() {
    if (named) {
      return 0;
    }
    if (first > 12) {
      return 1;
    }
    if (second > 12) {
      return -1;
    }
    return 0;
  }

  /**
   * Resolves the date.
   *
   * @param dayFirst the document's order for numeric dates
   * @param from the statement period's start for a missing year, or {@code null}
   * @param to the statement period's end, or {@code null}
   * @param fallbackYear the year to use when neither is known
   * @return the date, or {@code null} when the numbers are not a date
   */
  @Nullable LocalDate resolve(
      boolean dayFirst, @Nullable LocalDate from, @Nullable LocalDate to, int fallbackYear) {
    int day = named || dayFirst ? first : second;
    int month = named || dayFirst ? second : first;
    try {
      if (year > 0) {
        return LocalDate.of(year, month, day);
      }
      if (from == null || to == null) {
        return LocalDate.of(fallbackYear, month, day);
      }
      LocalDate best = null;
      long bestDistance = Long.MAX_VALUE;
      for (int y = from.getYear() - 1; y <= to.getYear() + 1; y++) {
        LocalDate d;
        try {
          d = LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
          continue;
        }
        long distance =
            d.isBefore(from)
                ? from.toEpochDay() - d.toEpochDay()
                : d.isAfter(to) ? d.toEpochDay() - to.toEpochDay() : 0;
        if (distance < bestDistance) {
          best = d;
          bestDistance = distance;
        }
      }
      return best;
    } catch (DateTimeException e) {
      return null;
    }
  }
}
