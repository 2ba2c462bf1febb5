package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.StatementSink;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The structure walk of {@link OfxParser}: receives the tokens of {@link OfxTokenizer}, keeps a
 * stack of open elements and, for each, the nearest aggregate it understands, and hands the leaves
 * to the statement being read ({@link OfxBankStatement} and {@link OfxStmtTrn} for bank and card
 * statements, {@link OfxInvestmentReader} for investment statements). Each bank or card {@code
 * STMTTRN} goes to the sink through {@link OfxStatementOutput} when its end is reached. Not
 * thread-safe; one instance per input.
 */
final class OfxWalker implements OfxTokenizer.Handler {
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

  private final StatementSink sink;
  private final OfxCharsetHeader header;
  private final OfxInvestmentReader investments;

  /** The open aggregates, and for each the nearest known aggregate at or above it. */
  private String[] names = new String[16];

  private String[] contexts = new String[16];
  private int depth;

  private @Nullable OfxBankStatement statement;
  private @Nullable OfxStmtTrn tx;

  /** The one instance that reads every bank and card {@code STMTTRN}, each built when it ends. */
  private @Nullable OfxStmtTrn bankTx;

  private @Nullable StatusState status;
  private int statements;
  private long transactions;

  OfxWalker(StatementSink sink, OfxCharsetHeader header, OfxInvestmentReader investments) {
    this.sink = sink;
    this.header = header;
    this.investments = investments;
  }

  /** Returns how many aggregates are still open. */
  int depth() {
    return depth;
  }

  /** Returns how many bank and card statements were ended. */
  int statements() {
    return statements;
  }

  /** Returns how many bank and card transactions were reported. */
  long transactions() {
    return transactions;
  }

  /**
   * Ends the aggregates left open at the end of the input, or refuses the input if data would be
   * lost by doing so.
   */
  void closeAtEnd(SourcePosition end) {
    if (statements == 0 && statement == null && investments.seen() == 0) {
      throw StatementParseException.malformed(
          OfxParser.FORMAT,
          "OFX input ends inside <" + names[depth - 1] + "> before any statement (truncated?)",
          end);
    }
    if (investments.seen() > 0) {
      // the SECLIST that names the securities follows the statements: a file cut after them
      // would give other descriptions than the whole file, so nothing of it is taken
      throw StatementParseException.malformed(
          OfxParser.FORMAT,
          "OFX input with investment statements ends without its closing tags (truncated?)",
          end);
    }
    OfxBankStatement openStatement = statement;
    if (openStatement != null && (!openStatement.tranListClosed || !openStatement.ledgerClosed)) {
      throw StatementParseException.malformed(
          OfxParser.FORMAT,
          "OFX input ends inside a statement before its BANKTRANLIST and LEDGERBAL are"
              + " complete (truncated?)",
          end);
    }
    for (int i = 0; i < depth; i++) {
      String name = names[i];
      if (!MAY_STAY_OPEN.contains(name) && OfxMarkup.KNOWN_AGGREGATES.contains(name)) {
        throw StatementParseException.malformed(
            OfxParser.FORMAT, "OFX input ends inside <" + name + "> (truncated?)", end);
      }
    }
    sink.warning(
        ParseWarning.of(
            "OFX_UNCLOSED_AT_END",
            "OFX input ends without closing its outer aggregates; treated as complete",
            end));
    for (int i = depth - 1; i >= 0; i--) {
      end(names[i]);
    }
  }

  @Override
  public void header(String key, String value) {
    header.header(key, value);
  }

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
          OfxParser.FORMAT, "OFX aggregates are nested deeper than " + MAX_DEPTH, position);
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
          OfxStatementOutput.begin(sink, st);
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
        transactions++;
        OfxStatementOutput.emit(sink, current, unclosed);
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
          transactions++;
          OfxStatementOutput.emit(sink, st, t);
        }
      }
      case "STMTRS", "CCSTMTRS" -> {
        OfxBankStatement done = statement;
        if (done != null) {
          statement = null;
          statements++;
          OfxStatementOutput.finish(sink, done);
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
    sink.warning(
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

  private static final class StatusState {
    @Nullable String code;
    @Nullable String severity;
    SourcePosition position = SourcePosition.UNKNOWN;
  }
}
