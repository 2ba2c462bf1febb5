package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.internal.text.MonthNames;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parses amounts as banks write them (signs, brackets, currency marks, digit grouping and its
 * allocation-free fast path) and tells what an amount text says about the decimal mark. Stateless;
 * all methods are thread-safe.
 */
final class CsvAmounts {
  /** What a single amount text says about the decimal mark. */
  enum DecimalHint {
    NONE,
    DOT,
    COMMA
  }

  private CsvAmounts() {}

  /**
   * Counts the cells of the given columns whose text says the decimal mark is a dot ({@code [0]})
   * or a comma ({@code [1]}).
   */
  static int[] decimalVotes(List<CsvSniffer.Row> rows, Collection<Integer> cols) {
    int[] votes = new int[2];
    for (int j : cols) {
      for (CsvSniffer.Row r : rows) {
        DecimalHint h = decimalHint(r.cell(j));
        if (h == DecimalHint.DOT) {
          votes[0]++;
        } else if (h == DecimalHint.COMMA) {
          votes[1]++;
        }
      }
    }
    return votes;
  }

  /** Tells what the text says about the decimal mark. */
  static DecimalHint decimalHint(String raw) {
    String s = core(raw);
    if (s == null) {
      return DecimalHint.NONE;
    }
    int dot = s.lastIndexOf('.');
    int comma = s.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      return dot > comma ? DecimalHint.DOT : DecimalHint.COMMA;
    }
    int last = Math.max(dot, comma);
    if (last < 0) {
      return DecimalHint.NONE;
    }
    char mark = s.charAt(last);
    boolean repeated = s.indexOf(mark) != last;
    int digitsAfter = s.length() - last - 1;
    if (repeated) {
      return mark == '.' ? DecimalHint.COMMA : DecimalHint.DOT; // grouping mark repeated
    }
    if (digitsAfter == 3) {
      return DecimalHint.NONE; // 1,234 or 1.234: either reading is possible
    }
    return mark == '.' ? DecimalHint.DOT : DecimalHint.COMMA;
  }

  /**
   * Returns the digits, grouping and decimal marks of an amount with signs, currency and spaces
   * removed, or null if the text is not an amount.
   */
  private static @Nullable String core(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ((c >= '0' && c <= '9') || c == '.' || c == ',') {
        sb.append(c);
      }
    }
    String s = sb.toString();
    if (s.isEmpty() || (!Character.isDigit(s.charAt(0)) && s.length() == 1)) {
      return null;
    }
    return s;
  }

  /**
   * Parses an amount: grouping by {@code ,} {@code .} space or apostrophe, the given decimal mark,
   * leading or trailing minus, parentheses, {@code +}, {@code CR}/{@code DR} suffixes, currency
   * symbols and ISO codes. Returns null for blank text or {@code -}, and throws {@link
   * NumberFormatException} for text that is not an amount.
   */
  @SuppressWarnings("ReferenceEquality") // the sentinel, by identity
  static @Nullable BigDecimal parseAmount(String raw, char decimal) {
    BigDecimal value = readAmount(raw, decimal);
    if (value == NOT_AN_AMOUNT) {
      throw new NumberFormatException("not an amount");
    }
    return value;
  }

  /**
   * {@link #parseAmount(String, char)} of the chars {@code from..to} of a buffer: the plain form is
   * read without creating a string (ADR 0260), any other through the full parser.
   */
  @SuppressWarnings("ReferenceEquality") // the sentinel, by identity
  static @Nullable BigDecimal parseAmount(char[] buf, int from, int to, char decimal) {
    BigDecimal fast = plainAmount(buf, from, to, decimal);
    if (fast != null) {
      return fast;
    }
    BigDecimal value = fullAmount(new String(buf, from, to - from), decimal);
    if (value == NOT_AN_AMOUNT) {
      throw new NumberFormatException("not an amount");
    }
    return value;
  }

  /**
   * Marks text that is not an amount in {@link #readAmount}: detection asks this of every cell of
   * the sample, and most are text, so it must not cost an exception each (ADR 0210).
   */
  private static final BigDecimal NOT_AN_AMOUNT = new BigDecimal(java.math.BigInteger.ZERO, 0);

  /**
   * {@link #parseAmount} without the exception: the amount, null for blank text or {@code -}, or
   * {@link #NOT_AN_AMOUNT}.
   */
  private static @Nullable BigDecimal readAmount(String raw, char decimal) {
    BigDecimal fast = plainAmount(raw, decimal);
    return fast != null ? fast : fullAmount(raw, decimal);
  }

  /** {@link #readAmount} past the plain form. */
  private static @Nullable BigDecimal fullAmount(String raw, char decimal) {
    String s = raw.trim();
    if (s.isEmpty() || "-".equals(s) || "--".equals(s)) {
      return null;
    }
    boolean negative = false;
    if (s.startsWith("(") && s.endsWith(")")) {
      negative = true;
      s = s.substring(1, s.length() - 1).trim();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.endsWith("cr")) {
      s = s.substring(0, s.length() - 2).trim();
    } else if (lower.endsWith("dr")) {
      negative = !negative;
      s = s.substring(0, s.length() - 2).trim();
    }
    StringBuilder digits = new StringBuilder(s.length());
    boolean seenDigit = false;
    boolean minus = false;
    boolean trailingMinus = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (trailingMinus) {
          return NOT_AN_AMOUNT;
        }
        digits.append(c);
        seenDigit = true;
      } else if (c == '.' || c == ',') {
        if (!seenDigit && digits.length() == 0) {
          digits.append('0');
        }
        digits.append(c == decimal ? '.' : 'g');
      } else if (c == '-' || c == '\u2212' || c == '\u2013') {
        if (seenDigit) {
          trailingMinus = true;
        }
        if (minus) {
          return NOT_AN_AMOUNT;
        }
        minus = true;
      } else if (c == '+'
          || c == '\''
          || c == '\u2019'
          || Character.isSpaceChar(c)
          || Character.isWhitespace(c)
          || Character.getType(c) == Character.CURRENCY_SYMBOL) {
        if (seenDigit && (c == '+')) {
          return NOT_AN_AMOUNT;
        }
      } else if (Character.isLetter(c)) {
        // an ISO code or a currency abbreviation such as EUR, CHF, Kč, zł, kr
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
          j++;
        }
        if (!isCurrencyWord(s.substring(i, j))
            || (seenDigit && j < s.length() && Character.isDigit(s.charAt(j)))) {
          return NOT_AN_AMOUNT;
        }
        i = j - 1;
      } else {
        return NOT_AN_AMOUNT;
      }
    }
    if (!seenDigit) {
      return NOT_AN_AMOUNT;
    }
    String d = digits.toString();
    // grouping marks must separate groups of 2 or 3 digits (Indian grouping uses 2)
    int dot = d.indexOf('.');
    if (dot >= 0 && d.indexOf('.', dot + 1) >= 0) {
      return NOT_AN_AMOUNT;
    }
    String integer = dot >= 0 ? d.substring(0, dot) : d;
    String fraction = dot >= 0 ? d.substring(dot + 1) : "";
    if (fraction.indexOf('g') >= 0) {
      return NOT_AN_AMOUNT;
    }
    if (integer.indexOf('g') >= 0) {
      String[] groups = integer.split("g", -1);
      for (int k = 1; k < groups.length; k++) {
        int len = groups[k].length();
        if (len != 3 && !(len == 2 && k < groups.length - 1)) {
          return NOT_AN_AMOUNT;
        }
      }
      if (groups[0].isEmpty()) {
        return NOT_AN_AMOUNT;
      }
      integer = integer.replace("g", "");
    }
    BigDecimal value = new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
    return negative ^ minus ? value.negate() : value;
  }

  /**
   * The allocation-free path of {@link #parseAmount} for the common plain form: an optional leading
   * minus, digits grouped by threes with the other mark, an optional decimal mark followed by
   * digits, surrounding spaces; at most 18 digits. Returns null for anything else, which the full
   * parser then reads (or refuses) with the same result it always gave.
   */
  private static @Nullable BigDecimal plainAmount(String raw, char decimal) {
    return plainAmount(raw.toCharArray(), 0, raw.length(), decimal);
  }

  /** {@link #plainAmount(String, char)} over the chars {@code from..to} of a buffer. */
  private static @Nullable BigDecimal plainAmount(char[] raw, int from, int to, char decimal) {
    int n = to;
    int i = from;
    while (i < n && raw[i] == ' ') {
      i++;
    }
    while (n > i && raw[n - 1] == ' ') {
      n--;
    }
    if (i == n) {
      return null;
    }
    boolean negative = false;
    if (raw[i] == '-') {
      negative = true;
      i++;
    }
    char group = decimal == ',' ? '.' : ',';
    long unscaled = 0;
    int digits = 0;
    int run = 0; // digits since the last grouping mark, or -1 before any mark
    boolean grouped = false;
    int scale = -1; // -1: no decimal mark yet
    for (; i < n; i++) {
      char c = raw[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
        run++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == group && scale < 0) {
        if (run == 0 || (grouped && run != 3)) {
          return null;
        }
        grouped = true;
        run = 0;
      } else if (c == decimal && scale < 0) {
        if (run == 0 || (grouped && run != 3)) {
          return null;
        }
        scale = 0;
        run = 0;
      } else {
        return null;
      }
    }
    if (digits == 0 || scale == 0 || (grouped && scale < 0 && run != 3)) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }

  private static final java.util.Set<String> CURRENCY_WORDS =
      java.util.Set.of("kr", "kc", "zl", "ft", "fr", "sfr", "lei", "rs", "r", "din", "eur", "usd");

  /** Returns whether a word in an amount is a currency: an ISO 4217 code or a local sign. */
  static boolean isCurrencyWord(String word) {
    String f = MonthNames.fold(word);
    if (CURRENCY_WORDS.contains(f)) {
      return true;
    }
    return word.length() == 3
        && word.equals(word.toUpperCase(Locale.ROOT))
        && currency(word) != null;
  }

  /** Returns the currency for an ISO 4217 code, or null. */
  static java.util.@Nullable Currency currency(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.length() != 3) {
      return null;
    }
    try {
      return java.util.Currency.getInstance(c);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns whether the text parses as an amount with either decimal mark. */
  @SuppressWarnings("ReferenceEquality") // the sentinel, by identity
  static boolean isAmount(String raw) {
    if (!hasDigit(raw)) {
      return false; // both readers need an ASCII digit (ADR 0350)
    }
    if (plainAmount(raw, '.') != null || plainAmount(raw, ',') != null) {
      return true;
    }
    BigDecimal dot = readAmount(raw, '.');
    if (dot != null && dot != NOT_AN_AMOUNT) {
      return true;
    }
    BigDecimal comma = readAmount(raw, ',');
    return comma != null && comma != NOT_AN_AMOUNT;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
