package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.internal.text.Whitespace;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams SWIFT MT940 and MT942 messages: reads line by line, assembles the {@code :tag:} fields,
 * and reports each {@code :61:} statement line (with its {@code :86:} information) to the sink as
 * soon as the next field shows that it is complete. Memory is bounded by the longest field, not by
 * the input. SWIFT envelopes (blocks 1 to 5 and the {@code -} end marker), bank preambles and
 * several statements per file are handled; see {@code docs/formats/mt940.md}. One instance per
 * input, used from one thread.
 */
final class Mt940Parser implements StatementParser {
  private static final Logger LOG = LoggerFactory.getLogger(Mt940Parser.class);

  /** Tags of MT940/MT942; a {@code :NN:} line inside free text with another tag is text. */
  private static final Set<String> KNOWN_TAGS =
      Set.of(
          "13", "13D", "20", "21", "25", "25P", "28", "28C", "34F", "60F", "60M", "61", "62F",
          "62M", "64", "65", "86", "90C", "90D", "NS");

  private static final int MAX_WARNINGS = 1000;
  private static final int MAX_INFORMATION = 64 * 1024;
  private static final int MAX_ATTRIBUTE = 4096;

  private final ParseContext context;
  private final String formatId;
  private final String prefix;

  private @Nullable StatementSink sink;
  private @Nullable Field field;
  private @Nullable State state;
  private @Nullable Pending pending;
  private boolean pendingColon;
  private boolean pendingDash;
  private boolean envelopeOpen;
  private boolean terminatorSeen;
  private boolean lastLineTerminated = true;
  private long envelopeLine;
  private long lastLine;
  private long transactionCount;
  private int statementCount;

  Mt940Parser(ParseContext context, String formatId) {
    this.context = context;
    this.formatId = formatId;
    this.prefix = formatId + ".";
  }

  @Override
  public void parse(InputStream input, StatementSink statementSink) throws IOException {
    this.sink = statementSink;
    long started = System.nanoTime();
    Mt940LineReader reader =
        new Mt940LineReader(
            input, context.limits().maxLineLength(), context.options().charset().orElse(null));
    String line;
    while ((line = reader.readLine()) != null) {
      lastLine = reader.lineNumber();
      lastLineTerminated = reader.lastLineTerminated();
      handleLine(stripControls(line), lastLine);
      if ((lastLine & 0xfff) == 0) {
        context.checkDeadline(SourcePosition.ofLine(lastLine));
      }
    }
    finish();
    if (reader.fallbackCharset() != null) {
      statementSink.property(prefix + "charset", reader.fallbackCharset().name());
    }
    LOG.debug(
        "Parsed {} statements, {} transactions ({}) in {} ms",
        statementCount,
        transactionCount,
        formatId,
        (System.nanoTime() - started) / 1_000_000);
  }

  // ---------------------------------------------------------------- lines and fields

