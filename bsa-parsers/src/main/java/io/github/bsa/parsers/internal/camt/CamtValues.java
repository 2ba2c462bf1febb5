package io.github.bsa.parsers.internal.camt;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.parsers.internal.xml.XmlEvents;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads element values (amounts, credit/debit marks, dates, currencies) at the reader's current
 * position and builds the typed refusals that name it. Holds the {@code Ccy} attribute of the
 * element being read. One instance per input, used from one thread.
 */
final class CamtValues {
  /** Attribute key prefix. */
  static final String P = "camt.";

  private final String formatId;
  @Nullable XmlEvents events;

  /** The {@code Ccy} attribute of the current element. */
  @Nullable String ccy;

  /** The statement being read, which collects the unknown-currency warning. */
  @Nullable CamtStatement statement;

  // the last currency code read and its currency: a file uses one or two codes
  private @Nullable String lastCode;
  private @Nullable Currency lastCurrency;

  CamtValues(String formatId) {
    this.formatId = formatId;
  }

  String formatId() {
    return formatId;
  }

  SourcePosition position() {
    XmlEvents e = events;
    return e == null ? SourcePosition.UNKNOWN : e.position();
  }

  StatementParseException malformed(String message) {
    return StatementParseException.malformed(formatId, message, position());
  }

  StatementParseException invalid(String message, SourcePosition pos) {
    return StatementParseException.invalid(formatId, message, pos);
  }

  BigDecimal amount(String value) {
    if (!isDecimal(value)) {
      throw invalid("CAMT amount is not a decimal number", position());
    }
    return new BigDecimal(value);
  }

  /** Whether a value is {@code [+-]?(digits[.digits*]|.digits)}, without a regular expression. */
  static boolean isDecimal(String value) {
    int n = value.length();
    int i = 0;
    if (n > 0 && (value.charAt(0) == '+' || value.charAt(0) == '-')) {
      i++;
    }
    int digitsBefore = 0;
    while (i < n && isDigit(value.charAt(i))) {
      i++;
      digitsBefore++;
    }
    int digitsAfter = 0;
    if (i < n && value.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(value.charAt(i))) {
        i++;
        digitsAfter++;
      }
    }
    return i == n && (digitsBefore > 0 || digitsAfter > 0);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  boolean debit(String value) {
    return switch (value) {
      case "DBIT" -> true;
      case "CRDT" -> false;
      default -> throw invalid("CAMT credit/debit indicator is neither CRDT nor DBIT", position());
    };
  }

  LocalDate date(String value) {
    // xs:date may carry a zone (2024-01-31+01:00); xs:dateTime starts with the date
    // read yyyy-MM-dd by hand: DateTimeFormatter allocates far more than the date itself
    if (value.length() >= 10
        && value.charAt(4) == '-'
        && value.charAt(7) == '-'
        && digits(value, 0, 4)
        && digits(value, 5, 2)
        && digits(value, 8, 2)) {
      try {
        return LocalDate.of(number(value, 0, 4), number(value, 5, 2), number(value, 8, 2));
      } catch (DateTimeException e) {
        throw invalid("CAMT date is not an ISO date", position());
      }
    }
    String d = value.length() > 10 ? value.substring(0, 10) : value;
    try {
      return LocalDate.parse(d);
    } catch (DateTimeException e) {
      throw invalid("CAMT date is not an ISO date", position());
    }
  }

  private static boolean digits(String s, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  @Nullable Currency currency(@Nullable String code) {
    if (code == null) {
      return null;
    }
    if (code.equals(lastCode)) {
      return lastCurrency;
    }
    try {
      Currency c = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
      lastCode = code;
      lastCurrency = c;
      return c;
    } catch (IllegalArgumentException e) {
      CamtStatement s = statement;
      if (s != null && !s.unknownCurrencyWarned) {
        s.unknownCurrencyWarned = true;
        s.warnings.add(
            ParseWarning.of("camt.currency", "unknown ISO 4217 currency code", position()));
      }
      return null;
    }
  }

  /**
   * Non-empty values joined by one space, kept as the one string while there is only one (the
   * common case) and in a builder from the second on.
   */
  static final class Joined {
    private @Nullable String one;
    private @Nullable StringBuilder many;

    void add(String value) {
      StringBuilder m = many;
      if (m != null) {
        m.append(' ').append(value);
      } else if (one == null) {
        one = value;
      } else {
        many = new StringBuilder(one.length() + value.length() + 16).append(one).append(' ');
        many.append(value);
        one = null;
      }
    }

    int length() {
      StringBuilder m = many;
      String o = one;
      return m != null ? m.length() : o != null ? o.length() : 0;
    }

    /** The joined text, {@code null} when nothing was added. */
    @Nullable String value() {
      StringBuilder m = many;
      return m != null ? m.toString() : one;
    }
  }

  static void join(StringBuilder sb, String value) {
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(value);
  }
}
