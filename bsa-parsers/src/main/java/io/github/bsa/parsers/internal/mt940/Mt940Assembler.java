package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.internal.text.Whitespace;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementSink;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns complete fields into statements: gives each field its meaning for the statement being read
 * and holds each {@code :61:} line until its {@code :86:} information is known; {@link
 * Mt940StatementOutput} reports the transactions and statement headers to the sink. One instance
 * per input, used from one thread.
 */
final class Mt940Assembler {
  private static final int MAX_INFORMATION = 64 * 1024;

  private final ParseContext context;
  private final String formatId;
  private final String prefix;
  private final Mt940Fields fields;
  private final Mt940StatementOutput output;
  private final Mt940StatementLine.Reader lineReader = new Mt940StatementLine.Reader();

  private @Nullable Mt940Statement state;
  private @Nullable Pending pending;
  private long lastLine;

  Mt940Assembler(ParseContext context, String formatId, StatementSink sink) {
    this.context = context;
    this.formatId = formatId;
    this.prefix = formatId + ".";
    this.fields = new Mt940Fields(formatId);
    this.output = new Mt940StatementOutput(formatId, sink);
  }

  /** Whether a statement is an MT942 interim report; see {@link Mt940StatementOutput#isInterim}. */
  boolean isInterim(Mt940Statement s) {
    return output.isInterim(s);
  }

  /** The statement being read, or null between statements. */
  @Nullable Mt940Statement current() {
    return state;
  }

  long transactionCount() {
    return output.transactionCount();
  }

  int statementCount() {
    return output.statementCount();
  }

  void lastLine(long no) {
    lastLine = no;
  }

  /** Ends the message at line {@code no}: the statement in progress, if any, is reported. */
  void endMessage(long no) {
    emitPending();
    Mt940Statement s = state;
    if (s != null && s.hasContent()) {
      endStatement(no);
    }
    state = null;
  }

  void field(Mt940Field f) {
    String tag = f.tag;
    if (!tag.equals("86")) {
      emitPending();
    }
    switch (tag) {
      case "20" -> {
        Mt940Statement s = state;
        if (s != null && s.hasContent()) {
          endStatement(f.line);
          s = null;
        }
        if (s == null) {
          s = new Mt940Statement(f.line);
          state = s;
        }
        s.id = nonEmpty(f.text());
      }
      case "21" -> state().attributes.put(prefix + "relatedReference", f.text());
      case "25", "25P" -> account(f);
      case "28", "28C" -> state().attributes.put(prefix + "statementNumber", f.text());
      case "60F", "60M" -> opening(f);
      case "61" -> statementLine(f);
      case "86" -> information(f);
      case "62F", "62M" -> closing(f);
      case "64" -> {
        Mt940Statement s = state();
        Mt940Fields.Balance b = fields.balance(f, s);
        s.available = b.amount();
        s.attributes.put(prefix + "availableBalanceDate", b.date().toString());
      }
      case "65" -> {
        Mt940Statement s = state();
        Mt940Fields.Balance b = fields.balance(f, s);
        s.forwardCount++;
        String key = prefix + "forwardAvailableBalance." + s.forwardCount;
        s.attributes.put(key, b.amount().toPlainString());
        s.attributes.put(key + ".date", b.date().toString());
      }
      case "34F" -> fields.floorLimit(f, state());
      case "13", "13D" -> {
        Mt940Statement s = state();
        s.attributes.put(prefix + "dateTime", Mt940Fields.dateTime(f.text()));
        s.mt942 = true;
      }
      case "90D", "90C" -> fields.entrySummary(f, state());
      case "NS" -> {
        Mt940Statement s = state;
        if (s != null) {
          s.append(prefix + "ns", f.text());
        }
      }
      default -> {
        Mt940Statement s = state;
        if (s != null) {
          s.append(prefix + "tag." + tag, f.text());
          s.warn(
              ParseWarning.of(
                  prefix + "unknownTag",
                  "MT940 field :" + tag + ": is not a statement field; kept as an attribute",
                  SourcePosition.ofLine(f.line)));
        }
        // before the first statement: a header such as :940:, ignored
      }
    }
  }

  private Mt940Statement state() {
    Mt940Statement s = state;
    if (s == null) {
      s = new Mt940Statement(lastLine);
      state = s;
    }
    return s;
  }

  private void account(Mt940Field f) {
    Mt940Statement s = state();
    String raw = Whitespace.fold(f.text());
    if (s.accountNumber != null) {
      s.warn(
          ParseWarning.of(
              prefix + "repeatedAccount",
              "MT940 :25: repeated inside one statement; the first account is kept",
              SourcePosition.ofLine(f.line)));
      return;
    }
    if (raw.isEmpty()) {
      return;
    }
    s.accountNumber = raw;
    if (s.currency == null) {
      s.currency = Mt940Fields.trailingCurrency(raw);
    }
  }

