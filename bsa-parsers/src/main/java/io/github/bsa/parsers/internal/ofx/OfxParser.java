package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.UnsupportedFormatException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.internal.textio.AdaptiveTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses OFX 1.x SGML and OFX 2.x XML bank, credit-card and investment-cash statements in one pass.
 * This type walks the aggregates (a stack of open elements and, for each, the nearest aggregate it
 * understands) and hands the leaves to the statement being read: {@link OfxBankStatement} and
 * {@link OfxStmtTrn} for bank and card statements, each {@code STMTTRN} reported to the sink when
 * its end is reached, so memory does not grow with the file; {@link OfxInvestmentReader} for the
 * cash side of investment statements, which are reported at the end of the input (their {@code
 * SECLIST} follows them). Tokens come from {@link OfxTokenizer}, header entries go to {@link
 * OfxCharsetHeader}. The field mapping and the documented choices are in {@code
 * docs/formats/ofx.md}. Not thread-safe; one instance per input.
 */
final class OfxParser implements StatementParser, OfxTokenizer.Handler {
  static final String FORMAT = "ofx";
  private static final Logger LOG = LoggerFactory.getLogger(OfxParser.class);

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

  /**
   * Leaves whose position a statement keeps (for an error or a warning); the others are reported
   * without one, so that reading them builds no position object.
   */
  private static final Set<String> POSITIONED_LEAVES =
      Set.of("CODE", "CURDEF", "DTSTART", "DTEND", "BALAMT", "DTTRADE", "TOTAL", "AVAILCASH");

  /**
   * Deepest aggregate nesting accepted. Real OFX nests about 10 deep; the bound keeps a hostile
   * file of 100,000 open tags from holding (and scanning) a stack that long (issue #17).
   */
  static final int MAX_DEPTH = 1_000;

  private final ParseContext context;

  /** The open aggregates, and for each the nearest known aggregate at or above it. */
  private String[] names = new String[16];

  private String[] contexts = new String[16];
  private int depth;

  private @Nullable StatementSink sink;
  private @Nullable OfxCharsetHeader header;
  private final OfxInvestmentReader investments;

  private @Nullable OfxBankStatement statement;
  private @Nullable OfxStmtTrn tx;

  /** The one instance that reads every bank and card {@code STMTTRN}, each built when it ends. */
  private @Nullable OfxStmtTrn bankTx;

  private @Nullable StatusState status;
  private int statements;
  private long transactions;

  OfxParser(ParseContext context) {
    this.context = context;
    this.investments = new OfxInvestmentReader(context.limits().maxTransactions());
  }

  @Override
  public void parse(InputStream input, StatementSink out) throws IOException {
    this.sink = out;
    Charset forced = context.options().charset().orElse(null);
    AdaptiveTextReader text = new AdaptiveTextReader(input, forced, context.sample().bytes());
    OfxCharsetHeader charsetHeader = new OfxCharsetHeader(text, out);
    this.header = charsetHeader;
    OfxTokenizer tokenizer = new OfxTokenizer(text, this, context.limits().maxLineLength());
    tokenizer.run();
    SourcePosition end = tokenizer.position();
    if (!tokenizer.sawOfx()) {
      throw StatementParseException.malformed(
          FORMAT, "no <OFX> element found; the input is not OFX or is truncated", end);
    }
    if (depth > 0) {
      closeAtEnd(out, end);
    }
    charsetHeader.checkAtEnd(end);
    int investmentStatements = emitInvestments(out);
    int withoutCash = investments.seen() - investmentStatements;
    if (statements == 0 && withoutCash > 0) {
      throw new UnsupportedFormatException(
          "OFX investment statement (INVSTMTRS) holds no cash side (no INVBANKTRAN, no income,"
              + " trade or expense record paid in cash, no AVAILCASH); positions and lots are not"
              + " supported",
          List.of(FORMAT));
    }
    if (withoutCash > 0) {
      out.warning(
          ParseWarning.of(
              "OFX_INVESTMENT_SKIPPED",
              "OFX investment statements (INVSTMTRS) without a cash side were skipped: "
                  + withoutCash,
              SourcePosition.UNKNOWN));
    }
    if (statements == 0) {
      out.warning(
          ParseWarning.of(
              "OFX_NO_STATEMENTS",
              "OFX file holds no bank, credit-card or investment-cash statement",
              end));
    }
    LOG.debug("Parsed {} OFX statements with {} transactions", statements, transactions);
  }

