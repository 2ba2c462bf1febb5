package io.github.bsa.parsers.internal.qif;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import java.util.ArrayDeque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The date-order stage of the QIF parser: decides the day/month order of the file's dates and holds
 * back the records (and statement starts and ends) that need it until a date proves it, at most
 * {@link #MAX_HELD_BACK}; then everything held, and the rest of the file, streams to the sink. Not
 * thread-safe.
 */
final class QifDateOrderQueue {
  static final int MAX_HELD_BACK = 100_000;
  private static final String FORMAT = QifParser.FORMAT;

  /** A statement start held back. */
  private static final Object BEGIN = new Object();

  private final StatementSink out;
  private final @Nullable DateOrder forcedOrder;
  private @Nullable DateOrder order;
  private SourcePosition orderProof = SourcePosition.UNKNOWN;
  private final ArrayDeque<Object> held = new ArrayDeque<>();
  private @Nullable SourcePosition firstAmbiguous;
  private boolean allHeldDotted = true;
  private long transactions;

  QifDateOrderQueue(StatementSink out, @Nullable DateOrder forcedOrder) {
    this.out = out;
    this.forcedOrder = forcedOrder;
    this.order = forcedOrder;
  }

  long transactions() {
    return transactions;
  }

  /** A statement begins. */
  void begin() {
    if (held.isEmpty()) {
      out.beginStatement(StatementHeader.of(Account.empty()));
    } else {
      held.add(BEGIN);
    }
  }

  /** The statement ends with {@code header}. */
  void end(StatementHeader header) {
    if (held.isEmpty()) {
      out.endStatement(header);
    } else {
      held.add(header);
    }
  }

  /** A complete record. */
  void record(QifRecord r) {
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

  /** At the end of the input: dotted dates are day-first; other undecided dates are refused. */
  void finish(SourcePosition end) {
    if (held.isEmpty()) {
      return;
    }
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

  private void decide(DateOrder proven, SourcePosition at) {
    order = proven;
    orderProof = at;
    while (!held.isEmpty()) {
      Object e = held.poll();
      if (e instanceof QifRecord r) {
        emit(r);
      } else if (e == BEGIN) {
        out.beginStatement(StatementHeader.of(Account.empty()));
      } else if (e instanceof StatementHeader h) {
        out.endStatement(h);
      }
    }
  }

  private void emit(QifRecord r) {
    transactions++;
    out.transaction(r.toTransaction(order));
  }
}
