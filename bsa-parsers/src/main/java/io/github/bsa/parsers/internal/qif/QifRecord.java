package io.github.bsa.parsers.internal.qif;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.internal.text.Whitespace;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One QIF record (the lines up to {@code ^}): its fields as read, and the transaction built from
 * them once the date order is known. Also the QIF amount syntax. Not thread-safe.
 */
final class QifRecord {
  private static final String FORMAT = QifParser.FORMAT;
  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");

  final long line;
  final long index;
  int fields;
  @Nullable QifDate date;
  SourcePosition datePosition = SourcePosition.UNKNOWN;
  @Nullable BigDecimal amount;
  @Nullable BigDecimal uAmount;
  @Nullable String payee;
  @Nullable String memo;
  @Nullable String number;
  @Nullable String category;
  @Nullable String cleared;
  final List<String> address = new ArrayList<>(2);
  final List<Split> splits = new ArrayList<>(0);

  QifRecord(long line, long index) {
    this.line = line;
    this.index = index;
  }

  boolean isEmpty() {
    return fields == 0;
  }

  boolean inSplit() {
    return !splits.isEmpty();
  }

  Split split() {
    return splits.get(splits.size() - 1);
  }

  /** Takes one field line: {@code code} is its first character, {@code value} the rest. */
  void field(char code, String value, SourcePosition at) {
    switch (code) {
      case 'D' -> {
        if (inSplit()) {
          split().date = value;
          break;
        }
        QifDate d = QifDate.parse(value);
        if (d == null) {
          throw StatementParseException.invalid(
              FORMAT, "QIF D field is not a date of a known form", at);
        }
        date = d;
        datePosition = at;
      }
      case 'T' -> {
        amount = amount(value, "T", at);
      }
      case 'U' -> {
        uAmount = amount(value, "U", at);
      }
      case 'P' -> {
        payee = value;
      }
      case 'M' -> {
        memo = value;
      }
      case 'N' -> {
        number = value;
      }
      case 'L' -> {
        category = value;
      }
      case 'C' -> {
        cleared = value;
      }
      case 'A' -> {
        address.add(value);
      }
      case 'S' -> {
        splits.add(new Split(value));
      }
      case 'E' -> {
        if (inSplit()) {
          split().memo = value;
        }
      }
      case '$' -> {
        if (inSplit()) {
          split().amount = amount(value, "$", at);
        }
      }
      case '%' -> {
        if (inSplit()) {
          split().percent = value;
        }
      }
      default -> {
        // other fields (F, X, 1-7 ...) carry nothing the model holds
      }
    }
    fields++;
  }

  static BigDecimal amount(String value, String field, SourcePosition at) {
    BigDecimal a = parseAmount(value);
    if (a == null) {
      throw StatementParseException.invalid(FORMAT, "QIF " + field + " amount is not a number", at);
    }
    return a;
  }

  /**
   * Parses a QIF amount: optional sign and currency symbol, {@code ,} or {@code .} as thousands
   * separator or decimal mark. With both marks the last one is the decimal mark; a lone mark
   * followed by exactly three digits is a thousands separator when it is a comma, a decimal mark
   * when it is a dot; repeated marks are thousands separators.
   */
  static @Nullable BigDecimal parseAmount(String value) {
    String v = value.replace(" ", "").replace("\u00a0", "");
    boolean negative = false;
    if (v.startsWith("-")) {
      negative = true;
      v = v.substring(1);
    } else if (v.startsWith("+")) {
      v = v.substring(1);
    }
    while (!v.isEmpty() && "$£€¥".indexOf(v.charAt(0)) >= 0) {
      v = v.substring(1);
    }
    if (!negative && v.startsWith("-")) {
      negative = true;
      v = v.substring(1);
    }
    int dot = v.lastIndexOf('.');
    int comma = v.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      v = comma > dot ? v.replace(".", "").replace(',', '.') : v.replace(",", "");
    } else if (comma >= 0) {
      boolean single = v.indexOf(',') == comma;
      v = single && v.length() - comma - 1 != 3 ? v.replace(',', '.') : v.replace(",", "");
    } else if (dot >= 0 && v.indexOf('.') != dot) {
      v = v.replace(".", "");
    }
    if (!AMOUNT.matcher(v).matches()) {
      return null;
    }
    BigDecimal a = new BigDecimal(v);
    return negative ? a.negate() : a;
  }

  /** Builds the transaction, the date read in {@code order}. */
  Transaction toTransaction(@Nullable DateOrder order) {
    SourcePosition at = SourcePosition.ofLine(line).withRecord(index);
    QifDate d = Objects.requireNonNull(date);
    LocalDate booked;
    try {
      booked = d.resolve(order);
    } catch (DateTimeException e) {
      throw new StatementParseException(
          ErrorCode.INVALID_DATA, FORMAT, "QIF D field is not a valid date", datePosition, e);
    }
    BigDecimal value = amount != null ? amount : Objects.requireNonNull(uAmount);
    String payeeText = blankToNull(payee);
    String memoText = blankToNull(memo);
    Transaction.Builder b =
        Transaction.builder()
            .bookingDate(booked)
            .amount(value)
            .counterparty(payeeText)
            .description(description(payeeText, memoText))
            .reference(blankToNull(number))
            .position(at);
    String cat = blankToNull(category);
    if (cat != null) {
      int slash = cat.indexOf('/');
      if (slash >= 0) {
        b.attribute("qif.class", blankToNull(cat.substring(slash + 1)));
        cat = blankToNull(cat.substring(0, slash));
      }
    }
    if (cat != null && cat.startsWith("[") && cat.endsWith("]")) {
      b.attribute("qif.transferAccount", blankToNull(cat.substring(1, cat.length() - 1)));
      cat = null;
    }
    b.category(cat);
    b.attribute("qif.payee", payeeText);
    b.attribute("qif.memo", memoText);
    b.attribute("qif.cleared", blankToNull(cleared));
    if (!address.isEmpty()) {
      b.attribute("qif.address", String.join("\n", address));
    }
    BigDecimal t = amount;
    BigDecimal u = uAmount;
    if (t != null && u != null && t.compareTo(u) != 0) {
      b.attribute("qif.uAmount", u.toPlainString());
    }
    if (!splits.isEmpty()) {
      b.attribute("qif.splitCount", Integer.toString(splits.size()));
      for (int i = 0; i < splits.size(); i++) {
        Split s = splits.get(i);
        String p = "qif.split." + (i + 1) + ".";
        b.attribute(p + "category", blankToNull(s.category));
        b.attribute(p + "memo", blankToNull(s.memo));
        BigDecimal sa = s.amount;
        b.attribute(p + "amount", sa == null ? null : sa.toPlainString());
        b.attribute(p + "percent", blankToNull(s.percent));
        b.attribute(p + "date", blankToNull(s.date));
      }
    }
    return b.build();
  }

  static @Nullable String description(@Nullable String payee, @Nullable String memo) {
    if (payee == null) {
      return memo;
    }
    if (memo == null || Whitespace.fold(payee).equalsIgnoreCase(Whitespace.fold(memo))) {
      return payee;
    }
    return payee + " " + memo;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  static final class Split {
    @Nullable String category;
    @Nullable String memo;
    @Nullable BigDecimal amount;
    @Nullable String percent;
    @Nullable String date;

    Split(String category) {
      this.category = category;
    }
  }
}