  private void closeAtEnd(StatementSink out, SourcePosition end) {
    if (statements == 0 && statement == null && investments.seen() == 0) {
      throw StatementParseException.malformed(
          FORMAT,
          "OFX input ends inside <" + names[depth - 1] + "> before any statement (truncated?)",
          end);
    }
    if (investments.seen() > 0) {
      // the SECLIST that names the securities follows the statements: a file cut after them
      // would give other descriptions than the whole file, so nothing of it is taken
      throw StatementParseException.malformed(
          FORMAT,
          "OFX input with investment statements ends without its closing tags (truncated?)",
          end);
    }
    OfxBankStatement openStatement = statement;
    if (openStatement != null && (!openStatement.tranListClosed || !openStatement.ledgerClosed)) {
      throw StatementParseException.malformed(
          FORMAT,
          "OFX input ends inside a statement before its BANKTRANLIST and LEDGERBAL are"
              + " complete (truncated?)",
          end);
    }
    for (int i = 0; i < depth; i++) {
      String name = names[i];
      if (!MAY_STAY_OPEN.contains(name) && OfxMarkup.KNOWN_AGGREGATES.contains(name)) {
        throw StatementParseException.malformed(
            FORMAT, "OFX input ends inside <" + name + "> (truncated?)", end);
      }
    }
    out.warning(
        ParseWarning.of(
            "OFX_UNCLOSED_AT_END",
            "OFX input ends without closing its outer aggregates; treated as complete",
            end));
    for (int i = depth - 1; i >= 0; i--) {
      end(names[i]);
    }
  }

  private int emitInvestments(StatementSink out) {
    int emitted = 0;
    for (OfxInvestmentStatement st : investments.statements()) {
      if (!st.hasCash()) {
        continue;
      }
      emitted++;
      statements++;
      out.beginStatement(StatementHeader.of(st.account()));
      StatementHeader h =
          st.emit(
              investments.securities(),
              t -> {
                transactions++;
                out.transaction(t);
              });
      out.endStatement(h);
    }
    return emitted;
  }

  private StatementSink sinkOf() {
    StatementSink s = sink;
    if (s == null) {
      throw new IllegalStateException("not parsing");
    }
    return s;
  }

  @Override
  public void header(String key, String value) {
    OfxCharsetHeader h = header;
    if (h != null) {
      h.header(key, value);
    }
  }

  // ---- structure ----------------------------------------------------------------------------

  private String context() {
    return depth == 0 ? "" : contexts[depth - 1];
  }

