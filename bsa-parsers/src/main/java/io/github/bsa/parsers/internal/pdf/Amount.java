package io.github.bsa.parsers.internal.pdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An amount as printed: its magnitude and the sign markers around it. Recognises the decimal and
 * grouping conventions of the world (1,234.56 / 1.234,56 / 1 234,56 / 1'234.56 / 12,34,567.89),
 * signs written as -x, x-, (x), +x, CR/DR and Cr/Dr suffixes, and currency symbols or ISO codes
 * before or after the number. Two decimals unless the statement's currency has 0 (JPY, KRW) or 3
 * (KWD, BHD): with two, a bare integer is not taken for an amount.
 *
 * @param magnitude the absolute value
 * @param marker the sign marker: -1 for a debit mark (minus, parentheses, DR), +1 for a credit mark
 *     (plus, CR), 0 when unsigned
 * @param currency an ISO code or symbol printed with the amount, or {@code null}
 */
record Amount(BigDecimal magnitude, int marker, @Nullable String currency) {
  private static final List<String> SYMBOLS =
      List.of(
          "US$", "CA$", "AU$", "C$", "A$", "$", "€", "£", "¥", "₹", "Rs.", "Rs", "Fr.", "zł", "kr");
  private static final List<String> CODES =
      List.of(
          "USD", "EUR", "GBP", "CHF", "INR", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK",
          "HUF", "SGD", "HKD", "NZD", "ZAR", "MXN", "BRL", "AED", "KRW", "KWD", "BHD", "OMR",
          "JOD");

  /** Returns the value with a debit mark applied (unsigned counts as positive). */
  BigDecimal signed() {
    return marker < 0 ? magnitude.negate() : magnitude;
  }

  /** Parses a printed amount, or returns {@code null} when the text is not one. */
  static @Nullable Amount parse(String raw) {
    return parse(raw, 2);
  }

  /** Parses a printed amount with {@code decimals} (0, 2 or 3) fraction digits, or {@code null}. */
  static @Nullable Amount parse(String raw, int decimals) {
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 40 || !hasDigit(s) || !hasFraction(s, decimals)) {
      return null; // no ASCII digit, or no fraction: number would refuse what is left of it
    }
    int marker = 0;
    String currency = null;
    for (int pass = 0; pass < 3; pass++) {
      String upper = s.toUpperCase(Locale.ROOT);
      if (upper.endsWith("CR") && s.length() > 2 && !Character.isLetter(s.charAt(s.length() - 3))) {
        marker = 1;
        s = s.substring(0, s.length() - 2).strip();
        continue;
      }
      if (upper.endsWith("DR") && s.length() > 2 && !Character.isLetter(s.charAt(s.length() - 3))) {
        marker = -1;
        s = s.substring(0, s.length() - 2).strip();
        continue;
      }
      if (s.startsWith("(") && s.endsWith(")") && s.length() > 2) {
        marker = -1;
        s = s.substring(1, s.length() - 1).strip();
        continue;
      }
      char first = s.isEmpty() ? ' ' : s.charAt(0);
      char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
      if (isMinus(first)) {
        marker = -1;
        s = s.substring(1).strip();
        continue;
      }
      if (isMinus(last) && s.length() > 1) {
        marker = -1;
        s = s.substring(0, s.length() - 1).strip();
        continue;
      }
      if (first == '+') {
        marker = 1;
        s = s.substring(1).strip();
        continue;
      }
      if (last == '+' && s.length() > 1) {
        // a trailing plus, as Austrian and German layouts print a credit ("23,12+")
        marker = 1;
        s = s.substring(0, s.length() - 1).strip();
        continue;
      }
      String cur = currencyPrefix(s);
      if (cur != null) {
        currency = cur;
        s = s.substring(cur.length()).strip();
        continue;
      }
      cur = currencySuffix(s);
      if (cur != null) {
        currency = cur;
        s = s.substring(0, s.length() - cur.length()).strip();
        continue;
      }
      break;
    }
    BigDecimal value = decimals == 2 ? number(s) : number(s, decimals);
    return value == null ? null : new Amount(value, marker, currency);
  }

  /** Whether the text holds an ASCII digit: amounts and dates always do. */
  static boolean hasDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text holds a decimal separator followed by {@code decimals} digits, as every amount
   * with fraction digits does (what {@link #number} reads is a part of the text).
   */
  private static boolean hasFraction(String s, int decimals) {
    if (decimals == 0) {
      return true;
    }
    outer:
    for (int i = 0; i + decimals < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',') {
        for (int k = 1; k <= decimals; k++) {
          if (!Character.isDigit(s.charAt(i + k))) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean isMinus(char c) {
    return c == '-' || c == '\u2212' || c == '\u2013';
  }

  private static @Nullable String currencyPrefix(String s) {
    for (String c : CODES) {
      if (s.startsWith(c) && s.length() > c.length()) {
        return c;
      }
    }
    for (String c : SYMBOLS) {
      if (s.startsWith(c) && s.length() > c.length()) {
        return c;
      }
    }
    return null;
  }

  private static @Nullable String currencySuffix(String s) {
    for (String c : CODES) {
      if (s.endsWith(c) && s.length() > c.length()) {
        return c;
      }
    }
    for (String c : SYMBOLS) {
      if (s.endsWith(c) && s.length() > c.length()) {
        return c;
      }
    }
    return null;
  }

  private static boolean isGroupSeparator(char c) {
    return c == ','
        || c == '.'
        || c == '\''
        || c == ' '
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u2019';
  }

  /** Parses the unsigned number: integer part with optional grouping, then exactly 2 decimals. */
  static @Nullable BigDecimal number(String s) {
    int n = s.length();
    if (n < 4) {
      return null;
    }
    char dec = s.charAt(n - 3);
    if ((dec != '.' && dec != ',')
        || !Character.isDigit(s.charAt(n - 2))
        || !Character.isDigit(s.charAt(n - 1))) {
      return null;
    }
    String integer = s.substring(0, n - 3);
    if (integer.isEmpty()) {
      return null;
    }
    StringBuilder digits = groupedDigits(integer, dec);
    if (digits == null) {
      return null;
    }
    digits.append('.').append(s, n - 2, n);
    return new BigDecimal(digits.toString());
  }

  /**
   * Parses an unsigned number with 0 or 3 fraction digits: with 0, grouped digits or up to seven
   * plain digits (no leading zero); with 3, exactly three digits after the decimal separator.
   */
  static @Nullable BigDecimal number(String s, int decimals) {
    int n = s.length();
    String integer = s;
    String fraction = "";
    if (decimals > 0) {
      if (n < decimals + 2) {
        return null;
      }
      char dec = s.charAt(n - decimals - 1);
      if (dec != '.' && dec != ',') {
        return null;
      }
      fraction = s.substring(n - decimals);
      for (int i = 0; i < fraction.length(); i++) {
        if (!Character.isDigit(fraction.charAt(i))) {
          return null;
        }
      }
      integer = s.substring(0, n - decimals - 1);
      if (integer.isEmpty() || integer.indexOf(dec) >= 0) {
        return null;
      }
    }
    StringBuilder digits =
        groupedDigits(integer, decimals == 0 ? '\u0000' : s.charAt(n - decimals - 1));
    if (digits == null) {
      return null;
    }
    if (decimals == 0 && digits.length() == integer.length() && digits.length() > 7) {
      return null; // a long plain number is an account or reference number, not an amount
    }
    return new BigDecimal(fraction.isEmpty() ? digits.toString() : digits + "." + fraction);
  }

  /**
   * The digits of an integer part with optional grouping (1,234 / 1.234 / 12,34,567), or {@code
   * null} when it is not one: groups of three (two in the middle for Indian grouping), one
   * separator that is not the decimal one, no leading zero without grouping, at most 18 digits.
   */
  private static @Nullable StringBuilder groupedDigits(String integer, char dec) {
    StringBuilder digits = new StringBuilder(integer.length());
    char group = 0;
    int groupLen = 0;
    int groups = 0;
    boolean twoDigitMiddle = false;
    for (int i = 0; i < integer.length(); i++) {
      char c = integer.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        groupLen++;
        continue;
      }
      if (!isGroupSeparator(c) || c == dec) {
        return null;
      }
      if (group == 0) {
        if (groupLen < 1 || groupLen > 3) {
          return null;
        }
        group = c;
      } else {
        if (c != group) {
          return null;
        }
        if (groupLen == 2) {
          twoDigitMiddle = true;
        } else if (groupLen != 3 || twoDigitMiddle) {
          return null;
        }
      }
      groups++;
      groupLen = 0;
    }
    if (digits.length() == 0 || (groups > 0 && groupLen != 3)) {
      return null;
    }
    if (groups == 0 && integer.length() > 1 && integer.charAt(0) == '0') {
      return null;
    }
    return digits.length() > 18 ? null : digits;
  }
}
