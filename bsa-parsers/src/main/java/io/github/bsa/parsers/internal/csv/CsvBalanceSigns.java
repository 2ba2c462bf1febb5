package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Signs unsigned amounts by the running balance ({@link SignConvention#BY_BALANCE}): a row's amount
 * is money in when its balance is the previous balance plus the amount, money out when it is the
 * previous balance minus the amount. Whether the file is oldest-first or newest-first is read from
 * the first pair of rows that tells (only one direction's arithmetic holds), or from the dates;
 * until then the rows wait (at most {@link #MAX_WAITING}). A row the balance does not decide is
 * skipped with {@code CSV_SIGN_UNDECIDED}, never guessed. One chain per account key. Used from one
 * thread.
 *
 * <p>A file with balances and no amount column ({@code fromChanges}: daily balance histories,
 * exports of the balance column only) gets each row's amount as the change of the balance since the
 * row before it in time; the order is read from the dates. A row whose balance did not change is no
 * transaction (counted in the property {@code csv.unchangedBalanceRows}). The oldest row has no
 * balance before it: with an opening balance stated outside the table its change is a transaction;
 * otherwise its balance becomes the opening balance and its own movement, which the file does not
 * give, is left out with the warning {@code CSV_OPENING_FROM_FIRST_ROW}.
 */
final class CsvBalanceSigns {
  /** Rows that may wait for the direction before the file is refused. */
  static final int MAX_WAITING = 10_000;

  /** Where signed transactions go. */
  interface Out {
    void accept(String key, Transaction t, SourcePosition pos);
  }

  private enum Direction {
    UNKNOWN,
    OLDEST_FIRST,
    NEWEST_FIRST
  }

  /** One row waiting for its sign: the unsigned amount and the balance after it. */
  private record Item(
      String key,
      Transaction t,
      SourcePosition pos,
      BigDecimal magnitude,
      @Nullable BigDecimal balance) {}

  private final StatementSink sink;
  private final Out out;
  private final CsvPreamble preamble;
  private final boolean grouped;
  private final boolean fromChanges;
  private long unchanged;
  private final Map<String, Chain> chains = new LinkedHashMap<>();
  private @Nullable Chain current;
  private boolean first = true;

  /**
   * @param preamble the figures outside the table: a labelled opening balance, or one figure that
   *     is the balance before the oldest row for exactly one sign, decides the oldest row of the
   *     first account
   */
  CsvBalanceSigns(StatementSink sink, Out out, CsvPreamble preamble, boolean grouped) {
    this(sink, out, preamble, grouped, false);
  }

  /**
   * @param fromChanges the file has no amount column: amounts are the balance changes
   */
  CsvBalanceSigns(
      StatementSink sink, Out out, CsvPreamble preamble, boolean grouped, boolean fromChanges) {
    this.sink = sink;
    this.out = out;
    this.preamble = preamble;
    this.grouped = grouped;
    this.fromChanges = fromChanges;
  }

  /** Takes one row whose amount is the unsigned magnitude. */
  void accept(String key, Transaction t, SourcePosition pos) {
    Chain c = current;
    if (c == null || !c.key.equals(key)) {
      if (!grouped && c != null) {
        c.finish();
        chains.remove(c.key);
      }
      c = chains.get(key);
      if (c == null) {
        c = new Chain(key, first);
        first = false;
        chains.put(key, c);
      }
      current = c;
    }
    c.add(new Item(key, t, pos, t.amount().abs(), t.balance().orElse(null)));
  }

  /** Signs and hands on every row still waiting. */
  void finish() {
    for (Chain c : chains.values()) {
      c.finish();
    }
    chains.clear();
    current = null;
    if (unchanged > 0) {
      sink.property("csv.unchangedBalanceRows", String.valueOf(unchanged));
    }
  }

  private void emit(Item i, BigDecimal amount) {
    out.accept(i.key, i.t.toBuilder().amount(amount).build(), i.pos);
  }

  private void undecided(Item i, String why) {
    sink.rowSkipped(
        ParseWarning.of(
            "CSV_SIGN_UNDECIDED",
            "CSV row's sign is not decided by the running balance ("
                + why
                + "); row skipped; set the sign convention or a DEBIT_CREDIT column in the"
                + " format option csv.layout",
            i.pos));
  }

  /** Signs a row by the balance before it in time; skips it when that does not decide. */
  private void sign(Item i, @Nullable BigDecimal before, String noBefore) {
    if (fromChanges) {
      change(i, before);
      return;
    }
    if (i.magnitude.signum() == 0) {
      emit(i, i.magnitude);
      return;
    }
    if (before == null || i.balance == null) {
      undecided(i, i.balance == null ? "the row has no balance" : noBefore);
      return;
    }
    BigDecimal change = i.balance.subtract(before);
    if (change.abs().compareTo(i.magnitude) != 0) {
      undecided(i, "the balance changes by another amount");
      return;
    }
    emit(i, change.signum() < 0 ? i.magnitude.negate() : i.magnitude);
  }

  /** A row of a file without amounts: its amount is the balance change since the row before. */
  private void change(Item i, @Nullable BigDecimal before) {
    if (i.balance == null) {
      undecided(i, "the row has no balance");
      return;
    }
    if (before == null) {
      sink.warning(
          ParseWarning.of(
              "CSV_OPENING_FROM_FIRST_ROW",
              "CSV has balances and no amounts: the oldest row's balance is taken as the opening"
                  + " balance; its own movement is not in the file",
              i.pos));
      return;
    }
    BigDecimal change = i.balance.subtract(before);
    if (change.signum() == 0) {
      unchanged++;
      return;
    }
    emit(i, change);
  }

  /** The rows of one account. */
  private final class Chain {
    final String key;
    final boolean firstChain;
    final List<Item> waiting = new ArrayList<>();
    Direction direction = Direction.UNKNOWN;
    // oldest-first: the balance of the previous row; newest-first: the row waiting for the next
    @Nullable BigDecimal previousBalance;
    @Nullable Item held;

    Chain(String key, boolean firstChain) {
      this.key = key;
      this.firstChain = firstChain;
    }

    /** The balance before the oldest row, when the figures outside the table state it. */
    private @Nullable BigDecimal before(Item oldest) {
      if (!firstChain) {
        return null;
      }
      BigDecimal stated = preamble.opening;
      if (stated != null || oldest.balance == null || fromChanges) {
        return stated;
      }
      BigDecimal down = oldest.balance.subtract(oldest.magnitude);
      BigDecimal up = oldest.balance.add(oldest.magnitude);
      boolean hasDown = false;
      boolean hasUp = false;
      for (BigDecimal f : preamble.figures) {
        hasDown |= f.compareTo(down) == 0;
        hasUp |= f.compareTo(up) == 0;
      }
      return hasDown == hasUp ? null : hasDown ? down : up;
    }

    void add(Item i) {
      switch (direction) {
        case OLDEST_FIRST -> {
          sign(i, previousBalance, "no balance before it");
          previousBalance = i.balance;
        }
        case NEWEST_FIRST -> {
          Item h = held;
          if (h != null) {
            sign(h, i.balance, "no balance before it");
          }
          held = i;
        }
        case UNKNOWN -> {
          waiting.add(i);
          int n = waiting.size();
          if (n >= 2) {
            // without amounts only the dates tell the order
            direction = fromChanges ? byDates() : tell(waiting.get(n - 2), i);
            if (direction != Direction.UNKNOWN) {
              release();
            } else if (n >= MAX_WAITING) {
              direction = byDates();
              if (direction == Direction.UNKNOWN) {
                throw new StatementParseException(
                    ErrorCode.AMBIGUOUS_FORMAT,
                    CsvStatementParser.FORMAT,
                    "CSV running balance does not tell whether the rows are oldest-first or"
                        + " newest-first; set the sign convention in the format option"
                        + " csv.layout",
                    i.pos,
                    null);
              }
              release();
            }
          }
        }
      }
    }

    /** The direction a pair of consecutive rows proves, or UNKNOWN. */
    private Direction tell(Item a, Item b) {
      if (a.balance == null || b.balance == null) {
        return Direction.UNKNOWN;
      }
      BigDecimal change = b.balance.subtract(a.balance).abs();
      boolean oldestFirst = change.compareTo(b.magnitude) == 0;
      boolean newestFirst = change.compareTo(a.magnitude) == 0;
      if (oldestFirst == newestFirst) {
        return Direction.UNKNOWN;
      }
      return oldestFirst ? Direction.OLDEST_FIRST : Direction.NEWEST_FIRST;
    }

    private Direction byDates() {
      LocalDate from = waiting.get(0).t.date().orElse(null);
      LocalDate to = waiting.get(waiting.size() - 1).t.date().orElse(null);
      if (from == null || to == null || from.equals(to)) {
        return waiting.size() == 1 ? Direction.OLDEST_FIRST : Direction.UNKNOWN;
      }
      return from.isBefore(to) ? Direction.OLDEST_FIRST : Direction.NEWEST_FIRST;
    }

    /** Signs the waiting rows once the direction is known. */
    private void release() {
      List<Item> rows = new ArrayList<>(waiting);
      waiting.clear();
      if (direction == Direction.OLDEST_FIRST) {
        previousBalance = rows.isEmpty() ? null : before(rows.get(0));
        String why = "the oldest row, and no opening balance is stated";
        for (Item i : rows) {
          sign(i, previousBalance, why);
          previousBalance = i.balance;
          why = "no balance before it";
        }
      } else {
        for (Item i : rows) {
          add(i);
        }
      }
    }

    void finish() {
      if (direction == Direction.UNKNOWN && !waiting.isEmpty()) {
        direction = byDates();
        if (direction == Direction.UNKNOWN) {
          for (Item i : waiting) {
            undecided(i, "the rows do not tell whether they are oldest-first or newest-first");
          }
          waiting.clear();
          return;
        }
        release();
      }
      Item h = held;
      if (direction == Direction.NEWEST_FIRST && h != null) {
        sign(h, before(h), "the oldest row, and no opening balance is stated");
        held = null;
      }
    }
  }
}
