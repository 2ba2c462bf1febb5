package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** OFX value syntax: dates, amounts, currencies and text folding. Stateless. */
final class OfxValues {
  private OfxValues() {}

  /**
   * Parses an OFX date: {@code YYYYMMDD} optionally followed by a time, fraction and time zone
   * ({@code 20240131120000.000[-5:EST]}). The calendar date is taken as written; the time zone is
   * not applied, as the bank meant that day.
   */
  static LocalDate date(String value) {
    String v = value.trim();
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      v = v.substring(0, 4) + v.substring(5, 7) + v.substring(8); // ISO 8601, not OFX, but seen
    }
    if (v.length() < 8) {
      throw new DateTimeException("too short");
    }
    for (int i = 0; i < 8; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        throw new DateTimeException("not a date");
      }
    }
    for (int i = 8; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9') && ".:[]+-, ".indexOf(c) < 0 && !Character.isLetter(c)) {
        throw new DateTimeException("not a date");
      }
    }
    return LocalDate.of(digits(v, 0, 4), digits(v, 4, 6), digits(v, 6, 8));
  }

  private static int digits(String v, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    return n;
  }

  static BigDecimal amount(String value, String field, SourcePosition position) {
    BigDecimal a = parseAmount(value);
    if (a == null) {
      throw StatementParseException.invalid(
          OfxParser.FORMAT, "OFX " + field + " is not a number", position);
    }
    return a;
  }

  /**
   * Parses an OFX amount: optional sign (a leading {@code +} is accepted), digits, and {@code .} or
   * {@code ,} as the decimal mark; when both appear the last one is the decimal mark.
   */
  static @Nullable BigDecimal parseAmount(String value) {
    String v = value.trim();
    if (v.indexOf(' ') >= 0) {
      v = v.replace(" ", ""); // "- 12.50"
    }
    if (v.startsWith("+")) {
      v = v.substring(1).trim();
    }
    int dot = v.lastIndexOf('.');
    int comma = v.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      v = comma > dot ? v.replace(".", "").replace(',', '.') : v.replace(",", "");
    } else if (comma >= 0) {
      v = v.indexOf(',') == comma ? v.replace(',', '.') : v.replace(",", "");
    }
    if (!isPlainNumber(v)) {
      return null;
    }
    return new BigDecimal(v);
  }

  /** {@code -?(\d+\.?\d*|\.\d+)}, without a regular expression. */
  private static boolean isPlainNumber(String v) {
    int i = 0;
    int n = v.length();
    if (i < n && v.charAt(i) == '-') {
      i++;
    }
    int digitsBefore = 0;
    while (i < n && isDigit(v.charAt(i))) {
      i++;
      digitsBefore++;
    }
    int digitsAfter = 0;
    if (i < n && v.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(v.charAt(i))) {
        i++;
        digitsAfter++;
      }
    }
    return i == n && (digitsBefore > 0 || digitsAfter > 0);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static @Nullable Currency currency(@Nullable String code) {
    if (code == null) {
      return null;
    }
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.length() != 3 || !Character.isLetter(c.charAt(0))) {
      return null;
    }
    try {
      return Currency.getInstance(c);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Joins a name and a memo with one space; only one of them when they are equal. */
  static @Nullable String description(@Nullable String name, @Nullable String memo) {
    if (name == null) {
      return memo;
    }
    if (memo == null || equalsFolded(name, memo)) {
      return name;
    }
    return name + " " + memo;
  }

  /**
   * Compares two texts ignoring case, surrounding whitespace and the length of whitespace runs
   * (each run counts as one space), without building the folded copies.
   */
  static boolean equalsFolded(String a, String b) {
    int i = 0;
    int j = 0;
    int ae = a.length();
    int be = b.length();
    while (i < ae && isSpace(a.charAt(i))) {
      i++;
    }
    while (j < be && isSpace(b.charAt(j))) {
      j++;
    }
    while (ae > i && isSpace(a.charAt(ae - 1))) {
      ae--;
    }
    while (be > j && isSpace(b.charAt(be - 1))) {
      be--;
    }
    while (i < ae && j < be) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isSpace(x) && isSpace(y)) {
        while (i < ae && isSpace(a.charAt(i))) {
          i++;
        }
        while (j < be && isSpace(b.charAt(j))) {
          j++;
        }
        continue;
      }
      if (x != y && !sameIgnoringCase(x, y)) {
        return false;
      }
      i++;
      j++;
    }
    return i == ae && j == be;
  }

  private static boolean sameIgnoringCase(char x, char y) {
    char ux = Character.toUpperCase(x);
    char uy = Character.toUpperCase(y);
    return ux == uy || Character.toLowerCase(ux) == Character.toLowerCase(uy);
  }

  /** The characters of the regular expression {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Sets a transaction's currency from a {@code CURRENCY} element (the amount is in that currency)
   * or the statement's, and keeps the rates and an {@code ORIGCURRENCY} (the amount is already in
   * the statement's currency) as attributes.
   */
  static void currencies(
      Transaction.Builder b,
      @Nullable Currency statementCurrency,
      @Nullable String curSym,
      @Nullable String curRate,
      @Nullable String origCurSym,
      @Nullable String origCurRate) {
    Currency txCurrency = statementCurrency;
    if (curSym != null) {
      Currency c = currency(curSym);
      if (c != null) {
        txCurrency = c;
        b.attribute("ofx.currency.rate", blankToNull(curRate));
      }
    }
    if (origCurSym != null) {
      b.attribute("ofx.origCurrency", blankToNull(origCurSym));
      b.attribute("ofx.origCurrency.rate", blankToNull(origCurRate));
    }
    b.currency(txCurrency);
  }

  static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }
}
