package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.parsers.internal.vocab.Vocabulary;
import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Stage "rows", second half: decides by the arithmetic whether a dated row whose first line holds a
 * totals, balance or carried-forward word ("Total", "Summe", "Übertrag", "Report", "Brought
 * forward") is a booking. The words only made the row a candidate; a booking is what the running
 * balance, the sums above it and the printed opening and closing balances say it is (ADR 0490):
 *
 * <ol>
 *   <li>With a running balance on the row and the previous balance known: a row whose amount takes
 *       the previous balance to its own is a booking; a row whose balance equals the previous one
 *       changes nothing and is a carried-forward or totals line. A row that fits neither and whose
 *       figures are not the sums of the bookings above is refused ({@code INVALID_DATA}).
 *   <li>Without a balance on the row, the next row's balance tells when it is printed: the row is a
 *       booking when the next balance follows only with its amount, not one when it follows only
 *       without it.
 *   <li>Otherwise a row whose figures equal the sums of the bookings above it (since the last
 *       total, on its page, in its section or in the statement), or whose amount equals the
 *       previous balance, is a totals or carried-forward line; any other row is kept as a booking.
 *       These last decisions yield to opening + transactions = closing when the printed balances
 *       hold only with one of them reversed.
 * </ol>
 *
 * Rows that are not bookings are removed and their lines given back, for the balance labels.
 */
final class RowArithmetic {
  /** Opening and brought-forward labels: the tie-breaker for a first row nothing precedes. */
  private static final LabelFilter OPENING =
      new LabelFilter(
          Pattern.compile(
              Vocabulary.pattern(Concept.OPENING).pattern()
                  + "|"
                  + Vocabulary.pattern(Concept.BROUGHT_FORWARD).pattern()));

  private RowArithmetic() {}

  private enum Verdict {
    BOOKING,
    NOT_BOOKING,
    /** A booking unless the printed balances say otherwise. */
    BOOKING_BY_DEFAULT,
    /** Not a booking unless the printed balances say otherwise. */
    NOT_BOOKING_BY_SUMS
  }

  /** Decides the labelled rows, removing those that are no bookings from {@code rows}. */
  static void decide(
      List<Row> rows, Map<Line, Boolean> consumed, List<Line> all, boolean creditCard) {
    if (rows.stream().noneMatch(r -> r.labelled)) {
      return;
    }
    StatementBalances.Candidates printed = StatementBalances.gather(all, consumed, creditCard);
    BigDecimal opening = printed.openings().isEmpty() ? null : printed.openings().get(0).value();
    List<Row> kept = new ArrayList<>();
    Set<Row> dropped = new LinkedHashSet<>();
    Set<Row> reversible = new HashSet<>();
    int segment = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (!r.labelled) {
        kept.add(r);
        continue;
      }
      Verdict v = verdict(r, next(rows, i), kept, segment, opening, creditCard);
      if (v == Verdict.BOOKING || v == Verdict.BOOKING_BY_DEFAULT) {
        kept.add(r);
      } else {
        dropped.add(r);
        segment = kept.size();
      }
      if (v == Verdict.BOOKING_BY_DEFAULT || v == Verdict.NOT_BOOKING_BY_SUMS) {
        reversible.add(r);
      }
    }
    release(dropped, consumed);
    Row toggle = closingToggle(rows, dropped, reversible, all, consumed, creditCard);
    if (toggle != null) {
      if (dropped.remove(toggle)) {
        toggle.lines.forEach(l -> consumed.put(l, Boolean.TRUE));
      } else {
        dropped.add(toggle);
        release(Set.of(toggle), consumed);
      }
    }
    if (dropped.isEmpty()) {
      return;
    }
    Set<Integer> pages = new HashSet<>();
    dropped.forEach(r -> pages.add(r.page));
    rows.removeAll(dropped);
    pages.forEach(p -> RowStage.renumber(rows, p));
  }

  private static void release(Set<Row> dropped, Map<Line, Boolean> consumed) {
    for (Row r : dropped) {
      r.lines.forEach(consumed::remove);
    }
  }

  /** The next row that is no candidate itself, {@code null} when none. */
  private static @Nullable Row next(List<Row> rows, int i) {
    for (int k = i + 1; k < rows.size(); k++) {
      if (!rows.get(k).labelled) {
        return rows.get(k);
      }
    }
    return null;
  }

  private static Verdict verdict(
      Row r,
      @Nullable Row next,
      List<Row> kept,
      int segment,
      @Nullable BigDecimal opening,
      boolean cc) {
    BigDecimal value = SignStage.columnValue(r, cc, false);
    BigDecimal magnitude = value.abs();
    BigDecimal previous = previousBalance(kept, opening, cc);
    if (r.balance != null) {
      BigDecimal own = StatementBalances.balanceValue(r.balance, cc);
      if (previous != null) {
        if (magnitude.signum() != 0 && own.subtract(previous).abs().compareTo(magnitude) == 0) {
          return Verdict.BOOKING;
        }
        if (own.compareTo(previous) == 0) {
          return Verdict.NOT_BOOKING;
        }
      }
      if (sums(r, kept, segment, 1, cc)) {
        return Verdict.NOT_BOOKING;
      }
      if (previous != null) {
        throw StatementParseException.invalid(
            PdfStatementParser.FORMAT,
            "A dated line with a totals or carried-forward word fits neither as a booking (its"
                + " amount does not lead from the previous balance to its own) nor as a total or"
                + " carried-forward line",
            position(r));
      }
      return byDefault(r, kept, previous);
    }
    if (previous != null && next != null && next.balance != null) {
      BigDecimal gap = StatementBalances.balanceValue(next.balance, cc).subtract(previous).abs();
      BigDecimal nextMagnitude = SignStage.columnValue(next, cc, false).abs();
      boolean without = gap.compareTo(nextMagnitude) == 0;
      boolean with =
          magnitude.signum() != 0
              && (gap.compareTo(nextMagnitude.add(magnitude)) == 0
                  || gap.compareTo(nextMagnitude.subtract(magnitude).abs()) == 0);
      if (with && !without) {
        return Verdict.BOOKING;
      }
      if (without && !with) {
        return Verdict.NOT_BOOKING;
      }
    }
    if (sums(r, kept, segment, 2, cc)) {
      return Verdict.NOT_BOOKING_BY_SUMS;
    }
    if (previous != null
        && magnitude.signum() != 0
        && figures(r) == 1
        && magnitude.compareTo(previous.abs()) == 0) {
      return Verdict.NOT_BOOKING_BY_SUMS; // the previous balance, carried forward
    }
    return byDefault(r, kept, previous);
  }

  /**
   * Where the arithmetic cannot tell: a booking, unless the row comes first with no balance known
   * before it and its words are an opening or brought-forward label (it then prints that balance).
   */
  private static Verdict byDefault(Row r, List<Row> kept, @Nullable BigDecimal previous) {
    if (previous == null && kept.isEmpty() && OPENING.find(RowStage.words(r.lines.get(0)))) {
      return Verdict.NOT_BOOKING_BY_SUMS;
    }
    return Verdict.BOOKING_BY_DEFAULT;
  }

  /**
   * The balance before the next row: the last running balance printed on a kept row plus the kept
   * rows after it, else the first printed opening balance plus every kept row.
   */
  private static @Nullable BigDecimal previousBalance(
      List<Row> kept, @Nullable BigDecimal opening, boolean cc) {
    BigDecimal after = BigDecimal.ZERO;
    for (int i = kept.size() - 1; i >= 0; i--) {
      Row k = kept.get(i);
      if (k.balance != null) {
        return StatementBalances.balanceValue(k.balance, cc).add(after);
      }
      after = after.add(SignStage.columnValue(k, cc, false));
    }
    return opening == null ? null : opening.add(after);
  }

  /**
   * Whether each figure of the row equals a sum of the kept rows above it in one scope: since the
   * last total, on its page, in its section, in the statement; a scope counts from {@code min}
   * rows.
   */
  private static boolean sums(Row r, List<Row> kept, int segment, int min, boolean cc) {
    List<List<Row>> scopes = new ArrayList<>();
    scopes.add(kept.subList(segment, kept.size()));
    scopes.add(kept.stream().filter(k -> k.page == r.page).toList());
    if (!r.sectionName.isEmpty()) {
      scopes.add(kept.stream().filter(k -> k.sectionName.equals(r.sectionName)).toList());
    }
    scopes.add(kept);
    for (List<Row> scope : scopes) {
      if (scope.size() >= min && sumsOf(r, scope, cc)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sumsOf(Row r, List<Row> scope, boolean cc) {
    BigDecimal debits = BigDecimal.ZERO;
    BigDecimal credits = BigDecimal.ZERO;
    BigDecimal out = BigDecimal.ZERO;
    BigDecimal in = BigDecimal.ZERO;
    for (Row k : scope) {
      if (k.debit != null) {
        debits = debits.add(k.debit.magnitude());
      }
      if (k.credit != null) {
        credits = credits.add(k.credit.magnitude());
      }
      BigDecimal v = SignStage.columnValue(k, cc, false);
      if (v.signum() < 0) {
        out = out.add(v.negate());
      } else {
        in = in.add(v);
      }
    }
    BigDecimal net = in.subtract(out).abs();
    boolean any = false;
    if (r.debit != null) {
      BigDecimal m = r.debit.magnitude();
      if (!equalsAny(m, debits, out)) {
        return false;
      }
      any = true;
    }
    if (r.credit != null) {
      BigDecimal m = r.credit.magnitude();
      if (!equalsAny(m, credits, in)) {
        return false;
      }
      any = true;
    }
    if (r.amount != null) {
      BigDecimal m = r.amount.magnitude();
      if (!equalsAny(m, out, in, net)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static int figures(Row r) {
    return (r.debit == null ? 0 : 1) + (r.credit == null ? 0 : 1) + (r.amount == null ? 0 : 1);
  }

  private static boolean equalsAny(BigDecimal m, BigDecimal... sums) {
    for (BigDecimal s : sums) {
      if (s.signum() != 0 && m.compareTo(s) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one reversible decision whose reversal makes a printed opening plus the transactions equal
   * a printed closing when nothing else does, {@code null} when there is none or more than one.
   */
  private static @Nullable Row closingToggle(
      List<Row> rows,
      Set<Row> dropped,
      Set<Row> reversible,
      List<Line> all,
      Map<Line, Boolean> consumed,
      boolean cc) {
    if (reversible.isEmpty()) {
      return null;
    }
    // the printed figures as if no reversible row were a booking; a kept row's own line is then
    // left out of them
    Map<Line, Boolean> released = new HashMap<>(consumed);
    reversible.forEach(r -> r.lines.forEach(released::remove));
    StatementBalances.Candidates printed = StatementBalances.gather(all, released, cc);
    if (printed.openings().isEmpty() || printed.closings().isEmpty()) {
      return null;
    }
    Set<Row> kept = new HashSet<>(reversible);
    kept.removeAll(dropped);
    BigDecimal net = BigDecimal.ZERO;
    for (Row r : rows) {
      if (!dropped.contains(r)) {
        net = net.add(SignStage.columnValue(r, cc, false));
      }
    }
    if (holds(printed, kept, net)) {
      return null;
    }
    Row found = null;
    for (Row r : reversible) {
      BigDecimal v = SignStage.columnValue(r, cc, false);
      Set<Row> other = new HashSet<>(kept);
      boolean wasDropped = dropped.contains(r);
      if (wasDropped) {
        other.add(r);
      } else {
        other.remove(r);
      }
      if (holds(printed, other, wasDropped ? net.add(v) : net.subtract(v))) {
        if (found != null) {
          return null; // two reversals would do: the arithmetic cannot tell which
        }
        found = r;
      }
    }
    return found;
  }

  /** Whether a printed opening plus {@code net} is a printed closing, none from a kept row. */
  private static boolean holds(
      StatementBalances.Candidates printed, Set<Row> kept, BigDecimal net) {
    Set<Long> own = new HashSet<>();
    for (Row r : kept) {
      r.lines.forEach(l -> own.add(key(l.page, l.index)));
    }
    for (StatementBalances.Candidate o : printed.openings()) {
      if (own.contains(key(o.page(), o.line()))) {
        continue;
      }
      for (StatementBalances.Candidate c : printed.closings()) {
        if (!own.contains(key(c.page(), c.line()))
            && o.value().add(net).compareTo(c.value()) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static long key(int page, int line) {
    return ((long) page << 32) | (line & 0xffffffffL);
  }

  private static SourcePosition position(Row r) {
    Line first = r.lines.get(0);
    return SourcePosition.ofPage(r.page).withLine(first.index).withBox(r.box);
  }
}
