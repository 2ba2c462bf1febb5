package io.github.bsa.parsers.internal.camt;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads element values (amounts, credit/debit marks, dates, currencies) at the reader's current
 * position and builds the typed refusals that name it. Holds the {@code Ccy} attribute of the
 * element being read. One instance per input, used from one thread.
 */
final class CamtValues {
  /** Attribute key prefix. */
  static final String P = "camt.";

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private final String formatId;
  @Nullable XMLStreamReader reader;

  /** The {@code Ccy} attribute of the current element. */
  @Nullable String ccy;

  /** The statement being read, which collects the unknown-currency warning. */
  @Nullable CamtStatement statement;

  CamtValues(String formatId) {
    this.formatId = formatId;
  }

  String formatId() {
    return formatId;
  }

  SourcePosition position() {
    XMLStreamReader r = reader;
    return r == null ? SourcePosition.UNKNOWN : position(r.getLocation());
  }

  static SourcePosition position(@Nullable Location loc) {
    if (loc == null) {
      return SourcePosition.UNKNOWN;
    }
    return SourcePosition.of(Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber()));
  }

  StatementParseException malformed(String message) {
    return StatementParseException.malformed(formatId, message, position());
  }

  StatementParseException invalid(String message, SourcePosition pos) {
    return StatementParseException.invalid(formatId, message, pos);
  }

  BigDecimal amount(String value) {
    if (!DECIMAL.matcher(value).matches()) {
      throw invalid("CAMT amount is not a decimal number", position());
    }
    return new BigDecimal(value);
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
    String d = value.length() > 10 ? value.substring(0, 10) : value;
    try {
      return LocalDate.parse(d);
    } catch (DateTimeException e) {
      throw invalid("CAMT date is not an ISO date", position());
    }
  }

  @Nullable Currency currency(@Nullable String code) {
    if (code == null) {
      return null;
    }
    try {
      return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
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

  static void join(StringBuilder sb, String value) {
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(value);
  }
}
