package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseWarning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of single fields: balances ({@code :60F:}, {@code :62F:}, {@code :64:}, ...),
 * the MT942 floor limit ({@code :34F:}), totals ({@code :90D:}/{@code :90C:}) and date-time ({@code
 * :13D:}), and the account ({@code :25:}). Refusals are typed with the field's line. Stateless
 * apart from the format id; thread-safe.
 */
final class Mt940Fields {
  private final String formatId;
  private final String prefix;

  Mt940Fields(String formatId) {
    this.formatId = formatId;
    this.prefix = formatId + ".";
  }

  /** A balance: signed amount, date and currency (null when missing or unknown). */
  record Balance(BigDecimal amount, LocalDate date, @Nullable Currency currency) {}

  Balance balance(Mt940Field f, Mt940Statement s) {
    String t = f.text().strip().replace(" ", "");
    SourcePosition at = SourcePosition.ofLine(f.line);
    if (t.length() < 11 || (t.charAt(0) != 'C' && t.charAt(0) != 'D')) {
      throw StatementParseException.malformed(
          formatId,
          "MT940 :" + f.tag + ": balance is not in the form C/D, YYMMDD, currency, amount",
          at);
    }
    Mt940Values.Day day = Mt940Values.yymmdd(t, 1);
    if (day == null) {
      throw StatementParseException.invalid(
          formatId, "MT940 :" + f.tag + ": balance date is not a valid YYMMDD date", at);
    }
    boolean hasCode = upper(t.charAt(7)) && upper(t.charAt(8)) && upper(t.charAt(9));
    Currency currency = hasCode ? Mt940Values.currency(t.substring(7, 10)) : null;
    BigDecimal amount = Mt940Values.amount(t.substring(hasCode ? 10 : 7));
    if (amount == null) {
      throw StatementParseException.malformed(
          formatId,
          "MT940 :" + f.tag + ": balance is not in the form C/D, YYMMDD, currency, amount",
          at);
    }
    if (currency == null) {
      s.warn(
          ParseWarning.of(
              prefix + "unknownCurrency",
              "MT940 :" + f.tag + ": currency is missing or not an ISO 4217 code",
              at));
    }
    if (day.clamped()) {
      s.warn(
          ParseWarning.of(
              prefix + "dayClamped",
              "MT940 :"
                  + f.tag
                  + ": date has a day past the end of its month; the last day is used",
              at));
    }
    return new Balance(t.charAt(0) == 'D' ? amount.negate() : amount, day.date(), currency);
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** {@code :34F:} currency, optional D/C mark, amount; marks the statement as MT942. */
  void floorLimit(Mt940Field f, Mt940Statement s) {
    String t = f.text().strip();
    if (t.length() < 4 || Mt940Values.currency(t.substring(0, 3)) == null) {
      throw StatementParseException.malformed(
          formatId,
          "MT942 :34F: floor limit is not in the form currency, [D/C], amount",
          SourcePosition.ofLine(f.line));
    }
    String mark = "";
    int i = 3;
    if (t.charAt(3) == 'D' || t.charAt(3) == 'C') {
      mark = t.charAt(3) == 'D' ? "Debit" : "Credit";
      i = 4;
    }
    BigDecimal amount = Mt940Values.amount(t.substring(i));
    if (amount == null) {
      throw StatementParseException.malformed(
          formatId,
          "MT942 :34F: floor limit amount is not a number",
          SourcePosition.ofLine(f.line));
    }
    if (s.currency == null) {
      s.currency = Mt940Values.currency(t.substring(0, 3));
    }
    s.attributes.put(prefix + "floorLimit" + mark, amount.toPlainString());
    s.mt942 = true;
  }

  /** {@code :90D:}/{@code :90C:} number of entries, currency, sum. */
  void entrySummary(Mt940Field f, Mt940Statement s) {
    String t = f.text().strip();
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    BigDecimal amount =
        i > 0 && i + 3 <= t.length() ? Mt940Values.amount(t.substring(i + 3)) : null;
    if (amount == null || i > 9) {
      throw StatementParseException.malformed(
          formatId,
          "MT942 :" + f.tag + ": is not in the form count, currency, amount",
          SourcePosition.ofLine(f.line));
    }
    boolean debit = f.tag.equals("90D");
    String side = debit ? "debit" : "credit";
    s.attributes.put(prefix + side + "Count", t.substring(0, i));
    s.attributes.put(prefix + side + "Sum", amount.toPlainString());
    if (debit) {
      s.declaredDebitCount = Integer.parseInt(t.substring(0, i));
      s.declaredDebitSum = amount;
      s.declaredDebitLine = f.line;
    } else {
      s.declaredCreditCount = Integer.parseInt(t.substring(0, i));
      s.declaredCreditSum = amount;
      s.declaredCreditLine = f.line;
    }
    s.mt942 = true;
  }

  /** {@code :13D:} YYMMDDhhmm+hhmm as ISO text; any other form is kept as written. */
  static String dateTime(String text) {
    String t = text.strip();
    if (t.length() == 15
        && Mt940Values.digits(t, 0, 10)
        && (t.charAt(10) == '+' || t.charAt(10) == '-')
        && Mt940Values.digits(t, 11, 4)) {
      Mt940Values.Day d = Mt940Values.yymmdd(t, 0);
      if (d != null && !d.clamped()) {
        return d.date()
            + "T"
            + t.substring(6, 8)
            + ":"
            + t.substring(8, 10)
            + t.charAt(10)
            + t.substring(11, 13)
            + ":"
            + t.substring(13, 15);
      }
    }
    return t;
  }

  /** Finds an IBAN in a :25: value: the whole value, the part after a '/', or before a space. */
  static @Nullable Iban ibanIn(String raw) {
    List<String> candidates = new ArrayList<>(4);
    candidates.add(raw);
    int slash = raw.lastIndexOf('/');
    if (slash >= 0) {
      candidates.add(raw.substring(slash + 1));
    }
    int space = raw.indexOf(' ');
    if (space > 0) {
      candidates.add(raw.substring(0, space));
    }
    if (raw.length() > 18 && trailingCurrency(raw) != null) {
      candidates.add(raw.substring(0, raw.length() - 3));
    }
    for (String c : candidates) {
      if (Iban.isValid(c)) {
        return Iban.tryParse(c).orElse(null);
      }
    }
    return null;
  }

  /** The ISO currency code at the end of a :25: value, after a digit or a space. */
  static @Nullable Currency trailingCurrency(String raw) {
    String t = raw.strip();
    if (t.length() < 4) {
      return null;
    }
    char before = t.charAt(t.length() - 4);
    if (!Character.isDigit(before) && before != ' ') {
      return null;
    }
    return Mt940Values.currency(t.substring(t.length() - 3));
  }
}
