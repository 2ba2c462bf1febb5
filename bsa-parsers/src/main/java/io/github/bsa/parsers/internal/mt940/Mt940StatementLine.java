package io.github.bsa.parsers.internal.mt940;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The parsed first line of a {@code :61:} statement line field: {@code YYMMDD[MMDD]<mark>[funds
 * code]<amount><type code><customer reference>[//<bank reference>]}. The mark is D, C, RD (reversal
 * of a debit: money in), RC (reversal of a credit: money out), or ED/EC (expected, in MT942).
 *
 * @param valueDate the value date
 * @param valueDateClamped whether the value date's day was past the end of its month
 * @param entryDate the entry (booking) date, when given
 * @param mark the debit/credit mark as written
 * @param fundsCode the third letter of the currency code, when given
 * @param amount the signed amount
 * @param typeCode the transaction type identification code, such as {@code NTRF}
 * @param customerReference the account owner's reference, possibly {@code NONREF}
 * @param bankReference the account servicing institution's reference
 * @param extraDetails text after a 16-character reference without {@code //}
 * @param wrapped whether the field's second line was needed to complete the first
 */
record Mt940StatementLine(
    LocalDate valueDate,
    boolean valueDateClamped,
    @Nullable LocalDate entryDate,
    String mark,
    @Nullable String fundsCode,
    BigDecimal amount,
    @Nullable String typeCode,
    @Nullable String customerReference,
    @Nullable String bankReference,
    @Nullable String extraDetails,
    boolean wrapped) {

  /** The longest customer reference (SWIFT: 16x). */
  private static final int MAX_REFERENCE = 16;

  private static final String NONREF = "NONREF";

  /** The one-letter funds codes, so that reading one allocates nothing. */
  private static final String[] LETTERS = new String[26];

  static {
    for (int c = 0; c < 26; c++) {
      LETTERS[c] = String.valueOf((char) ('A' + c));
    }
  }

  /**
   * Parses the first line of a {@code :61:} field; when it is cut before the amount (some exports
   * wrap it), the second line is appended. A reader for tests and one-off use; a parser keeps a
   * {@link Reader}.
   *
   * @return the parsed line, or {@code null} when the text is not a statement line
   */
  static @Nullable Mt940StatementLine parse(String first, @Nullable String second) {
    return new Reader().parse(first, second);
  }

  /**
   * Reads {@code :61:} lines by index into the text, without a substring per part (ADR 0270); the
   * last dates, type code and references read are kept, so that a statement whose lines repeat them
   * shares one instance. One instance per parser, used from one thread.
   */
  static final class Reader {
    private int valueKey = -1;
    private Mt940Values.@Nullable Day value;
    private int entryKey = -1;
    private @Nullable LocalDate entryReference;
    private Mt940Values.@Nullable Day entry;
    private @Nullable String typeCode;
    private @Nullable String customer;

    /** As {@link Mt940StatementLine#parse(String, String)}. */
    @Nullable Mt940StatementLine parse(String first, @Nullable String second) {
      Mt940StatementLine line = parse(first, 0, false);
      if (line == null && second != null) {
        line = parse(first.stripTrailing() + second.strip(), 0, true);
      }
      return line;
    }

    private @Nullable Mt940StatementLine parse(String s, int offset, boolean wrapped) {
      Mt940Values.Day value = valueDate(s, offset);
      if (value == null) {
        return null;
      }
      int n = s.length();
      int i = offset + 6;
      Mt940Values.Day entry = null;
      if (Mt940Values.digits(s, i, 4)) {
        entry = entryDate(s, i, value.date());
        if (entry == null) {
          return null;
        }
        i += 4;
      }
      i = skipSpaces(s, i);
      String mark;
      if (i + 1 < n
          && (s.charAt(i) == 'R' || s.charAt(i) == 'E')
          && isDebitCredit(s.charAt(i + 1))) {
        mark =
            s.charAt(i) == 'R'
                ? (s.charAt(i + 1) == 'D' ? "RD" : "RC")
                : (s.charAt(i + 1) == 'D' ? "ED" : "EC");
      } else if (i < n && isDebitCredit(s.charAt(i))) {
        mark = s.charAt(i) == 'D' ? "D" : "C";
      } else {
        return null;
      }
      i += mark.length();
      String funds = null;
      if (i + 1 < n && isUpper(s.charAt(i)) && isAmountChar(s.charAt(i + 1))) {
        funds = LETTERS[s.charAt(i) - 'A'];
        i++;
      }
      i = skipSpaces(s, i);
      int start = i;
      while (i < n && isAmountChar(s.charAt(i))) {
        i++;
      }
      boolean negative = mark.equals("D") || mark.equals("RC") || mark.equals("ED");
      BigDecimal amount = Mt940Values.amount(s, start, i, negative);
      if (amount == null) {
        return null;
      }
      // the rest, without leading spaces and trailing whitespace
      int from = skipSpaces(s, i);
      int to = stripEnd(s, from, n);
      String type = null;
      if (s.startsWith(NONREF, from)
          && (to - from == 6 || s.startsWith("//", from + 6) || s.charAt(from + 6) == ' ')) {
        type = null;
      } else if (to - from >= 4 && isUpper(s.charAt(from))) {
        type = typeCode(s, from, from + 4);
        from += 4;
      } else if (to > from && to - from < 4) {
        type = typeCode(s, from, to);
        from = to;
      }
      String customer;
      String bank = null;
      String overflow = null;
      int slashes = indexOfSlashes(s, from, to);
      if (slashes >= 0) {
        customer = customer(s, from, slashes);
        bank = stripped(s, slashes + 2, to);
      } else if (to - from > MAX_REFERENCE && hasSpace(s, from, from + MAX_REFERENCE)) {
        // the reference has at most 16 characters; some banks (old Rabobank) put the counterparty
        // after it
        customer = customer(s, from, from + MAX_REFERENCE);
        overflow = stripped(s, from + MAX_REFERENCE, to);
      } else {
        customer = customer(s, from, to);
      }
      return new Mt940StatementLine(
          value.date(),
          value.clamped(),
          entry == null ? null : entry.date(),
          mark,
          funds,
          amount,
          type,
          customer,
          bank,
          overflow,
          wrapped);
    }

    private Mt940Values.@Nullable Day valueDate(String s, int at) {
      int key = key(s, at, 6);
      if (key < 0) {
        return null;
      }
      if (key != valueKey) {
        value = Mt940Values.yymmdd(s, at);
        valueKey = value == null ? -1 : key;
      }
      return value;
    }

    private Mt940Values.@Nullable Day entryDate(String s, int at, LocalDate reference) {
      int key = key(s, at, 4);
      if (key != entryKey || !reference.equals(entryReference)) {
        entry = Mt940Values.mmddNear(s, at, reference);
        entryKey = entry == null ? -1 : key;
        entryReference = reference;
      }
      return entry;
    }

    /** The digits at {@code s[at, at + count)} as a number, or -1 when they are not digits. */
    private static int key(String s, int at, int count) {
      if (at + count > s.length()) {
        return -1;
      }
      int k = 0;
      for (int i = at; i < at + count; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        k = k * 10 + (c - '0');
      }
      return k;
    }

    private String typeCode(String s, int from, int to) {
      String last = typeCode;
      if (last != null && last.length() == to - from && s.startsWith(last, from)) {
        return last;
      }
      String t = s.substring(from, to);
      typeCode = t;
      return t;
    }

    /** The stripped text of {@code s[from, to)}, the last one when it repeats; null if empty. */
    private @Nullable String customer(String s, int from, int to) {
      int a = stripStart(s, from, to);
      int b = stripEnd(s, a, to);
      if (a == b) {
        return null;
      }
      String last = customer;
      if (last != null && last.length() == b - a && s.startsWith(last, a)) {
        return last;
      }
      String c = b - a == NONREF.length() && s.startsWith(NONREF, a) ? NONREF : s.substring(a, b);
      customer = c;
      return c;
    }
  }

  private static @Nullable String stripped(String s, int from, int to) {
    int a = stripStart(s, from, to);
    int b = stripEnd(s, a, to);
    return a == b ? null : s.substring(a, b);
  }

  /** The first index in {@code [from, to)} that is not whitespace, else {@code to}. */
  private static int stripStart(String s, int from, int to) {
    int a = from;
    while (a < to && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    return a;
  }

  /** The end of {@code s[from, to)} without trailing whitespace. */
  private static int stripEnd(String s, int from, int to) {
    int b = to;
    while (b > from && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  private static int indexOfSlashes(String s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (s.charAt(i) == '/' && s.charAt(i + 1) == '/') {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasSpace(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean isDebitCredit(char c) {
    return c == 'D' || c == 'C';
  }

  /** Returns the bank's reference, else the owner's reference unless it is {@code NONREF}. */
  @Nullable String reference() {
    if (bankReference != null && !isNonref(bankReference)) {
      return bankReference;
    }
    if (customerReference != null && !isNonref(customerReference)) {
      return customerReference;
    }
    return null;
  }

  /** {@code equalsIgnoreCase("NONREF")}, the first letter tested first. */
  @SuppressWarnings("ReferenceEquality") // the constant read by the reader, then any spelling
  private static boolean isNonref(String s) {
    if (s == NONREF) {
      return true;
    }
    char c = s.isEmpty() ? ' ' : s.charAt(0);
    return (c == 'N' || c == 'n') && s.equalsIgnoreCase(NONREF);
  }

  private static int skipSpaces(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAmountChar(char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  }
}
