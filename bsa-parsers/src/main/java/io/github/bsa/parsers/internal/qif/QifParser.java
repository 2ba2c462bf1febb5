package io.github.bsa.parsers.internal.qif;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.UnsupportedFormatException;
import io.github.bsa.core.internal.text.Whitespace;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.internal.textio.AdaptiveTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses QIF bank, cash, credit-card and other asset/liability sections in one streaming pass.
 *
 * <p>The day/month order of dates such as {@code 03/04/2021} is decided by the whole file: the
 * first date whose day is above 12 proves it. Until then, records with dates that need the order
 * are held back (at most {@link QifDateOrderQueue#MAX_HELD_BACK}); the rest of the file then
 * streams. When no date proves the order, {@link io.github.bsa.core.ParseOptions#dateOrder()} must
 * be set, except for dotted dates ({@code 3.4.2021}), which are day-first by convention. See {@code
 * docs/formats/qif.md}. Not thread-safe; one instance per input.
 */
final class QifParser implements StatementParser {
  static final String FORMAT = "qif";
  private static final Logger LOG = LoggerFactory.getLogger(QifParser.class);

  private static final Set<String> SUPPORTED = Set.of("bank", "cash", "ccard", "oth a", "oth l");

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
  private @Nullable QifRecord rec;
  private long records;

  // date order
  private @Nullable QifDateOrderQueue queue;

  QifParser(ParseContext context) {
    this.context = context;
    DateOrder o = context.options().dateOrder().orElse(null);
    this.forcedOrder = o == DateOrder.YEAR_MONTH_DAY ? null : o;
  }

  @Override
  public void parse(InputStream input, StatementSink out) throws IOException {
    this.sink = out;
    QifDateOrderQueue q = new QifDateOrderQueue(out, forcedOrder);
    this.queue = q;
    Charset forced = context.options().charset().orElse(null);
    AdaptiveTextReader text = new AdaptiveTextReader(input, forced, context.sample().bytes());
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
    QifRecord last = rec;
    if (last != null && !last.isEmpty()) {
      throw StatementParseException.malformed(
          FORMAT, "QIF input ends inside a record without '^' (truncated?)", end);
    }
    closeStatement();
    q.finish(end);
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
    LOG.debug("Parsed {} QIF transactions", q.transactions());
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
    QifRecord r = rec;
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
          queue().begin();
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
      QifRecord r = rec;
      rec = null;
      if (r != null && !r.isEmpty()) {
        queue().record(r);
      }
      return;
    }
    QifRecord r = rec;
    if (r == null) {
      r = new QifRecord(lineNo, ++records);
      rec = r;
    }
    // values keep inner spaces (dates such as "1/ 2'98"), lose surrounding ones
    String value = line.strip().substring(1).strip();
    r.field(code, value, SourcePosition.ofLine(lineNo).withRecord(r.index));
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
    queue().end(b.build());
  }

  private QifDateOrderQueue queue() {
    QifDateOrderQueue q = queue;
    if (q == null) {
      throw new IllegalStateException("not parsing");
    }
    return q;
  }

  /** The account a {@code !Account} block names, as read. */
  private static final class AccountInfo {
    @Nullable String name;
    @Nullable String type;
    @Nullable String description;
    @Nullable String balance;
    @Nullable String balanceDate;
    @Nullable String creditLimit;
  }

  /** The statement being read: its {@code !Type:} and account. */
  private static final class OpenStatement {
    final String type;
    final AccountInfo account;

    OpenStatement(String type, AccountInfo account) {
      this.type = type;
      this.account = account;
    }
  }
}
