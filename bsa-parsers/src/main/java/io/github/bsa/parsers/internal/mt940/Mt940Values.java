package io.github.bsa.parsers.internal.mt940;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** Value parsing shared by the MT940 fields: SWIFT dates, comma-decimal amounts, currencies. */
final class Mt940Values {
  private Mt940Values() {}

  /** A parsed date and whether its day had to be clamped to the end of the month. */
  record Day(LocalDate date, boolean clamped) {}

  /**
   * Parses {@code YYMMDD}. Years 00-79 are 20xx, 80-99 are 19xx. A day past the month's end (banks
   * write 30 February for end-of-month postings) is clamped to the last day.
   *
   * @return the date, or {@code null} when the text is not a date
   */
  static @Nullable Day yymmdd(String s, int offset) {
    if (!digits(s, offset, 6)) {
      return null;
    }
    int yy = num(s, offset, 2);
    int year = yy < 80 ? 2000 + yy : 1900 + yy;
    return day(year, num(s, offset + 2, 2), num(s, offset + 4, 2));
  }

  /**
   * Parses an {@code MMDD} entry date near a reference date: the year (one before, the same, one
   * after) that puts it closest to the reference, so that a December entry of a January value date
   * falls in the previous year.
   */
  static @Nullable Day mmddNear(String s, int offset, LocalDate reference) {
    if (!digits(s, offset, 4)) {
      return null;
    }
    int month = num(s, offset, 2);
    int dom = num(s, offset + 2, 2);
    Day best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
      Day d = day(year, month, dom);
      if (d == null) {
        return null;
      }
      long distance = Math.abs(d.date().toEpochDay() - reference.toEpochDay());
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static @Nullable Day day(int year, int month, int dom) {
    if (month < 1 || month > 12 || dom < 1 || dom > 31) {
      return null;
    }
    try {
      int last = YearMonth.of(year, month).lengthOfMonth();
      return new Day(LocalDate.of(year, month, Math.min(dom, last)), dom > last);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Parses a SWIFT amount: digits with a decimal comma (a decimal point is accepted too), possibly
   * with nothing after the comma ({@code "500,"}) or before it.
   *
   * @return the amount, or {@code null} when the text is not an amount
   */
  static @Nullable BigDecimal amount(String text) {
    String s = text.trim();
    return amount(s, 0, s.length(), false);
  }

  /** The reading of more than 18 digits, through a {@code BigDecimal} of the text. */
  private static @Nullable BigDecimal longAmount(String s) {
    int n = s.length();
    StringBuilder sb = new StringBuilder(n + 1);
    boolean separator = false;
    boolean digit = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
        digit = true;
      } else if ((c == ',' || c == '.') && !separator) {
        separator = true;
        sb.append('.');
      } else {
        return null;
      }
    }
    if (!digit) {
      return null;
    }
    if (sb.charAt(0) == '.') {
      sb.insert(0, '0');
    }
    if (sb.charAt(sb.length() - 1) == '.') {
      sb.setLength(sb.length() - 1);
    }
    return new BigDecimal(sb.toString());
  }

  /**
   * As {@link #amount(String)} of {@code s.substring(from, to)}, negated when {@code negative}, for
   * a range without surrounding whitespace: no substring for the common case (ADR 0270).
   */
  static @Nullable BigDecimal amount(String s, int from, int to, boolean negative) {
    int n = to - from;
    if (n == 0 || n > 40) {
      return null;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (int i = from; i < to && digits <= 18; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if ((c == ',' || c == '.') && scale < 0) {
        scale = 0;
      } else {
        return null;
      }
    }
    if (digits <= 18) {
      if (digits == 0) {
        return null;
      }
      return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }
    BigDecimal a = longAmount(s.substring(from, to));
    return a == null || !negative ? a : a.negate();
  }

  /** Returns the ISO 4217 currency for a code, or {@code null} when the code is unknown. */
  static @Nullable Currency currency(String code) {
    if (code.length() != 3) {
      return null;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return null;
      }
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean digits(String s, int offset, int count) {
    if (offset < 0 || offset + count > s.length()) {
      return false;
    }
    for (int i = offset; i < offset + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int offset, int count) {
    int value = 0;
    for (int i = offset; i < offset + count; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }
}