  private boolean inside(String name) {
    for (int i = depth - 1; i >= 0; i--) {
      if (names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  private int lastIndexOf(String name) {
    for (int i = depth - 1; i >= 0; i--) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private void push(String name) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      contexts = Arrays.copyOf(contexts, depth * 2);
    }
    names[depth] = name;
    contexts[depth] =
        OfxMarkup.KNOWN_AGGREGATES.contains(name) ? name : depth == 0 ? "" : contexts[depth - 1];
    depth++;
  }

  /** Removes the element at {@code index}; the ones above it move down, their context renewed. */
  private void removeAt(int index) {
    for (int i = index; i < depth - 1; i++) {
      names[i] = names[i + 1];
      String n = names[i];
      contexts[i] = OfxMarkup.KNOWN_AGGREGATES.contains(n) ? n : i == 0 ? "" : contexts[i - 1];
    }
    depth--;
    names[depth] = null;
    contexts[depth] = null;
  }

  @Override
  public void start(String name, SourcePosition position) {
    if (name.equals("STMTTRN") && tx != null) {
      // SGML writers that never close STMTTRN: the new one implies the close of the previous,
      // so the stack stays shallow however many transactions follow
      int previous = lastIndexOf(name);
      if (previous >= 0) {
        for (int i = previous; i < depth; i++) {
          names[i] = null;
          contexts[i] = null;
        }
        depth = previous;
      }
    }
    if (depth >= MAX_DEPTH) {
      throw StatementParseException.malformed(
          FORMAT, "OFX aggregates are nested deeper than " + MAX_DEPTH, position);
    }
    push(name);
    switch (name) {
      case "STMTRS", "CCSTMTRS" -> {
        if (statement == null && !inside("INVSTMTRS")) {
          statement = new OfxBankStatement(name.equals("CCSTMTRS"), position);
        }
      }
      case "BANKTRANLIST" -> {
        OfxBankStatement st = statement;
        if (st != null && context().equals("BANKTRANLIST") && st.accountSeen) {
          begin(st);
        }
      }
      case "STMTTRN" -> startStmtTrn(position);
      case "STATUS" -> status = new StatusState();
      default -> investments.start(name, position);
    }
  }

  private void startStmtTrn(SourcePosition position) {
    OfxBankStatement current = statement;
    if (current != null && inside("BANKTRANLIST")) {
      OfxStmtTrn unclosed = tx;
      if (unclosed != null) {
        // a writer that never closes STMTTRN: the next one closes the previous
        tx = null;
        emit(current, unclosed);
      }
      OfxStmtTrn reused = bankTx;
      if (reused == null) {
        reused = new OfxStmtTrn(position);
        bankTx = reused;
      } else {
        reused.reset(position);
      }
      tx = reused;
      return;
    }
    OfxInvestmentStatement.BankTran b = investments.bankTran();
    if (b != null && b.tx == null) {
      OfxStmtTrn t = new OfxStmtTrn(position);
      b.tx = t;
      tx = t;
    }
  }

  @Override
  public void end(String name) {
    int index = lastIndexOf(name);
    if (index >= 0) {
      removeAt(index);
    }
    switch (name) {
      case "STMTTRN" -> {
        OfxStmtTrn t = tx;
        OfxBankStatement st = statement;
        tx = null;
        if (t != null && st != null) {
          emit(st, t);
        }
      }
      case "STMTRS", "CCSTMTRS" -> {
        OfxBankStatement done = statement;
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
      default -> investments.end(name);
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
  public void leaf(String name, String value, long line, int column) {
    String ctx = context();
    if (ctx.equals("STMTTRN")) {
      OfxStmtTrn t = tx;
      if (t != null) {
        t.set(name, value, line, column);
      }
      return;
    }
    SourcePosition position =
        POSITIONED_LEAVES.contains(name) ? SourcePosition.of(line, column) : SourcePosition.UNKNOWN;
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
      case "PAYEE", "BANKACCTTO", "CCACCTTO", "CURRENCY", "ORIGCURRENCY" -> {
        OfxStmtTrn t2 = tx;
        if (t2 != null) {
          t2.setNested(ctx, name, value);
          return;
        }
      }
      default -> {}
    }
    OfxBankStatement st = statement;
    if (st != null) {
      st.leaf(ctx, name, value, position);
    } else {
      investments.leaf(ctx, name, value, position);
    }
  }

  // ---- building -----------------------------------------------------------------------------

  private void emit(OfxBankStatement st, OfxStmtTrn t) {
    st.count++;
    transactions++;
    Transaction built = t.toTransaction(st.count, st.currency(), st.warnings).build();
    begin(st);
    sinkOf().transaction(built);
  }

  private void begin(OfxBankStatement st) {
    if (!st.begun) {
      st.begun = true;
      sinkOf().beginStatement(StatementHeader.of(st.account()));
    }
  }

  private void finish(OfxBankStatement st) {
    statements++;
    begin(st);
    sinkOf().endStatement(st.header());
  }

  private static final class StatusState {
    @Nullable String code;
    @Nullable String severity;
    SourcePosition position = SourcePosition.UNKNOWN;
  }
}