  private void opening(Mt940Field f) {
    Mt940Statement s = state();
    if (s.opening != null || s.closing != null) {
      // a new balance without a new :20: starts the next statement of the same account
      Mt940Statement next = new Mt940Statement(f.line);
      next.id = s.id;
      next.accountNumber = s.accountNumber;
      next.attributes.putAll(s.attributes);
      endStatement(f.line);
      state = next;
      s = next;
    }
    Mt940Fields.Balance b = fields.balance(f, s);
    s.opening = b.amount();
    s.openingDate = b.date();
    if (b.currency() != null) {
      s.currency = b.currency();
    }
    if (f.tag.equals("60M")) {
      s.attributes.put(prefix + "openingBalanceType", "intermediate");
    }
    output.begin(s);
  }

  private void closing(Mt940Field f) {
    Mt940Statement s = state();
    Mt940Fields.Balance b = fields.balance(f, s);
    s.closing = b.amount();
    s.closingDate = b.date();
    if (s.currency == null && b.currency() != null) {
      s.currency = b.currency();
    }
    if (f.tag.equals("62M")) {
      s.attributes.put(prefix + "closingBalanceType", "intermediate");
    } else {
      s.finalClosing = true;
    }
  }

  private void statementLine(Mt940Field f) {
    Mt940Statement s = state();
    List<String> lines = f.lines;
    String first = lines.get(0);
    String second = lines.size() > 1 ? lines.get(1) : null;
    Mt940StatementLine parsed = lineReader.parse(first, second);
    if (parsed == null) {
      throw StatementParseException.malformed(
          formatId,
          "MT940 :61: statement line is not in the form YYMMDD[MMDD], D/C/RD/RC mark, amount, type"
              + " code, reference ("
              + SourcePosition.ofLine(f.line)
              + ")",
          SourcePosition.ofLine(f.line).withRecord(output.transactionCount() + 1));
    }
    if (s.closing != null) {
      s.warn(
          ParseWarning.of(
              prefix + "lineAfterClosing",
              "MT940 :61: follows the closing balance of its statement",
              SourcePosition.ofLine(f.line)));
    }
    if (parsed.valueDateClamped()) {
      s.warn(
          ParseWarning.of(
              prefix + "dayClamped",
              "MT940 :61: value date has a day past the end of its month; the last day is used",
              SourcePosition.ofLine(f.line)));
    }
    int from = parsed.wrapped() ? 2 : 1;
    String details = "";
    if (parsed.extraDetails() != null || from < lines.size()) {
      StringBuilder sb = new StringBuilder();
      if (parsed.extraDetails() != null) {
        sb.append(parsed.extraDetails()).append(' ');
      }
      for (int i = from; i < lines.size(); i++) {
        sb.append(lines.get(i)).append(' ');
      }
      details = Whitespace.fold(sb);
    }
    output.begin(s);
    pending = new Pending(parsed, details, f.line);
  }

  private void information(Mt940Field f) {
    Pending p = pending;
    if (p != null) {
      p.informationLength += f.length;
      if (p.informationLength > context.limits().maxLineLength()) {
        throw new LimitExceededException(
            "maxLineLength", context.limits().maxLineLength(), SourcePosition.ofLine(f.line));
      }
      List<String> info = p.information;
      if (info == null) {
        p.information = f.lines; // the field is done with; its list is taken over
      } else {
        info.addAll(f.lines);
      }
      p.informationPrintable &= f.printable;
      return;
    }
    Mt940Statement s = state();
    String text = Whitespace.fold(String.join(" ", f.lines));
    if (text.isEmpty()) {
      return;
    }
    if (s.information.length() + text.length() + 1 > MAX_INFORMATION) {
      s.warn(
          ParseWarning.of(
              prefix + "informationTruncated",
              "MT940 statement-level :86: text exceeds " + MAX_INFORMATION + " characters; cut",
              SourcePosition.ofLine(f.line)));
      return;
    }
    if (s.information.length() > 0) {
      s.information.append(' ');
    }
    s.information.append(text);
  }

  /** Reports the {@code :61:} line held for its {@code :86:}, if any. */
  void emitPending() {
    Pending p = pending;
    if (p == null) {
      return;
    }
    pending = null;
    Mt940Statement s = state();
    output.transaction(s, p);
  }

  /** Reports the statement in progress with its header; {@code no} is the line that ends it. */
  void endStatement(long no) {
    emitPending();
    Mt940Statement s = state;
    if (s == null) {
      return;
    }
    state = null;
    output.endStatement(s);
  }

  private static @Nullable String nonEmpty(String text) {
    String t = text.strip();
    return t.isEmpty() ? null : t;
  }

  /** A :61: line waiting for its :86: information. */
  static final class Pending {
    final Mt940StatementLine line;
    final String details;
    final long lineNumber;
    @Nullable List<String> information;
    int informationLength;
    boolean informationPrintable = true;

    Pending(Mt940StatementLine line, String details, long lineNumber) {
      this.line = line;
      this.details = details;
      this.lineNumber = lineNumber;
    }
  }
}
