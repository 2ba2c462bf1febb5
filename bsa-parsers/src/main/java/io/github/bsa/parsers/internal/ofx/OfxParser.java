package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.UnsupportedFormatException;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses OFX 1.x SGML and OFX 2.x XML bank and credit-card statements in one streaming pass: each
 * {@code STMTTRN} is reported to the sink when its end is reached, so memory does not grow with the
 * file. The field mapping and the documented choices are in {@code docs/formats/ofx.md}. Not
 * thread-safe; one instance per input.
 */
final class OfxParser implements StatementParser, OfxTokenizer.Handler {
  static final String FORMAT = "ofx";
  private static final Logger LOG = LoggerFactory.getLogger(OfxParser.class);

  /** Aggregates the parser understands; others are walked through. */
  private static final Set<String> KNOWN =
      Set.of(
          "OFX",
          "SIGNONMSGSRSV1",
          "SONRS",
          "STATUS",
          "FI",
          "BANKMSGSRSV1",
          "STMTTRNRS",
          "STMTRS",
          "CREDITCARDMSGSRSV1",
          "CCSTMTTRNRS",
          "CCSTMTRS",
          "BANKACCTFROM",
          "CCACCTFROM",
          "BANKTRANLIST",
          "STMTTRN",
          "LEDGERBAL",
          "AVAILBAL",
          "CURRENCY",
          "ORIGCURRENCY",
          "PAYEE",
          "BANKACCTTO",
          "CCACCTTO",
          "INVSTMTMSGSRSV1",
          "INVSTMTTRNRS",
          "INVSTMTRS",
          "BALLIST",
          "MKTGINFO");

  /** Aggregates that may stay open at the end of the input without data being lost. */
  private static final Set<String> MAY_STAY_OPEN =
      Set.of(
          "OFX",
          "SIGNONMSGSRSV1",
          "BANKMSGSRSV1",
          "CREDITCARDMSGSRSV1",
          "INVSTMTMSGSRSV1",
          "STMTTRNRS",
          "CCSTMTTRNRS",
          "STMTRS",
          "CCSTMTRS",
          "INVSTMTTRNRS");