  private void handleLine(String raw, long no) {
    String line = raw;
    if (pendingDash) {
      // a lone "-" inside free text: the end of the message only if the next line says so
      pendingDash = false;
      String t = line.strip();
      if (t.startsWith("}")) {
        terminate(no);
        line = t.substring(1);
      } else if (t.startsWith("{") || t.startsWith(":20:")) {
        terminate(no);
      } else if (field != null && (field.tag.equals("86") || field.tag.equals("61"))) {
        field.add("-", no);
      }
    }
    if (pendingColon) {
      pendingColon = false;
      line = ":" + line;
    }
    // SWIFT envelope: {1:F01...}{2:I940...}{3:{108:..}}{4: ... -}{5:{CHK:..}}
    while (line.startsWith("{")) {
      if (line.startsWith("{4:")) {
        envelopeOpen = true;
        envelopeLine = no;
        line = line.substring(3);
        continue;
      }
      if (line.startsWith("{1:")) {
        endMessage(no);
      }
      int close = closingBrace(line);
      if (close < 0) {
        return;
      }
      line = line.substring(close + 1);
    }
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return;
    }
    if (trimmed.equals("-")
        && (envelopeOpen
            || (field != null
                && (field.tag.equals("86") || field.tag.equals("61"))
                && (state == null || state.closing == null)))) {
      // inside an envelope the end marker is "-}", possibly split over two lines
      pendingDash = true;
      return;
    }
    if (trimmed.startsWith("-}") || trimmed.equals("-")) {
      terminate(no);
      if (trimmed.length() > 2) {
        handleLine(trimmed.substring(2), no);
      }
      return;
    }
    if (trimmed.equals(":")) {
      // a tag cut after its first colon (":" then "86:..." on the next line)
      pendingColon = true;
      return;
    }
    if (line.startsWith(":")) {
      String tag = tagOf(line);
      if (tag != null && (KNOWN_TAGS.contains(tag) || field == null || !isText(field.tag))) {
        completeField();
        field = new Field(tag, no, context.limits().maxLineLength());
        field.add(line.substring(tag.length() + 2), no);
        return;
      }
    }
    if (field != null) {
      field.add(line, no);
    }
    // otherwise a preamble line before the first field (bank headers, ABNANL2A, 940, ...)
  }

  private static @Nullable String tagOf(String line) {
    int close = line.indexOf(':', 1);
    if (close < 3 || close > 6) {
      return null;
    }
    String tag = line.substring(1, close);
    if (tag.equals("NS")) {
      return tag;
    }
    int digits = 0;
    while (digits < tag.length() && Character.isDigit(tag.charAt(digits))) {
      digits++;
    }
    if (digits < 2 || digits > 4) {
      return null;
    }
    if (digits == tag.length()) {
      return tag;
    }
    char last = tag.charAt(digits);
    return digits == tag.length() - 1 && last >= 'A' && last <= 'Z' ? tag : null;
  }

  private static boolean isText(String tag) {
    return tag.equals("86") || tag.equals("NS");
  }

  private static int closingBrace(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String stripControls(String line) {
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (c < 0x20 && c != '\t') {
        break;
      }
      i++;
    }
    if (i == n) {
      return line;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      char c = line.charAt(k);
      if (c == '\t') {
        sb.append(' ');
      } else if (c >= 0x20) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private void completeField() {
    Field f = field;
    if (f == null) {
      return;
    }
    field = null;
    processField(f);
  }

  private void terminate(long no) {
    endMessage(no);
    envelopeOpen = false;
    terminatorSeen = true;
  }

  private void endMessage(long no) {
    completeField();
    emitPending();
    State s = state;
    if (s != null && s.hasContent()) {
      endStatement(no);
    }
    state = null;
  }

  private void finish() {
    if (pendingDash) {
      pendingDash = false;
      if (!envelopeOpen) {
        terminate(lastLine);
      }
    }
    completeField();
    emitPending();
    SourcePosition end = SourcePosition.ofLine(Math.max(1, lastLine));
    State s = state;
    if (envelopeOpen) {
      throw StatementParseException.malformed(
          formatId,
          "MT940 input ends inside a SWIFT message block {4: opened at line "
              + envelopeLine
              + " without its end marker -}; the file is probably truncated",
          end);
    }
    if (s != null && s.hasContent()) {
      if (s.closing == null && (s.opening != null || s.transactions > 0)) {
        if (terminatorSeen || !lastLineTerminated) {
          // the earlier statements ended with "-", or the input stops mid-line: truncated
          throw StatementParseException.malformed(
              formatId,
              "MT940 input ends inside the statement that starts at line "
                  + s.startLine
                  + " (no closing balance :62F:); the file is probably truncated",
              end);
        }
        if (!s.mt942) {
          s.warn(
              ParseWarning.of(
                  prefix + "noClosingBalance",
                  "MT940 statement has no closing balance (:62F:); the input may be truncated",
                  end));
        }
      }
      endStatement(lastLine);
    }
    if (statementCount == 0) {
      throw StatementParseException.malformed(
          formatId,
          "no MT940/MT942 statement found: the input has no :20:, :25:, :60F: or :61: field",
          end);
    }
  }

  // ---------------------------------------------------------------- field semantics

  private void processField(Field f) {
    String tag = f.tag;
    if (!tag.equals("86")) {
      emitPending();
    }
    switch (tag) {
      case "20" -> {
        State s = state;
        if (s != null && s.hasContent()) {
          endStatement(f.line);
          s = null;
        }
        if (s == null) {
          s = new State(f.line);
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
        Balance b = balance(f);
        State s = state();
        s.available = b.amount;
        s.attributes.put(prefix + "availableBalanceDate", b.date.toString());
      }
      case "65" -> {
        Balance b = balance(f);
        State s = state();
        s.forwardCount++;
        String key = prefix + "forwardAvailableBalance." + s.forwardCount;
        s.attributes.put(key, b.amount.toPlainString());
        s.attributes.put(key + ".date", b.date.toString());
      }
      case "34F" -> floorLimit(f);
      case "13", "13D" -> state().attributes.put(prefix + "dateTime", dateTime(f.text()));
      case "90D", "90C" -> entrySummary(f);
      case "NS" -> {
        State s = state;
        if (s != null) {
          s.append(prefix + "ns", f.text());
        }
      }
      default -> {
        State s = state;
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

  private State state() {
    State s = state;
    if (s == null) {
      s = new State(lastLine);
      state = s;
    }
    return s;
  }

  private void account(Field f) {
    State s = state();
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
      s.currency = trailingCurrency(raw);
    }
  }

  private void opening(Field f) {
    State s = state();
    if (s.opening != null || s.closing != null) {
      // a new balance without a new :20: starts the next statement of the same account
      State next = new State(f.line);
      next.id = s.id;
      next.accountNumber = s.accountNumber;
      next.attributes.putAll(s.attributes);
      endStatement(f.line);
      state = next;
      s = next;
    }
    Balance b = balance(f);
    s.opening = b.amount;
    s.openingDate = b.date;
    if (b.currency != null) {
      s.currency = b.currency;
    }
    if (f.tag.equals("60M")) {
      s.attributes.put(prefix + "openingBalanceType", "intermediate");
    }
    begin(s);
  }

  private void closing(Field f) {
    State s = state();
    Balance b = balance(f);
    s.closing = b.amount;
    s.closingDate = b.date;
    if (s.currency == null && b.currency != null) {
      s.currency = b.currency;
    }
    if (f.tag.equals("62M")) {
      s.attributes.put(prefix + "closingBalanceType", "intermediate");
    }
  }

  private void statementLine(Field f) {
    State s = state();
    List<String> lines = f.lines;
    String first = lines.get(0);
    String second = lines.size() > 1 ? lines.get(1) : null;
    Mt940StatementLine parsed = Mt940StatementLine.parse(first, second);
    if (parsed == null) {
      throw StatementParseException.malformed(
          formatId,
          "MT940 :61: statement line is not in the form YYMMDD[MMDD], D/C/RD/RC mark, amount, type"
              + " code, reference ("
              + SourcePosition.ofLine(f.line)
              + ")",
          SourcePosition.ofLine(f.line).withRecord(transactionCount + 1));
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
    StringBuilder details = new StringBuilder();
    if (parsed.extraDetails() != null) {
      details.append(parsed.extraDetails()).append(' ');
    }
    for (int i = parsed.wrapped() ? 2 : 1; i < lines.size(); i++) {
      details.append(lines.get(i)).append(' ');
    }
    begin(s);
    pending = new Pending(parsed, Whitespace.fold(details), f.line);
  }

  private void information(Field f) {
    Pending p = pending;
    if (p != null) {
      p.informationLength += f.length;
      if (p.informationLength > context.limits().maxLineLength()) {
        throw new LimitExceededException(
            "maxLineLength", context.limits().maxLineLength(), SourcePosition.ofLine(f.line));
      }
      List<String> info = p.information;
      if (info == null) {
        p.information = new ArrayList<>(f.lines);
      } else {
        info.addAll(f.lines);
      }
      return;
    }
    State s = state();
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

  private void floorLimit(Field f) {
    State s = state();
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

  private void entrySummary(Field f) {
    State s = state();
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
    } else {
      s.declaredCreditCount = Integer.parseInt(t.substring(0, i));
      s.declaredCreditSum = amount;
    }
  }

  private static String dateTime(String text) {
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

  private record Balance(BigDecimal amount, LocalDate date, @Nullable Currency currency) {}

  private Balance balance(Field f) {
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
    String code = t.substring(7, 10);
    boolean hasCode = code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    Currency currency = hasCode ? Mt940Values.currency(code) : null;
    BigDecimal amount = Mt940Values.amount(t.substring(hasCode ? 10 : 7));
    if (amount == null) {
      throw StatementParseException.malformed(
          formatId,
          "MT940 :" + f.tag + ": balance is not in the form C/D, YYMMDD, currency, amount",
          at);
    }
    State s = state();
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

  // ---------------------------------------------------------------- statements and transactions

  private void begin(State s) {
    if (!s.begun) {
      s.begun = true;
      sink().beginStatement(StatementHeader.of(account(s)));
    }
  }

  private void emitPending() {
    Pending p = pending;
    if (p == null) {
      return;
    }
    pending = null;
    State s = state();
    Mt940StatementLine l = p.line;
    transactionCount++;
    s.transactions++;
    Transaction.Builder b =
        Transaction.builder()
            .bookingDate(l.entryDate())
            .valueDate(l.valueDate())
            .amount(l.amount())
            .currency(s.currency)
            .typeCode(l.typeCode())
            .reference(l.reference())
            .position(SourcePosition.ofLine(p.lineNumber).withRecord(transactionCount));
    if (!l.mark().equals("D") && !l.mark().equals("C")) {
      b.attribute(prefix + "mark", l.mark());
    }
    b.attribute(prefix + "fundsCode", l.fundsCode());
    b.attribute(prefix + "customerReference", l.customerReference());
    b.attribute(prefix + "bankReference", l.bankReference());
    if (!p.details.isEmpty()) {
      b.attribute(prefix + "supplementaryDetails", p.details);
    }
    List<String> info = p.information;
    if (info != null) {
      Mt940Information parsed = Mt940Information.parse(info);
      b.description(parsed.description)
          .counterparty(parsed.counterparty)
          .counterpartyAccount(parsed.counterpartyAccount)
          .endToEndId(parsed.endToEndId);
      for (Map.Entry<String, String> e : parsed.attributes.entrySet()) {
        b.attribute(prefix + e.getKey(), e.getValue());
      }
    } else if (!p.details.isEmpty()) {
      b.description(p.details);
    }
    if (l.amount().signum() < 0) {
      s.debitCount++;
      s.debitSum = s.debitSum.add(l.amount().negate());
    } else {
      s.creditCount++;
      s.creditSum = s.creditSum.add(l.amount());
    }
    LocalDate date = l.entryDate() != null ? l.entryDate() : l.valueDate();
    if (s.firstDate == null || date.isBefore(s.firstDate)) {
      s.firstDate = date;
    }
    if (s.lastDate == null || date.isAfter(s.lastDate)) {
      s.lastDate = date;
    }
    sink().transaction(b.build());
  }

  private void endStatement(long no) {
    emitPending();
    State s = state;
    if (s == null) {
      return;
    }
    state = null;
    begin(s);
    checkSummary(s, no);
    StatementHeader.Builder b =
        StatementHeader.builder()
            .id(s.id)
            .account(account(s))
            .currency(s.currency)
            .openingBalance(s.opening)
            .closingBalance(s.closing)
            .availableBalance(s.available)
            .information(s.information.length() == 0 ? null : s.information.toString())
            .period(period(s));
    if (s.openingDate != null) {
      b.attribute(prefix + "openingBalanceDate", s.openingDate.toString());
    }
    if (s.closingDate != null) {
      b.attribute(prefix + "closingBalanceDate", s.closingDate.toString());
    }
    for (Map.Entry<String, String> e : s.attributes.entrySet()) {
      b.attribute(e.getKey(), e.getValue());
    }
    for (ParseWarning w : s.warnings) {
      b.addWarning(w);
    }
    statementCount++;
    sink().endStatement(b.build());
  }

  private static @Nullable DateRange period(State s) {
    LocalDate from = s.firstDate != null ? s.firstDate : s.closingDate;
    LocalDate to = s.closingDate != null ? s.closingDate : s.lastDate;
    if (s.lastDate != null && to != null && s.lastDate.isAfter(to)) {
      to = s.lastDate;
    }
    if (from == null || to == null || to.isBefore(from)) {
      return null;
    }
    return DateRange.of(from, to);
  }

  private void checkSummary(State s, long no) {
    SourcePosition at = SourcePosition.ofLine(no);
    if (s.declaredDebitCount >= 0
        && (s.declaredDebitCount != s.debitCount
            || s.declaredDebitSum == null
            || s.declaredDebitSum.compareTo(s.debitSum) != 0)) {
      s.warn(
          ParseWarning.of(
              prefix + "summaryMismatch",
              "MT942 :90D: number or sum of debit entries does not match the :61: lines",
              at));
    }
    if (s.declaredCreditCount >= 0
        && (s.declaredCreditCount != s.creditCount
            || s.declaredCreditSum == null
            || s.declaredCreditSum.compareTo(s.creditSum) != 0)) {
      s.warn(
          ParseWarning.of(
              prefix + "summaryMismatch",
              "MT942 :90C: number or sum of credit entries does not match the :61: lines",
              at));
    }
  }

  private static Account account(State s) {
    Account.Builder b = Account.builder().currency(s.currency);
    String raw = s.accountNumber;
    if (raw != null) {
      b.number(raw);
      b.iban(ibanIn(raw));
    }
    return b.build();
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

  private static @Nullable Currency trailingCurrency(String raw) {
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

  private static @Nullable String nonEmpty(String text) {
    String t = text.strip();
    return t.isEmpty() ? null : t;
  }

  private StatementSink sink() {
    StatementSink s = sink;
    if (s == null) {
      throw new IllegalStateException("parse has not started");
    }
    return s;
  }

  // ---------------------------------------------------------------- state holders

  /** One field being read: its tag, first line number and lines. */
  private static final class Field {
    final String tag;
    final long line;
    final List<String> lines = new ArrayList<>(4);
    private final int maxLength;
    int length;

    Field(String tag, long line, int maxLength) {
      this.tag = tag;
      this.line = line;
      this.maxLength = maxLength;
    }

    void add(String text, long no) {
      length += text.length() + 1;
      if (length > maxLength) {
        throw new LimitExceededException("maxLineLength", maxLength, SourcePosition.ofLine(no));
      }
      lines.add(text);
    }

    String text() {
      return lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
    }
  }

  /** A :61: line waiting for its :86: information. */
  private static final class Pending {
    final Mt940StatementLine line;
    final String details;
    final long lineNumber;
    @Nullable List<String> information;
    int informationLength;

    Pending(Mt940StatementLine line, String details, long lineNumber) {
      this.line = line;
      this.details = details;
      this.lineNumber = lineNumber;
    }
  }

  /** The statement being read. */
  private static final class State {
    final long startLine;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<ParseWarning> warnings = new ArrayList<>();
    final StringBuilder information = new StringBuilder();
    @Nullable String id;
    @Nullable String accountNumber;
    @Nullable Currency currency;
    @Nullable BigDecimal opening;
    @Nullable LocalDate openingDate;
    @Nullable BigDecimal closing;
    @Nullable LocalDate closingDate;
    @Nullable BigDecimal available;
    @Nullable LocalDate firstDate;
    @Nullable LocalDate lastDate;
    int forwardCount;
    int transactions;
    int debitCount;
    int creditCount;
    BigDecimal debitSum = BigDecimal.ZERO;
    BigDecimal creditSum = BigDecimal.ZERO;
    int declaredDebitCount = -1;
    int declaredCreditCount = -1;
    @Nullable BigDecimal declaredDebitSum;
    @Nullable BigDecimal declaredCreditSum;
    boolean begun;
    boolean mt942;

    State(long startLine) {
      this.startLine = startLine;
    }

    boolean hasContent() {
      return accountNumber != null
          || opening != null
          || closing != null
          || available != null
          || transactions > 0
          || mt942
          || information.length() > 0;
    }

    /** Adds text to an attribute, up to a bound, so that repeated fields cannot grow it. */
    void append(String key, String text) {
      String old = attributes.get(key);
      if (old == null) {
        attributes.put(
            key, text.length() > MAX_ATTRIBUTE ? text.substring(0, MAX_ATTRIBUTE) : text);
      } else if (old.length() + text.length() < MAX_ATTRIBUTE) {
        attributes.put(key, old + " " + text);
      }
    }

    void warn(ParseWarning warning) {
      if (warnings.size() < MAX_WARNINGS) {
        warnings.add(warning);
      }
    }
  }
}
