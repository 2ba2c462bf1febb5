package io.github.bsa.parsers.internal.qif;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.UnsupportedFormatException;
import io.github.bsa.core.internal.text.Whitespace;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.internal.textio.AdaptiveTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses QIF bank, cash, credit-card and other asset/liability sections in one streaming pass.
 *
 * <p>The day/month order of dates such as {@code 03/04/2021} is decided by the whole file: the
 * first date whose day is above 12 proves it. Until then, records with dates that need the order
 * are held back (at most {@link #MAX_HELD_BACK}); the rest of the file then streams. When no date
 * proves the order, {@link io.github.bsa.core.ParseOptions#dateOrder()} must be set, except for
 * dotted dates ({@code 3.4.2021}), which are day-first by convention. See {@code
 * docs/formats/qif.md}. Not thread-safe; one instance per input.
 */
final class QifParser implements StatementParser {
  static final String FORMAT = "qif";
  static final int MAX_HELD_BACK = 100_000;
  private static final Logger LOG = LoggerFactory.getLogger(QifParser.class);

  private static final Set<String> SUPPORTED = Set.of("bank", "cash", "ccard", "oth a", "oth l");

  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final ParseContext context;
  private final @Nullable DateOrder forcedOrder;
  private @Nullable StatementSink sink;

  private enum Section {
    NONE,
    ACCOUNT,
    SUPPORTED,
    SKIPPED,
    OPTION
  }

  private Section section = Section.NONE;
  private boolean sawHeader;
  private boolean sawSupported;
  private boolean sawSkipped;
  private final Set<String> warnedTypes = new HashSet<>();

  // account block
  private AccountInfo pendingAccount = new AccountInfo();
  private AccountInfo currentAccount = new AccountInfo();

  // open statement
  private @Nullable OpenStatement open;

  // record
  private @Nullable Rec rec;
  private long records;
  private long transactions;

  // date order
  private @Nullable DateOrder order;
  private SourcePosition orderProof = SourcePosition.UNKNOWN;
  private final ArrayDeque<Object> held = new ArrayDeque<>();
  private @Nullable SourcePosition firstAmbiguous;
  private boolean allHeldDotted = true;

  QifParser(ParseContext context) {
    this.context = context;
    DateOrder o = context.options().dateOrder().orElse(null);
    this.forcedOrder = o == DateOrder.YEAR_MONTH_DAY ? null : o;
    this.order = forcedOrder;
  }

  @Override
  public void parse(InputStream input, StatementSink out) throws IOException {
    this.sink = out;
    Charset forced = context.options().charset().orElse(null);
    AdaptiveTextReader text = new AdaptiveTextReader(input, forced);
    int max = context.limits().maxLineLength();
    StringBuilder line = new StringBuilder(128);
    long lines = 0;
    while (true) {
      long lineNo = text.line();
      int c = text.read();
      if (c < 0) {
        break;
      }
      line.setLength(0);
      while (c >= 0 && c != '\n' && c != '\r') {
        if (line.length() >= max) {
          throw new LimitExceededException("maxLineLength", max, SourcePosition.ofLine(lineNo));
        }
        line.append((char) c);
        c = text.read();
      }
      if (c == '\r') {
        int d = text.read();
        if (d != '\n') {
          text.unread(d);
        }
      }
      if (++lines % 4096 == 0) {
        context.checkDeadline(SourcePosition.ofLine(lineNo));
      }
      line(line, lineNo);
    }
    SourcePosition end = SourcePosition.ofLine(text.line());
    Rec last = rec;
    if (last != null && !last.isEmpty()) {
      throw StatementParseException.malformed(
          FORMAT, "QIF input ends inside a record without '^' (truncated?)", end);
    }
    closeStatement();
    if (!held.isEmpty()) {
      if (allHeldDotted) {
        decide(DateOrder.DAY_MONTH_YEAR, end);
      } else {
        SourcePosition at = firstAmbiguous == null ? end : firstAmbiguous;
        throw new StatementParseException(
            ErrorCode.AMBIGUOUS_FORMAT,
            FORMAT,
            "QIF dates fit both day/month and month/day order and no date decides it; set"
                + " ParseOptions.dateOrder (CLI --date-order)",
            at,
            null);
      }
    }
    if (!sawSupported) {
      if (sawSkipped || sawHeader) {
        throw new UnsupportedFormatException(
            "QIF file holds no bank, cash, credit-card or asset/liability transactions;"
                + " investment, category, class, memorized and other lists are not supported",
            List.of(FORMAT));
      }
      throw StatementParseException.malformed(
          FORMAT, "QIF input has no !Type header; it is empty or not QIF", end);
    }
    LOG.debug("Parsed {} QIF transactions", transactions);
  }

  private StatementSink out() {
    StatementSink s = sink;
    if (s == null) {
      throw new IllegalStateException("not parsing");
    }
    return s;
  }

  private void line(CharSequence raw, long lineNo) {
    String line = raw.toString();
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return;
    }
    if (trimmed.charAt(0) == '!') {
      header(trimmed, lineNo);
      return;
    }
    switch (section) {
      case NONE -> {
        if (trimmed.equals("^")) {
          return;
        }
        throw StatementParseException.malformed(
            FORMAT, "QIF data before the first ! header line", SourcePosition.ofLine(lineNo));
      }
      case OPTION, SKIPPED -> {
        return;
      }
      case ACCOUNT -> {
        accountLine(trimmed);
        return;
      }
      case SUPPORTED -> {
        recordLine(line, trimmed, lineNo);
        return;
      }
    }
  }

  private void header(String trimmed, long lineNo) {
    SourcePosition at = SourcePosition.ofLine(lineNo);
    Rec r = rec;
    if (r != null && !r.isEmpty()) {
      throw StatementParseException.malformed(
          FORMAT, "QIF record is not closed by '^' before the next header", at);
    }
    rec = null;
    String h = trimmed.substring(1).strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("option") || h.startsWith("clear")) {
      section = Section.OPTION;
      return;
    }
    sawHeader = true;
    if (h.equals("account")) {
      closeStatement();
      section = Section.ACCOUNT;
      pendingAccount = new AccountInfo();
      return;
    }
    if (h.startsWith("type:") || h.startsWith("type ")) {
      String type = Whitespace.fold(h.substring(5));
      if (SUPPORTED.contains(type)) {
        sawSupported = true;
        OpenStatement o = open;
        String display = displayType(type);
        if (o == null || !o.type.equals(display) || o.account != currentAccount) {
          closeStatement();
          OpenStatement n = new OpenStatement(display, currentAccount);
          open = n;
          enqueue(n);
        }
        section = Section.SUPPORTED;
        return;
      }
      skip(type, at);
      return;
    }
    skip(h, at);
  }

  private void skip(String type, SourcePosition at) {
    closeStatement();
    section = Section.SKIPPED;
    sawSkipped = true;
    String safe = type.matches("[a-z :]{1,20}") ? type : "unknown";
    if (warnedTypes.add(safe)) {
      out()
          .warning(
              ParseWarning.of(
                  "QIF_SECTION_SKIPPED",
                  "QIF section '"
                      + safe
                      + "' is not a bank, cash, credit-card or asset/liability"
                      + " register and was skipped",
                  at));
    }
  }

  private static String displayType(String type) {
    switch (type) {
      case "bank" -> {
        return "Bank";
      }
      case "cash" -> {
        return "Cash";
      }
      case "ccard" -> {
        return "CCard";
      }
      case "oth a" -> {
        return "Oth A";
      }
      default -> {
        return "Oth L";
      }
    }
  }

  private void accountLine(String trimmed) {
    char code = trimmed.charAt(0);
    String value = trimmed.substring(1).strip();
    switch (code) {
      case '^' -> {
        currentAccount = pendingAccount;
        pendingAccount = new AccountInfo();
      }
      case 'N' -> {
        pendingAccount.name = value;
      }
      case 'T' -> {
        pendingAccount.type = value;
      }
      case 'D' -> {
        pendingAccount.description = value;
      }
      case '$' -> {
        pendingAccount.balance = value;
      }
      case '/' -> {
        pendingAccount.balanceDate = value;
      }
      case 'L' -> {
        pendingAccount.creditLimit = value;
      }
      default -> {}
    }
  }

  private void recordLine(String line, String trimmed, long lineNo) {
    char code = trimmed.charAt(0);
    if (code == '^') {
      Rec r = rec;
      rec = null;
      if (r != null && !r.isEmpty()) {
        finishRecord(r);
      }
      return;
    }
    Rec r = rec;
    if (r == null) {
      r = new Rec(lineNo, ++records);
      rec = r;
    }
    // values keep inner spaces (dates such as "1/ 2'98"), lose surrounding ones
    String value = line.strip().substring(1).strip();
    SourcePosition at = SourcePosition.ofLine(lineNo).withRecord(r.index);
    switch (code) {
      case 'D' -> {
        if (r.inSplit()) {
          r.split().date = value;
          break;
        }
        QifDate d = QifDate.parse(value);
        if (d == null) {
          throw StatementParseException.invalid(
              FORMAT, "QIF D field is not a date of a known form", at);
        }
        r.date = d;
        r.datePosition = at;
      }
      case 'T' -> {
        r.amount = amount(value, "T", at);
      }
      case 'U' -> {
        r.uAmount = amount(value, "U", at);
      }
      case 'P' -> {
        r.payee = value;
      }
      case 'M' -> {
        r.memo = value;
      }
      case 'N' -> {
        r.number = value;
      }
      case 'L' -> {
        r.category = value;
      }
      case 'C' -> {
        r.cleared = value;
      }
      case 'A' -> {
        r.address.add(value);
      }
      case 'S' -> {
        r.splits.add(new Split(value));
      }
      case 'E' -> {
        if (r.inSplit()) {
          r.split().memo = value;
        }
      }
      case '$' -> {
        if (r.inSplit()) {
          r.split().amount = amount(value, "$", at);
        }
      }
      case '%' -> {
        if (r.inSplit()) {
          r.split().percent = value;
        }
      }
      default -> {
        // other fields (F, X, 1-7 ...) carry nothing the model holds
      }
    }
    r.fields++;
  }

  private static BigDecimal amount(String value, String field, SourcePosition at) {
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

  private void finishRecord(Rec r) {
    SourcePosition at = SourcePosition.ofLine(r.line).withRecord(r.index);
    if (r.date == null) {
      throw StatementParseException.invalid(FORMAT, "QIF record has no D date", at);
    }
    if (r.amount == null && r.uAmount == null) {
      throw StatementParseException.invalid(FORMAT, "QIF record has no T amount", at);
    }
    QifDate d = Objects.requireNonNull(r.date);
    DateOrder proven = d.evidence();
    if (proven != null) {
      if (order == null) {
        decide(proven, r.datePosition);
      } else if (order != proven) {
        throw StatementParseException.invalid(
            FORMAT,
            forcedOrder != null
                ? "QIF date does not fit the configured ParseOptions.dateOrder"
                : "QIF dates mix day/month and month/day order (the order was decided at "
                    + orderProof
                    + ")",
            r.datePosition);
      }
    }
    if (order == null && (d.isAmbiguous() || !held.isEmpty())) {
      if (d.isAmbiguous()) {
        if (firstAmbiguous == null) {
          firstAmbiguous = r.datePosition;
        }
        allHeldDotted &= d.separator == '.';
      }
      if (held.size() >= MAX_HELD_BACK) {
        throw new StatementParseException(
            ErrorCode.AMBIGUOUS_FORMAT,
            FORMAT,
            "QIF dates fit both day/month and month/day order for too many records; set"
                + " ParseOptions.dateOrder (CLI --date-order)",
            Objects.requireNonNullElse(firstAmbiguous, at),
            null);
      }
      held.add(r);
      return;
    }
    emit(r);
  }

  private void decide(DateOrder proven, SourcePosition at) {
    order = proven;
    orderProof = at;
    while (!held.isEmpty()) {
      Object e = held.poll();
      if (e instanceof Rec r) {
        emit(r);
      } else if (e instanceof OpenStatement) {
        begin();
      } else if (e instanceof ClosedStatement c) {
        end(c.statement);
      }
    }
  }

  private void enqueue(OpenStatement o) {
    if (held.isEmpty()) {
      begin();
    } else {
      held.add(o);
    }
  }

  private void begin() {
    out().beginStatement(StatementHeader.of(Account.empty()));
  }

  private void closeStatement() {
    OpenStatement o = open;
    if (o == null) {
      return;
    }
    open = null;
    StatementHeader.Builder b = StatementHeader.builder().account(Account.empty());
    b.attribute("qif.type", o.type);
    b.attribute("qif.account.name", o.account.name);
    b.attribute("qif.account.type", o.account.type);
    b.attribute("qif.account.description", o.account.description);
    b.attribute("qif.account.balance", o.account.balance);
    b.attribute("qif.account.balanceDate", o.account.balanceDate);
    b.attribute("qif.account.creditLimit", o.account.creditLimit);
    StatementHeader header = b.build();
    if (held.isEmpty()) {
      end(header);
    } else {
      held.add(new ClosedStatement(header));
    }
  }

  private void end(StatementHeader header) {
    out().endStatement(header);
  }

  private void emit(Rec r) {
    SourcePosition at = SourcePosition.ofLine(r.line).withRecord(r.index);
    QifDate d = Objects.requireNonNull(r.date);
    LocalDate date;
    try {
      date = d.resolve(order);
    } catch (DateTimeException e) {
      throw new StatementParseException(
          ErrorCode.INVALID_DATA, FORMAT, "QIF D field is not a valid date", r.datePosition, e);
    }
    BigDecimal amount = r.amount != null ? r.amount : Objects.requireNonNull(r.uAmount);
    String payee = blankToNull(r.payee);
    String memo = blankToNull(r.memo);
    Transaction.Builder b =
        Transaction.builder()
            .bookingDate(date)
            .amount(amount)
            .counterparty(payee)
            .description(description(payee, memo))
            .reference(blankToNull(r.number))
            .position(at);
    String category = blankToNull(r.category);
    if (category != null) {
      int slash = category.indexOf('/');
      if (slash >= 0) {
        b.attribute("qif.class", blankToNull(category.substring(slash + 1)));
        category = blankToNull(category.substring(0, slash));
      }
    }
    if (category != null && category.startsWith("[") && category.endsWith("]")) {
      b.attribute("qif.transferAccount", blankToNull(category.substring(1, category.length() - 1)));
      category = null;
    }
    b.category(category);
    b.attribute("qif.payee", payee);
    b.attribute("qif.memo", memo);
    b.attribute("qif.cleared", blankToNull(r.cleared));
    if (!r.address.isEmpty()) {
      b.attribute("qif.address", String.join("\n", r.address));
    }
    if (r.amount != null && r.uAmount != null && r.amount.compareTo(r.uAmount) != 0) {
      b.attribute("qif.uAmount", r.uAmount.toPlainString());
    }
    if (!r.splits.isEmpty()) {
      b.attribute("qif.splitCount", Integer.toString(r.splits.size()));
      for (int i = 0; i < r.splits.size(); i++) {
        Split s = r.splits.get(i);
        String p = "qif.split." + (i + 1) + ".";
        b.attribute(p + "category", blankToNull(s.category));
        b.attribute(p + "memo", blankToNull(s.memo));
        BigDecimal sa = s.amount;
        b.attribute(p + "amount", sa == null ? null : sa.toPlainString());
        b.attribute(p + "percent", blankToNull(s.percent));
        b.attribute(p + "date", blankToNull(s.date));
      }
    }
    transactions++;
    out().transaction(b.build());
  }

  static @Nullable String description(@Nullable String payee, @Nullable String memo) {
    if (payee == null) {
      return memo;
    }
    if (memo == null
        || SPACES
            .matcher(payee)
            .replaceAll(" ")
            .equalsIgnoreCase(SPACES.matcher(memo).replaceAll(" "))) {
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

  // ---- state --------------------------------------------------------------------------------

  private static final class AccountInfo {
    @Nullable String name;
    @Nullable String type;
    @Nullable String description;
    @Nullable String balance;
    @Nullable String balanceDate;
    @Nullable String creditLimit;
  }

  private static final class OpenStatement {
    final String type;
    final AccountInfo account;

    OpenStatement(String type, AccountInfo account) {
      this.type = type;
      this.account = account;
    }
  }

  private static final class ClosedStatement {
    final StatementHeader statement;

    ClosedStatement(StatementHeader statement) {
      this.statement = statement;
    }
  }

  private static final class Split {
    @Nullable String category;
    @Nullable String memo;
    @Nullable BigDecimal amount;
    @Nullable String percent;
    @Nullable String date;

    Split(String category) {
      this.category = category;
    }
  }

  private static final class Rec {
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

    Rec(long line, long index) {
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
  }
}