  private static final Pattern AMOUNT = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Deepest aggregate nesting accepted. Real OFX nests about 10 deep; the bound keeps a hostile
   * file of 100,000 open tags from holding (and scanning) a stack that long (issue #17).
   */
  static final int MAX_DEPTH = 1_000;

  private final ParseContext context;
  private final List<String> stack = new ArrayList<>();
  private @Nullable StatementSink sink;
  private @Nullable AdaptiveTextReader reader;

  private @Nullable String declaredCharset;
  private @Nullable String declaredEncoding;
  private boolean xml;

  private @Nullable StatementState statement;
  private @Nullable TxState tx;
  private @Nullable StatusState status;
  private int statements;
  private int investmentStatements;
  private @Nullable SourcePosition firstInvestment;
  private long transactions;

  OfxParser(ParseContext context) {
    this.context = context;
  }

  @Override
  public void parse(InputStream input, StatementSink out) throws IOException {
    this.sink = out;
    Charset forced = context.options().charset().orElse(null);
    AdaptiveTextReader text = new AdaptiveTextReader(input, forced);
    this.reader = text;
    OfxTokenizer tokenizer = new OfxTokenizer(text, this, context.limits().maxLineLength());
    tokenizer.run();
    SourcePosition end = tokenizer.position();
    if (!tokenizer.sawOfx()) {
      throw StatementParseException.malformed(
          FORMAT, "no <OFX> element found; the input is not OFX or is truncated", end);
    }
    if (!stack.isEmpty()) {
      if (statements == 0 && statement == null) {
        throw StatementParseException.malformed(
            FORMAT,
            "OFX input ends inside <"
                + stack.get(stack.size() - 1)
                + "> before any statement"
                + " (truncated?)",
            end);
      }
      StatementState openStatement = statement;
      if (openStatement != null && (!openStatement.tranListClosed || !openStatement.ledgerClosed)) {
        throw StatementParseException.malformed(
            FORMAT,
            "OFX input ends inside a statement before its BANKTRANLIST and LEDGERBAL are"
                + " complete (truncated?)",
            end);
      }
      for (String name : stack) {
        if (!MAY_STAY_OPEN.contains(name) && KNOWN.contains(name)) {
          throw StatementParseException.malformed(
              FORMAT, "OFX input ends inside <" + name + "> (truncated?)", end);
        }
      }
      out.warning(
          ParseWarning.of(
              "OFX_UNCLOSED_AT_END",
              "OFX input ends without closing its outer aggregates; treated as complete",
              end));
      for (int i = stack.size() - 1; i >= 0; i--) {
        end(stack.get(i), end);
      }
    }
    charsetWarning(end);
    if (statements == 0 && investmentStatements > 0) {
      throw new UnsupportedFormatException(
          "OFX investment statements (INVSTMTRS) are not supported; the file holds no bank or"
              + " credit-card statement",
          List.of(FORMAT));
    }
    if (investmentStatements > 0) {
      out.warning(
          ParseWarning.of(
              "OFX_INVESTMENT_SKIPPED",
              "OFX investment statements (INVSTMTRS) are not supported and were skipped: "
                  + investmentStatements,
              firstInvestment == null ? SourcePosition.UNKNOWN : firstInvestment));
    }
    if (statements == 0) {
      out.warning(
          ParseWarning.of(
              "OFX_NO_STATEMENTS",
              "OFX file holds no bank or credit-card statement (STMTRS/CCSTMTRS)",
              end));
    }
    LOG.debug("Parsed {} OFX statements with {} transactions", statements, transactions);
  }

  private void charsetWarning(SourcePosition end) {
    AdaptiveTextReader r = reader;
    if (r == null || r.isFixedCharset()) {
      return;
    }
    boolean declaredUtf8 =
        isUtf8Name(declaredCharset)
            || isUtf8Name(declaredEncoding)
            || (xml && declaredEncoding == null);
    if (declaredUtf8 && r.legacyBytes() > 0) {
      sinkOf()
          .warning(
              ParseWarning.of(
                  "OFX_CHARSET_MISMATCH",
                  "OFX header declares UTF-8 but some bytes are not UTF-8; they were read as "
                      + r.legacyCharsetName(),
                  end));
    } else if (!declaredUtf8 && r.utf8Sequences() > 0) {
      sinkOf()
          .warning(
              ParseWarning.of(
                  "OFX_CHARSET_MISMATCH",
                  "OFX header declares a single-byte charset but the text is UTF-8; read as UTF-8",
                  end));
    }
  }

  private static boolean isUtf8Name(@Nullable String name) {
    return name != null && name.replace("-", "").equalsIgnoreCase("UTF8");
  }

  private StatementSink sinkOf() {
    StatementSink s = sink;
    if (s == null) {
      throw new IllegalStateException("not parsing");
    }
    return s;
  }

  // ---- header -------------------------------------------------------------------------------

  @Override
  public void header(String key, String value) {
    switch (key) {
      case "CHARSET" -> {
        declaredCharset = value;
        legacyCharset(value);
      }
      case "ENCODING" -> {
        declaredEncoding = value;
      }
      case "XML.ENCODING" -> {
        declaredEncoding = value;
        legacyCharset(value);
      }
      case "OFXHEADER" -> {
        xml = xml || value.trim().equals("200");
      }
      case "XML.VERSION" -> {
        xml = true;
      }
      case "VERSION" -> {
        sinkOf().property("ofx.version", value);
      }
      default -> {}
    }
  }

  private void legacyCharset(String value) {
    AdaptiveTextReader r = reader;
    if (r == null) {
      return;
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    String name;
    if (v.isEmpty()
        || v.equals("NONE")
        || v.equals("1252")
        || v.startsWith("US-ASCII")
        || v.equals("ASCII")
        || v.equals("USASCII")
        || isUtf8Name(v)
        || v.equals("ISO-8859-1")
        || v.equals("8859-1")
        || v.equals("LATIN1")) {
      // windows-1252 is a superset of ISO-8859-1's printable range, and the default anyway
      return;
    } else if (v.matches("\\d{3,4}")) {
      name = "windows-" + v;
      if (v.length() == 3) {
        name = "IBM" + v;
      }
    } else {
      name = v;
    }
    try {
      r.setLegacyCharset(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      sinkOf()
          .warning(
              ParseWarning.of(
                  "OFX_UNKNOWN_CHARSET",
                  "OFX header names an unknown charset; windows-1252 is used for non-UTF-8 bytes",
                  SourcePosition.ofLine(1)));
    }
  }

  // ---- structure ----------------------------------------------------------------------------

  private String context() {
    for (int i = stack.size() - 1; i >= 0; i--) {
      String s = stack.get(i);
      if (KNOWN.contains(s)) {
        return s;
      }
    }
    return "";
  }

  private boolean inside(String name) {
    return stack.contains(name);
  }

  @Override
  public void start(String name, SourcePosition position) {
    if (name.equals("STMTTRN") && tx != null) {
      // SGML writers that never close STMTTRN: the new one implies the close of the previous,
      // so the stack stays shallow however many transactions follow
      int previous = stack.lastIndexOf(name);
      if (previous >= 0) {
        stack.subList(previous, stack.size()).clear();
      }
    }
    if (stack.size() >= MAX_DEPTH) {
      throw StatementParseException.malformed(
          FORMAT, "OFX aggregates are nested deeper than " + MAX_DEPTH, position);
    }
    stack.add(name);
    switch (name) {
      case "STMTRS", "CCSTMTRS" -> {
        if (statement == null && !inside("INVSTMTRS")) {
          statement = new StatementState(name.equals("CCSTMTRS"), position);
        }
      }
      case "INVSTMTRS" -> {
        investmentStatements++;
        if (firstInvestment == null) {
          firstInvestment = position;
        }
      }
      case "BANKTRANLIST" -> {
        StatementState st = statement;
        if (st != null && context().equals("BANKTRANLIST") && st.accountSeen) {
          begin(st);
        }
      }
      case "STMTTRN" -> {
        StatementState current = statement;
        if (current != null && inside("BANKTRANLIST")) {
          TxState unclosed = tx;
          if (unclosed != null) {
            // a writer that never closes STMTTRN: the next one closes the previous
            tx = null;
            emit(current, unclosed);
          }
          tx = new TxState(position);
        }
      }
      case "STATUS" -> {
        status = new StatusState();
      }
      default -> {}
    }
  }

  @Override
  public void end(String name, SourcePosition position) {
    int index = stack.lastIndexOf(name);
    if (index >= 0) {
      stack.remove(index);
    }
    switch (name) {
      case "STMTTRN" -> {
        TxState t = tx;
        StatementState st = statement;
        if (t != null && st != null) {
          tx = null;
          emit(st, t);
        }
      }
      case "STMTRS", "CCSTMTRS" -> {
        StatementState done = statement;
        if (done != null) {
          statement = null;
          finish(done);
        }
      }
      case "BANKTRANLIST" -> {
        if (statement != null) {
          statement.tranListClosed = true;
        }
      }
      case "LEDGERBAL" -> {
        if (statement != null) {
          statement.ledgerClosed = true;
        }
      }
      case "BANKACCTFROM", "CCACCTFROM" -> {
        if (statement != null) {
          statement.accountSeen = true;
        }
      }
      case "STATUS" -> {
        StatusState s = status;
        status = null;
        if (s != null) {
          statusWarning(s);
        }
      }
      default -> {}
    }
  }

  private void statusWarning(StatusState s) {
    String code = s.code == null ? "" : s.code.trim();
    if (code.isEmpty() || code.equals("0")) {
      return;
    }
    String safeCode = code.matches("\\d{1,6}") ? code : "non-numeric";
    String severity = s.severity == null ? "" : s.severity.trim().toUpperCase(Locale.ROOT);
    String safeSeverity = severity.matches("[A-Z]{1,10}") ? severity : "unknown";
    String ctx = context();
    boolean signOn = ctx.equals("SONRS");
    sinkOf()
        .warning(
            ParseWarning.of(
                signOn ? "OFX_SIGNON_STATUS" : "OFX_RESPONSE_STATUS",
                (signOn ? "OFX sign-on" : "OFX " + ctx + " response")
                    + " reports status code "
                    + safeCode
                    + " (severity "
                    + safeSeverity
                    + ")",
                s.position));
  }

  @Override
  public void leaf(String name, String value, SourcePosition position) {
    String ctx = context();
    switch (ctx) {
      case "STATUS" -> {
        StatusState s = status;
        if (s != null) {
          if (name.equals("CODE")) {
            s.code = value;
            s.position = position;
          } else if (name.equals("SEVERITY")) {
            s.severity = value;
          }
        }
        return;
      }
      case "STMTTRN" -> {
        TxState t = tx;
        if (t != null) {
          t.set(name, value, position);
        }
        return;
      }
      case "PAYEE", "BANKACCTTO", "CCACCTTO", "CURRENCY", "ORIGCURRENCY" -> {
        TxState t2 = tx;
        if (t2 != null) {
          t2.setNested(ctx, name, value);
        }
        return;
      }
      default -> {}
    }
    StatementState st = statement;
    if (st == null) {
      return;
    }
    switch (ctx) {
      case "STMTRS", "CCSTMTRS" -> {
        if (name.equals("CURDEF")) {
          st.curdef = value;
          st.curdefPosition = position;
        }
      }
      case "BANKACCTFROM", "CCACCTFROM" -> {
        st.setAccount(name, value);
      }
      case "BANKTRANLIST" -> {
        if (name.equals("DTSTART")) {
          st.dtStart = periodDate(st, value, position);
        } else if (name.equals("DTEND")) {
          st.dtEnd = periodDate(st, value, position);
        }
      }
      case "LEDGERBAL", "AVAILBAL" -> {
        boolean ledger = ctx.equals("LEDGERBAL");
        if (name.equals("BALAMT")) {
          BigDecimal amount = null;
          if (value.isEmpty()) {
            st.warnings.add(
                ParseWarning.of(
                    "OFX_EMPTY_BALANCE",
                    "OFX " + ctx + " has an empty BALAMT; the balance is treated as absent",
                    position));
          } else {
            amount = amount(value, "BALAMT", position);
          }
          if (ledger) {
            st.ledger = amount;
          } else {
            st.available = amount;
          }
        } else if (name.equals("DTASOF") && !value.isEmpty()) {
          st.attributes.add(
              new String[] {ledger ? "ofx.ledgerBal.dtAsOf" : "ofx.availBal.dtAsOf", value});
        }
      }
      default -> {}
    }
  }

  private @Nullable LocalDate periodDate(StatementState st, String value, SourcePosition position) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return date(value);
    } catch (DateTimeException e) {
      st.warnings.add(
          ParseWarning.of(
              "OFX_BAD_PERIOD_DATE",
              "OFX statement period date is not a valid date; the period is derived from the"
                  + " transactions",
              position));
      return null;
    }
  }

  // ---- building -----------------------------------------------------------------------------

  private void emit(StatementState st, TxState t) {
    st.count++;
    transactions++;
    SourcePosition pos = t.position.withRecord(st.count);
    if (t.trnamt == null || t.trnamt.isEmpty()) {
      throw StatementParseException.invalid(
          FORMAT, "OFX STMTTRN has no TRNAMT amount", t.amountPosition(pos).withRecord(st.count));
    }
    if (t.dtposted == null || t.dtposted.isEmpty()) {
      throw StatementParseException.invalid(
          FORMAT, "OFX STMTTRN has no DTPOSTED date", t.datePosition(pos).withRecord(st.count));
    }
    BigDecimal amount = amount(t.trnamt, "TRNAMT", t.amountPosition(pos).withRecord(st.count));
    LocalDate posted;
    try {
      posted = date(t.dtposted);
    } catch (DateTimeException e) {
      throw new StatementParseException(
          ErrorCode.INVALID_DATA,
          FORMAT,
          "OFX DTPOSTED is not a valid date (expected YYYYMMDD...)",
          t.datePosition(pos).withRecord(st.count),
          e);
    }
    Transaction.Builder b = Transaction.builder().bookingDate(posted).amount(amount).position(pos);
    if (t.dtavail != null && !t.dtavail.isEmpty()) {
      try {
        b.valueDate(date(t.dtavail));
      } catch (DateTimeException e) {
        st.warnings.add(
            ParseWarning.of("OFX_BAD_DTAVAIL", "OFX DTAVAIL is not a valid date; ignored", pos));
      }
    }
    if (t.dtuser != null && !t.dtuser.isEmpty()) {
      b.attribute("ofx.dtUser", t.dtuser);
      try {
        b.attribute("ofx.userDate", date(t.dtuser).toString());
      } catch (DateTimeException e) {
        st.warnings.add(
            ParseWarning.of("OFX_BAD_DTUSER", "OFX DTUSER is not a valid date; ignored", pos));
      }
    }
    String name = blankToNull(t.name);
    if (name == null) {
      name = blankToNull(t.payeeName);
    }
    String memo = blankToNull(t.memo);
    b.counterparty(name);
    b.description(description(name, memo));
    String type = blankToNull(t.trntype);
    b.typeCode(type == null ? null : type.toUpperCase(Locale.ROOT));
    b.reference(blankToNull(t.fitid));
    b.counterpartyAccount(blankToNull(t.ctpyAcct));
    b.attribute("ofx.name", name);
    b.attribute("ofx.memo", memo);
    b.attribute("ofx.checkNum", blankToNull(t.checknum));
    b.attribute("ofx.refNum", blankToNull(t.refnum));
    b.attribute("ofx.sic", blankToNull(t.sic));
    b.attribute("ofx.payeeId", blankToNull(t.payeeid));
    b.attribute("ofx.srvrTid", blankToNull(t.srvrtid));
    b.attribute("ofx.correctFitId", blankToNull(t.correctFitid));
    b.attribute("ofx.correctAction", blankToNull(t.correctAction));
    b.attribute("ofx.extdName", blankToNull(t.extdname));
    Currency stmtCurrency = st.currency();
    Currency txCurrency = stmtCurrency;
    if (t.curSym != null) {
      Currency c = currency(t.curSym);
      if (c != null) {
        txCurrency = c;
        b.attribute("ofx.currency.rate", blankToNull(t.curRate));
      }
    }
    if (t.origCurSym != null) {
      b.attribute("ofx.origCurrency", blankToNull(t.origCurSym));
      b.attribute("ofx.origCurrency.rate", blankToNull(t.origCurRate));
    }
    b.currency(txCurrency);
    begin(st);
    sinkOf().transaction(b.build());
  }

  static @Nullable String description(@Nullable String name, @Nullable String memo) {
    if (name == null) {
      return memo;
    }
    if (memo == null || fold(name).equalsIgnoreCase(fold(memo))) {
      return name;
    }
    return name + " " + memo;
  }

  private static String fold(String s) {
    return SPACES.matcher(s.trim()).replaceAll(" ");
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }

  private void begin(StatementState st) {
    if (!st.begun) {
      st.begun = true;
      sinkOf().beginStatement(StatementHeader.of(st.account()));
    }
  }

  private void finish(StatementState st) {
    statements++;
    begin(st);
    StatementHeader.Builder b =
        StatementHeader.builder()
            .account(st.account())
            .currency(st.currency())
            .closingBalance(st.ledger)
            .availableBalance(st.available);
    if (st.curdef != null && !st.curdef.isEmpty() && st.currency() == null) {
      st.warnings.add(
          ParseWarning.of(
              "OFX_UNKNOWN_CURRENCY",
              "OFX CURDEF is not an ISO 4217 currency code; the currency is left open",
              st.curdefPosition));
    }
    if (st.dtStart != null && st.dtEnd != null) {
      if (!st.dtEnd.isBefore(st.dtStart)) {
        b.period(DateRange.of(st.dtStart, st.dtEnd));
      } else {
        st.warnings.add(
            ParseWarning.of(
                "OFX_BAD_PERIOD",
                "OFX DTEND is before DTSTART; the period is derived from the transactions",
                st.position));
      }
    }
    b.attribute("ofx.messageSet", st.creditCard ? "creditcard" : "bank");
    b.attribute("ofx.acctType", blankToNull(st.acctType));
    b.attribute("ofx.branchId", blankToNull(st.branchId));
    b.attribute("ofx.acctKey", blankToNull(st.acctKey));
    for (String[] kv : st.attributes) {
      b.attribute(kv[0], kv[1]);
    }
    for (ParseWarning w : st.warnings) {
      b.addWarning(w);
    }
    sinkOf().endStatement(b.build());
  }

  // ---- values -------------------------------------------------------------------------------

  /**
   * Parses an OFX date: {@code YYYYMMDD} optionally followed by a time, fraction and time zone
   * ({@code 20240131120000.000[-5:EST]}). The calendar date is taken as written; the time zone is
   * not applied, as the bank meant that day.
   */
  static LocalDate date(String value) {
    String v = value.trim();
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      v = v.substring(0, 4) + v.substring(5, 7) + v.substring(8); // ISO 8601, not OFX, but seen
    }
    if (v.length() < 8) {
      throw new DateTimeException("too short");
    }
    for (int i = 0; i < 8; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        throw new DateTimeException("not a date");
      }
    }
    for (int i = 8; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9') && ".:[]+-, ".indexOf(c) < 0 && !Character.isLetter(c)) {
        throw new DateTimeException("not a date");
      }
    }
    return LocalDate.of(
        Integer.parseInt(v.substring(0, 4)),
        Integer.parseInt(v.substring(4, 6)),
        Integer.parseInt(v.substring(6, 8)));
  }

  private static BigDecimal amount(String value, String field, SourcePosition position) {
    BigDecimal a = parseAmount(value);
    if (a == null) {
      throw StatementParseException.invalid(FORMAT, "OFX " + field + " is not a number", position);
    }
    return a;
  }

  /**
   * Parses an OFX amount: optional sign (a leading {@code +} is accepted), digits, and {@code .} or
   * {@code ,} as the decimal mark; when both appear the last one is the decimal mark.
   */
  static @Nullable BigDecimal parseAmount(String value) {
    String v = value.trim();
    if (v.indexOf(' ') >= 0) {
      v = v.replace(" ", ""); // "- 12.50"
    }
    if (v.startsWith("+")) {
      v = v.substring(1).trim();
    }
    int dot = v.lastIndexOf('.');
    int comma = v.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      v = comma > dot ? v.replace(".", "").replace(',', '.') : v.replace(",", "");
    } else if (comma >= 0) {
      v = v.indexOf(',') == comma ? v.replace(',', '.') : v.replace(",", "");
    }
    if (!AMOUNT.matcher(v).matches()) {
      return null;
    }
    return new BigDecimal(v);
  }

  static @Nullable Currency currency(@Nullable String code) {
    if (code == null) {
      return null;
    }
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.length() != 3 || !Character.isLetter(c.charAt(0))) {
      return null;
    }
    try {
      return Currency.getInstance(c);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---- state --------------------------------------------------------------------------------

  private static final class StatusState {
    @Nullable String code;
    @Nullable String severity;
    SourcePosition position = SourcePosition.UNKNOWN;
  }

  private static final class StatementState {
    final boolean creditCard;
    final SourcePosition position;
    @Nullable String curdef;
    SourcePosition curdefPosition = SourcePosition.UNKNOWN;
    @Nullable String bankId;
    @Nullable String acctId;
    @Nullable String acctType;
    @Nullable String branchId;
    @Nullable String acctKey;
    boolean accountSeen;
    boolean begun;
    boolean tranListClosed;
    boolean ledgerClosed;
    @Nullable LocalDate dtStart;
    @Nullable LocalDate dtEnd;
    @Nullable BigDecimal ledger;
    @Nullable BigDecimal available;
    int count;
    final List<ParseWarning> warnings = new ArrayList<>();
    final List<String[]> attributes = new ArrayList<>();

    StatementState(boolean creditCard, SourcePosition position) {
      this.creditCard = creditCard;
      this.position = position;
    }

    void setAccount(String name, String value) {
      switch (name) {
        case "BANKID" -> {
          bankId = value;
        }
        case "ACCTID" -> {
          acctId = value;
        }
        case "ACCTTYPE" -> {
          acctType = value;
        }
        case "BRANCHID" -> {
          branchId = value;
        }
        case "ACCTKEY" -> {
          acctKey = value;
        }
        default -> {}
      }
    }

    private @Nullable String currencyFor;
    private @Nullable Currency currency;

    @Nullable Currency currency() {
      String code = curdef;
      if (code != null && !code.equals(currencyFor)) {
        currencyFor = code;
        currency = OfxParser.currency(code);
      }
      return code == null ? null : currency;
    }

    Account account() {
      Account.Builder a = Account.builder().currency(currency());
      String number = blankToNull(acctId);
      a.number(number);
      if (number != null && Iban.isValid(number)) {
        a.iban(Iban.parse(number));
      }
      a.bank(blankToNull(bankId));
      return a.build();
    }
  }

  private static final class TxState {
    final SourcePosition position;
    @Nullable String trntype;
    @Nullable String dtposted;
    SourcePosition dtpostedPosition = SourcePosition.UNKNOWN;
    @Nullable String dtuser;
    @Nullable String dtavail;
    @Nullable String trnamt;
    SourcePosition trnamtPosition = SourcePosition.UNKNOWN;
    @Nullable String fitid;
    @Nullable String checknum;
    @Nullable String refnum;
    @Nullable String sic;
    @Nullable String payeeid;
    @Nullable String name;
    @Nullable String extdname;
    @Nullable String payeeName;
    @Nullable String memo;
    @Nullable String srvrtid;
    @Nullable String correctFitid;
    @Nullable String correctAction;
    @Nullable String curSym;
    @Nullable String curRate;
    @Nullable String origCurSym;
    @Nullable String origCurRate;
    @Nullable String ctpyAcct;

    TxState(SourcePosition position) {
      this.position = position;
    }

    SourcePosition amountPosition(SourcePosition fallback) {
      return trnamtPosition.isKnown() ? trnamtPosition : fallback;
    }

    SourcePosition datePosition(SourcePosition fallback) {
      return dtpostedPosition.isKnown() ? dtpostedPosition : fallback;
    }

    void set(String field, String value, SourcePosition at) {
      switch (field) {
        case "TRNTYPE" -> {
          trntype = value;
        }
        case "DTPOSTED" -> {
          dtposted = value;
          dtpostedPosition = at;
        }
        case "DTUSER" -> {
          dtuser = value;
        }
        case "DTAVAIL" -> {
          dtavail = value;
        }
        case "TRNAMT" -> {
          trnamt = value;
          trnamtPosition = at;
        }
        case "FITID" -> {
          fitid = value;
        }
        case "CHECKNUM" -> {
          checknum = value;
        }
        case "REFNUM" -> {
          refnum = value;
        }
        case "SIC" -> {
          sic = value;
        }
        case "PAYEEID" -> {
          payeeid = value;
        }
        case "NAME" -> {
          name = value;
        }
        case "EXTDNAME" -> {
          extdname = value;
        }
        case "PAYEE" -> {
          payeeName = value; // some writers put the payee name directly in a PAYEE leaf
        }
        case "MEMO" -> {
          memo = value;
        }
        case "SRVRTID" -> {
          srvrtid = value;
        }
        case "CORRECTFITID" -> {
          correctFitid = value;
        }
        case "CORRECTACTION" -> {
          correctAction = value;
        }
        default -> {}
      }
    }

    void setNested(String aggregate, String field, String value) {
      switch (aggregate) {
        case "PAYEE" -> {
          if (field.equals("NAME")) {
            payeeName = value;
          }
        }
        case "BANKACCTTO", "CCACCTTO" -> {
          if (field.equals("ACCTID")) {
            ctpyAcct = value;
          }
        }
        case "CURRENCY" -> {
          if (field.equals("CURSYM")) {
            curSym = value;
          } else if (field.equals("CURRATE")) {
            curRate = value;
          }
        }
        case "ORIGCURRENCY" -> {
          if (field.equals("CURSYM")) {
            origCurSym = value;
          } else if (field.equals("CURRATE")) {
            origCurRate = value;
          }
        }
        default -> {}
      }
    }
  }
}
