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

  /**
   * Parses the first line of a {@code :61:} field; when it is cut before the amount (some exports
   * wrap it), the second line is appended.
   *
   * @return the parsed line, or {@code null} when the text is not a statement line
   */
  static @Nullable Mt940StatementLine parse(String first, @Nullable String second) {
    Mt940StatementLine line = parse(first, false);
    if (line == null && second != null) {
      line = parse(first.stripTrailing() + second.strip(), true);
    }
    return line;
  }

  private static @Nullable Mt940StatementLine parse(String s, boolean wrapped) {
    Mt940Values.Day value = Mt940Values.yymmdd(s, 0);
    if (value == null) {
      return null;
    }
    int i = 6;
    Mt940Values.Day entry = null;
    if (Mt940Values.digits(s, i, 4)) {
      entry = Mt940Values.mmddNear(s, i, value.date());
      if (entry == null) {
        return null;
      }
      i += 4;
    }
    i = skipSpaces(s, i);
    String mark;
    if (s.startsWith("RD", i)
        || s.startsWith("RC", i)
        || s.startsWith("ED", i)
        || s.startsWith("EC", i)) {
      mark = s.substring(i, i + 2);
    } else if (s.startsWith("D", i) || s.startsWith("C", i)) {
      mark = s.substring(i, i + 1);
    } else {
      return null;
    }
    i += mark.length();
    String funds = null;
    if (i + 1 < s.length() && isUpper(s.charAt(i)) && isAmountChar(s.charAt(i + 1))) {
      funds = s.substring(i, i + 1);
      i++;
    }
    i = skipSpaces(s, i);
    int start = i;
    while (i < s.length() && isAmountChar(s.charAt(i))) {
      i++;
    }
    BigDecimal amount = Mt940Values.amount(s.substring(start, i));
    if (amount == null) {
      return null;
    }
    boolean negative = mark.equals("D") || mark.equals("RC") || mark.equals("ED");
    if (negative) {
      amount = amount.negate();
    }
    String rest = s.substring(skipSpaces(s, i)).stripTrailing();
    String type = null;
    if (rest.startsWith("NONREF")
        && (rest.length() == 6 || rest.startsWith("//", 6) || rest.charAt(6) == ' ')) {
      type = null;
    } else if (rest.length() >= 4 && isUpper(rest.charAt(0))) {
      type = rest.substring(0, 4);
      rest = rest.substring(4);
    } else if (!rest.isEmpty() && rest.length() < 4) {
      type = rest;
      rest = "";
    }
    String customer;
    String bank = null;
    String overflow = null;
    int slashes = rest.indexOf("//");
    if (slashes >= 0) {
      customer = rest.substring(0, slashes).strip();
      bank = rest.substring(slashes + 2).strip();
    } else if (rest.length() > MAX_REFERENCE && rest.substring(0, MAX_REFERENCE).contains(" ")) {
      // the reference has at most 16 characters; some banks (old Rabobank) put the counterparty
      // after it
      customer = rest.substring(0, MAX_REFERENCE).strip();
      overflow = rest.substring(MAX_REFERENCE).strip();
    } else {
      customer = rest.strip();
    }
    return new Mt940StatementLine(
        value.date(),
        value.clamped(),
        entry == null ? null : entry.date(),
        mark,
        funds,
        amount,
        type,
        customer.isEmpty() ? null : customer,
        bank == null || bank.isEmpty() ? null : bank,
        overflow == null || overflow.isEmpty() ? null : overflow,
        wrapped);
  }

  /** Returns the bank's reference, else the owner's reference unless it is {@code NONREF}. */
  @Nullable String reference() {
    if (bankReference != null && !bankReference.equalsIgnoreCase("NONREF")) {
      return bankReference;
    }
    if (customerReference != null && !customerReference.equalsIgnoreCase("NONREF")) {
      return customerReference;
    }
    return null;
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
