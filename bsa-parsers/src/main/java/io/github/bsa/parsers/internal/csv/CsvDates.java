package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.internal.text.MonthNames;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Parses dates as banks write them, in any of the three {@link DateOrder}s, and tells under which
 * orders a text is a date. Stateless; all methods are thread-safe.
 *
 * <p>Two-digit years are read as 2000-2079 for 00-79 and 1980-1999 for 80-99.
 */
final class CsvDates {
  /** Bit for {@link DateOrder#DAY_MONTH_YEAR} in a date-order mask. */
  static final int DMY = 1;

  /** Bit for {@link DateOrder#MONTH_DAY_YEAR}. */
  static final int MDY = 2;

  /** Bit for {@link DateOrder#YEAR_MONTH_DAY}. */
  static final int YMD = 4;

  private CsvDates() {}

  /** The first three tokens of a date: numbers, or a month name. */
  private static final class Tokens {
    final String[] t = new String[3];
    final boolean[] alpha = new boolean[3];
    int n;
  }

  private static @Nullable Tokens tokens(String raw) {
    String s = raw.trim();
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    Tokens tk = new Tokens();
    int i = 0;
    while (i < s.length() && tk.n < 3) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        tk.t[tk.n] = s.substring(i, j);
        tk.alpha[tk.n++] = false;
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
          j++;
        }
        String word = s.substring(i, j);
        if (MonthNames.month(word) == null) {
          return null; // a word in a date must be a month name (weekdays are not supported)
        }
        tk.t[tk.n] = word;
        tk.alpha[tk.n++] = true;
        i = j;
      } else if (c == '.' || c == '/' || c == '-' || c == ' ' || c == ',' || c == '\'') {
        i++;
      } else {
        return null;
      }
    }
    if (tk.n == 1 && !tk.alpha[0] && tk.t[0].length() == 8) {
      return tk;
    }
    if (tk.n < 3) {
      return null;
    }
    // what follows must look like a time, not more text
    if (i < s.length()) {
      String rest = s.substring(i).trim();
      if (rest.startsWith(".")) {
        rest = rest.substring(1).trim(); // Hungarian dates end with a dot: 2019.04.19.
      }
      if (!rest.isEmpty() && !rest.matches("(?i)[T ]?\\d{1,2}[:.]\\d{2}.*")) {
        return null;
      }
    }
    return tk;
  }

  /**
   * Returns a mask of the orders under which the text is a valid date, 0 when it is not a date in
   * any order.
   */
  static int dateOrders(String raw) {
    Tokens tk = tokens(raw);
    if (tk == null) {
      return 0;
    }
    int mask = 0;
    for (int bit : new int[] {DMY, MDY, YMD}) {
      if (date(tk, bit) != null) {
        mask |= bit;
      }
    }
    return mask;
  }

  /** Returns whether the text is a valid date both day-first and month-first, with two meanings. */
  static boolean readingsDiffer(String raw) {
    Tokens tk = tokens(raw);
    if (tk == null) {
      return false;
    }
    LocalDate a = date(tk, DMY);
    LocalDate b = date(tk, MDY);
    return a != null && b != null && !a.equals(b);
  }

  static @Nullable LocalDate parseDate(String raw, DateOrder order) {
    Tokens tk = tokens(raw);
    if (tk == null) {
      return null;
    }
    LocalDate d = date(tk, bit(order));
    if (d == null) {
      // a 4-digit leading year, or a month name, settles the order whatever the layout says
      for (int b : new int[] {YMD, DMY, MDY}) {
        if (b != bit(order) && forcedBy(tk, b)) {
          return date(tk, b);
        }
      }
    }
    return d;
  }

  private static boolean forcedBy(Tokens tk, int bit) {
    if (tk.n == 1) {
      return false;
    }
    if (bit == YMD) {
      return tk.t[0].length() == 4 && !tk.alpha[0];
    }
    return bit == DMY ? tk.alpha[1] : tk.alpha[0];
  }

  static int bit(DateOrder order) {
    return switch (order) {
      case MONTH_DAY_YEAR -> MDY;
      case YEAR_MONTH_DAY -> YMD;
      case DAY_MONTH_YEAR -> DMY;
    };
  }

  static DateOrder order(int bit) {
    return bit == MDY
        ? DateOrder.MONTH_DAY_YEAR
        : bit == YMD ? DateOrder.YEAR_MONTH_DAY : DateOrder.DAY_MONTH_YEAR;
  }

  private static @Nullable LocalDate date(Tokens tk, int bit) {
    String y;
    String m;
    String d;
    boolean monthAlpha;
    if (tk.n == 1) {
      String s = tk.t[0];
      if (bit == YMD) {
        y = s.substring(0, 4);
        m = s.substring(4, 6);
        d = s.substring(6);
      } else if (bit == DMY) {
        d = s.substring(0, 2);
        m = s.substring(2, 4);
        y = s.substring(4);
      } else {
        m = s.substring(0, 2);
        d = s.substring(2, 4);
        y = s.substring(4);
      }
      monthAlpha = false;
    } else if (bit == YMD) {
      if (tk.alpha[0] || tk.alpha[2] || tk.t[0].length() != 4) {
        return null;
      }
      y = tk.t[0];
      m = tk.t[1];
      d = tk.t[2];
      monthAlpha = tk.alpha[1];
    } else if (bit == DMY) {
      if (tk.alpha[0] || tk.alpha[2] || tk.t[2].length() == 1 || tk.t[2].length() == 3) {
        return null;
      }
      d = tk.t[0];
      m = tk.t[1];
      y = tk.t[2];
      monthAlpha = tk.alpha[1];
    } else {
      if (tk.alpha[1] || tk.alpha[2] || tk.t[2].length() == 1 || tk.t[2].length() == 3) {
        return null;
      }
      m = tk.t[0];
      d = tk.t[1];
      y = tk.t[2];
      monthAlpha = tk.alpha[0];
    }
    if (d.length() > 2 || y.length() > 4 || (!monthAlpha && m.length() > 2)) {
      return null;
    }
    if (tk.n > 1 && bit != YMD && !monthAlpha && tk.alpha[bit == DMY ? 1 : 0]) {
      return null;
    }
    Integer month = monthAlpha ? MonthNames.month(m) : Integer.valueOf(m);
    if (month == null) {
      return null;
    }
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      year += year < 80 ? 2000 : 1900;
    } else if (y.length() != 4 || year < 1900 || year > 2200) {
      return null;
    }
    try {
      return LocalDate.of(year, month, Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
