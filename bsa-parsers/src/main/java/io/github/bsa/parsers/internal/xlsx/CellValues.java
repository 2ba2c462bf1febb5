package io.github.bsa.parsers.internal.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns stored cell values into the text a bank's CSV export would hold: numbers as plain decimals
 * with a dot (rounded to the 15 significant digits a spreadsheet shows, so {@code
 * 1234.5600000000001} reads as {@code 1234.56}), date cells as ISO dates, booleans as {@code
 * TRUE}/{@code FALSE}. Stateless.
 */
final class CellValues {
  /** The last day a spreadsheet can show, 9999-12-31, as a 1900-system serial number. */
  static final double MAX_SERIAL = 2_958_465;

  private static final MathContext SHOWN = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1900_EARLY = LocalDate.of(1899, 12, 31);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  private CellValues() {}

  /**
   * Returns a stored number as a plain decimal, or the text unchanged if it is not a number.
   *
   * @param stored the stored value
   * @param decimals the fixed decimals the cell's format shows (kept when the value has no more),
   *     or -1
   */
  static String number(String stored, int decimals) {
    String s = stored.strip();
    if (s.isEmpty() || s.length() > 64) {
      return s;
    }
    try {
      BigDecimal d = new BigDecimal(s).round(SHOWN).stripTrailingZeros();
      if (d.scale() > 30 || d.scale() < -30) {
        return s; // astronomically large or small: keep the stored form
      }
      if (decimals >= 0 && d.scale() <= decimals) {
        d = d.setScale(decimals, RoundingMode.UNNECESSARY);
      } else if (d.signum() == 0) {
        return "0";
      }
      return d.toPlainString();
    } catch (NumberFormatException | ArithmeticException e) {
      return s;
    }
  }

  /**
   * Returns the ISO date of a serial number in a date-formatted cell (the time of day dropped), or
   * {@code null} when it is no date a statement could hold (negative, zero, past 9999, or the 1900
   * system's nonexistent 29 February 1900).
   */
  static @Nullable String serialDate(String stored, boolean date1904) {
    double d;
    try {
      d = Double.parseDouble(stored.strip());
    } catch (NumberFormatException e) {
      return null;
    }
    if (!(d >= 1 && d <= MAX_SERIAL)) {
      return null;
    }
    long days = (long) Math.floor(d);
    if (date1904) {
      return EPOCH_1904.plusDays(days).toString();
    }
    if (days == 60) {
      return null;
    }
    return (days > 60 ? EPOCH_1900 : EPOCH_1900_EARLY).plusDays(days).toString();
  }

  /** Returns the date part of an ISO 8601 date cell ({@code t="d"}), or the text unchanged. */
  static String isoDate(String stored) {
    String s = stored.strip();
    if (s.length() >= 10
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && Character.isDigit(s.charAt(0))
        && Character.isDigit(s.charAt(9))) {
      return s.substring(0, 10);
    }
    return s;
  }

  /** Returns a boolean cell's text. */
  static String bool(String stored) {
    return stored.strip().equals("1") ? "TRUE" : "FALSE";
  }
}
