package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import io.github.bsa.parsers.internal.csv.CsvSniffer.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the amount, debit/credit and running-balance columns by the arithmetic between them: a
 * balance column is one where the previous row's balance plus this row's amount gives this row's
 * balance (or, for newest-first files, this row's balance plus the previous row's amount gives the
 * previous balance), for at least 80% of the sample's consecutive rows. Words are not consulted:
 * the numbers prove the roles. Stateless.
 */
final class CsvArithmetic {
  /** Share of checked row pairs for which the arithmetic must hold. */
  private static final double HOLDS = 0.8;

  private static final int MAX_ROWS = 200;
  private static final int MAX_CANDIDATES = 8;

  /** Rows the balance must have signed before an indicator column's words are learnt. */
  private static final int MIN_INDICATED = 4;

  private CsvArithmetic() {}

  /**
   * Assigns the roles the arithmetic proves and the header did not name: the balance next to a
   * named amount (or debit and credit), or amount and balance (or debit, credit and balance)
   * together when the header named none of them.
   */
  static void infer(
      List<Row> data,
      CsvColumns.ColumnStats[] stats,
      boolean[] used,
      Map<Column, List<Integer>> roles) {
    List<Integer> cands = new ArrayList<>();
    for (int j = 0; j < stats.length && cands.size() < MAX_CANDIDATES; j++) {
      CsvColumns.ColumnStats s = stats[j];
      if (!used[j] && s.nonEmpty > 0 && s.mostly(s.amounts) && !s.mostly(s.dates)) {
        cands.add(j);
      }
    }
    boolean hasBalance = roles.containsKey(Column.BALANCE);
    if (cands.isEmpty() || (hasBalance && roles.containsKey(Column.AMOUNT))) {
      return;
    }
    List<Row> rows = data.size() > MAX_ROWS ? data.subList(0, MAX_ROWS) : data;
    Values v = new Values(rows, stats.length, decimal(rows, cands, roles));
    boolean hasAmount = roles.containsKey(Column.AMOUNT);
    boolean hasDebitCredit = roles.containsKey(Column.DEBIT) && roles.containsKey(Column.CREDIT);
    if (hasBalance) {
      if (!hasAmount && !roles.containsKey(Column.DEBIT) && !roles.containsKey(Column.CREDIT)) {
        int b = firstOf(roles, Column.BALANCE);
        for (boolean unsigned : new boolean[] {false, true}) {
          for (int a : cands) {
            if ((!unsigned || stats[a].negative == 0) && holds(v, a, -1, -1, b, unsigned) > 0) {
              assign(roles, used, Column.AMOUNT, a);
              return;
            }
          }
        }
      }
      return;
    }
    if (hasAmount || hasDebitCredit) {
      int a = hasAmount ? firstOf(roles, Column.AMOUNT) : -1;
      int d = hasAmount ? -1 : firstOf(roles, Column.DEBIT);
      int c = hasAmount ? -1 : firstOf(roles, Column.CREDIT);
      for (boolean unsigned : new boolean[] {false, hasAmount && stats[a].negative == 0}) {
        for (int b : cands) {
          if (holds(v, a, d, c, b, unsigned) > 0) {
            assign(roles, used, Column.BALANCE, b);
            return;
          }
        }
      }
      return;
    }
    if (roles.containsKey(Column.DEBIT) || roles.containsKey(Column.CREDIT)) {
      return;
    }
    int bestHits = 0;
    int[] best = null;
    for (int b : cands) {
      for (int a : cands) {
        if (a != b) {
          int h = holds(v, a, -1, -1, b, false);
          if (h > bestHits) {
            bestHits = h;
            best = new int[] {a, -1, -1, b};
          }
        }
      }
    }
    for (int b : cands) {
      for (int d : cands) {
        for (int c : cands) {
          if (b != d && b != c && d != c) {
            int h = holds(v, -1, d, c, b, false);
            if (h > bestHits) {
              bestHits = h;
              best = new int[] {-1, d, c, b};
            }
          }
        }
      }
    }
    if (best == null) {
      // unsigned amounts: the balance moves by the amount, up or down
      for (int b : cands) {
        for (int a : cands) {
          if (a != b && stats[a].negative == 0) {
            int h = holds(v, a, -1, -1, b, true);
            if (h > bestHits) {
              bestHits = h;
              best = new int[] {a, -1, -1, b};
            }
          }
        }
      }
    }
    if (best == null) {
      return;
    }
    if (best[0] >= 0) {
      assign(roles, used, Column.AMOUNT, best[0]);
    } else {
      assign(roles, used, Column.DEBIT, best[1]);
      assign(roles, used, Column.CREDIT, best[2]);
    }
    assign(roles, used, Column.BALANCE, best[3]);
  }

  /**
   * What the running balance says about the signs of a named or inferred amount column: nothing
   * ({@code null}) when the amounts are signed as the balance moves, or when the balance proves
   * nothing; otherwise the amounts are unsigned and signed by the balance ({@link
   * SignConvention#BY_BALANCE}), or, when another column's two values split the rows exactly as the
   * balance signs them, by that column as an indicator whose words are learnt here.
   */
  static @Nullable Signs signs(List<Row> data, Map<Column, List<Integer>> roles, int width) {
    if (!roles.containsKey(Column.AMOUNT)
        || !roles.containsKey(Column.BALANCE)
        || roles.containsKey(Column.DEBIT)
        || roles.containsKey(Column.CREDIT)
        || roles.containsKey(Column.DEBIT_CREDIT)) {
      return null;
    }
    int a = firstOf(roles, Column.AMOUNT);
    int b = firstOf(roles, Column.BALANCE);
    List<Row> rows = data.size() > MAX_ROWS ? data.subList(0, MAX_ROWS) : data;
    Values v = new Values(rows, width, decimal(rows, List.of(b), roles));
    if (holds(v, a, -1, -1, b, false) > 0 || holds(v, a, -1, -1, b, true) == 0) {
      return null;
    }
    for (int i = 0; i < v.rows; i++) {
      BigDecimal x = v.get(i, a);
      if (x != null && x.signum() < 0) {
        return null; // amounts written with signs are signed, whatever the balance column is
      }
    }
    // the sign of each row the balance decides, in the direction that holds more often
    int[] up = new int[v.rows];
    int[] down = new int[v.rows];
    int ascending = 0;
    int descending = 0;
    for (int i = 1; i < v.rows; i++) {
      BigDecimal prev = v.get(i - 1, b);
      BigDecimal cur = v.get(i, b);
      BigDecimal amount = v.get(i, a);
      BigDecimal prevAmount = v.get(i - 1, a);
      if (prev == null || cur == null || amount == null || prevAmount == null) {
        continue;
      }
      BigDecimal change = cur.subtract(prev);
      if (amount.signum() != 0 && change.abs().compareTo(amount.abs()) == 0) {
        up[i] = change.signum();
        ascending++;
      }
      if (prevAmount.signum() != 0 && change.abs().compareTo(prevAmount.abs()) == 0) {
        down[i - 1] = -change.signum();
        descending++;
      }
    }
    int byDates = datesAscend(rows, roles);
    if (ascending != descending && byDates != 0 && (ascending > descending) != (byDates > 0)) {
      // the arithmetic reads the rows in the other order than their dates: a balance before
      // the booking, not after it; nothing safe to learn
      return null;
    }
    int[] sign = ascending >= descending ? up : down;
    Signs indicator = indicator(rows, roles, width, sign);
    return indicator != null ? indicator : new Signs(SignConvention.BY_BALANCE, -1, "", "");
  }

  /**
   * 1 when the sample's dates run oldest-first, -1 newest-first, 0 when they do not tell (equal,
   * absent, or different by date order).
   */
  private static int datesAscend(List<Row> rows, Map<Column, List<Integer>> roles) {
    int col = firstOf(roles, Column.BOOKING_DATE);
    if (col < 0) {
      col = firstOf(roles, Column.VALUE_DATE);
    }
    if (col < 0 || rows.size() < 2) {
      return 0;
    }
    String first = rows.get(0).cell(col);
    String last = rows.get(rows.size() - 1).cell(col);
    int mask = CsvDates.dateOrders(first) & CsvDates.dateOrders(last);
    int answer = 0;
    for (DateOrder order : DateOrder.values()) {
      if ((mask & CsvDates.bit(order)) != 0) {
        LocalDate f = CsvDates.parseDate(first, order);
        LocalDate l = CsvDates.parseDate(last, order);
        int c = f == null || l == null ? 0 : Integer.signum(l.compareTo(f));
        if (answer != 0 && c != answer) {
          return 0;
        }
        answer = c;
      }
    }
    return answer;
  }

  /** The first column whose two words split the decided rows exactly by sign, or null. */
  private static @Nullable Signs indicator(
      List<Row> rows, Map<Column, List<Integer>> roles, int width, int[] sign) {
    Set<Integer> taken = new HashSet<>();
    roles.forEach(
        (role, cols) -> {
          if (role != Column.TYPE && role != Column.DESCRIPTION && role != Column.MEMO) {
            taken.addAll(cols);
          }
        });
    for (int j = 0; j < width; j++) {
      if (taken.contains(j)) {
        continue;
      }
      Map<String, Integer> signOf = new HashMap<>();
      int decided = 0;
      boolean ok = true;
      for (int i = 0; i < rows.size() && ok; i++) {
        String w = rows.get(i).cell(j).trim().toLowerCase(Locale.ROOT);
        if (w.isEmpty() || CsvAmounts.isAmount(w) || CsvDates.dateOrders(w) != 0) {
          ok = false;
        } else if (sign[i] != 0) {
          decided++;
          Integer had = signOf.get(w);
          if (had == null || had == 0) {
            signOf.put(w, sign[i]);
          } else {
            ok = had == sign[i];
          }
        } else {
          signOf.putIfAbsent(w, 0);
        }
      }
      if (ok && decided >= MIN_INDICATED && signOf.size() == 2 && !signOf.containsValue(0)) {
        String debit = "";
        String credit = "";
        for (Map.Entry<String, Integer> e : signOf.entrySet()) {
          if (e.getValue() < 0) {
            debit = e.getKey();
          } else {
            credit = e.getKey();
          }
        }
        if (!debit.isEmpty() && !credit.isEmpty()) {
          return new Signs(SignConvention.INDICATOR, j, debit, credit);
        }
      }
    }
    return null;
  }

  /**
   * How the amounts are signed: by the running balance, or by the indicator column {@code
   * indicator} whose words {@code debitWord} and {@code creditWord} (lower case) the balance
   * taught.
   */
  record Signs(SignConvention convention, int indicator, String debitWord, String creditWord) {}

  private static int firstOf(Map<Column, List<Integer>> roles, Column c) {
    return roles.getOrDefault(c, List.of(-1)).get(0);
  }

  private static void assign(Map<Column, List<Integer>> roles, boolean[] used, Column c, int j) {
    roles.put(c, new ArrayList<>(List.of(j)));
    used[j] = true;
  }

  /**
   * Returns the number of consecutive row pairs for which balance column b follows the amount
   * (column a, or credit c minus debit d), in the better of the two directions, or 0 when that is
   * less than the required share or the columns prove nothing (all amounts zero, one balance).
   * {@code unsigned}: the balance moves by the amount, up or down.
   */
  private static int holds(Values v, int a, int d, int c, int b, boolean unsigned) {
    int checked = 0;
    int ascending = 0;
    int descending = 0;
    boolean nonZero = false;
    boolean moves = false;
    for (int i = 1; i < v.rows; i++) {
      BigDecimal prev = v.get(i - 1, b);
      BigDecimal cur = v.get(i, b);
      BigDecimal amount = amount(v, i, a, d, c);
      BigDecimal prevAmount = amount(v, i - 1, a, d, c);
      if (prev == null || cur == null || amount == null || prevAmount == null) {
        continue;
      }
      checked++;
      nonZero |= amount.signum() != 0;
      moves |= prev.compareTo(cur) != 0;
      if (unsigned) {
        BigDecimal change = cur.subtract(prev).abs();
        ascending += change.compareTo(amount.abs()) == 0 ? 1 : 0;
        descending += change.compareTo(prevAmount.abs()) == 0 ? 1 : 0;
        continue;
      }
      if (prev.add(amount).compareTo(cur) == 0) {
        ascending++;
      }
      if (cur.add(prevAmount).compareTo(prev) == 0) {
        descending++;
      }
    }
    int hits = Math.max(ascending, descending);
    if (checked == 0 || !nonZero || !moves || hits < Math.ceil(checked * HOLDS)) {
      return 0;
    }
    return hits;
  }

  private static @Nullable BigDecimal amount(Values v, int i, int a, int d, int c) {
    if (a >= 0) {
      return v.get(i, a);
    }
    BigDecimal debit = v.get(i, d);
    BigDecimal credit = v.get(i, c);
    if (debit == null && credit == null) {
      return null;
    }
    BigDecimal out = credit == null ? BigDecimal.ZERO : credit;
    return debit == null ? out : out.subtract(debit.abs());
  }

  /** The decimal mark most amounts of the candidate and named columns show. */
  private static char decimal(
      List<Row> rows, List<Integer> cands, Map<Column, List<Integer>> roles) {
    List<Integer> cols = new ArrayList<>(cands);
    for (Column c : List.of(Column.AMOUNT, Column.DEBIT, Column.CREDIT)) {
      cols.addAll(roles.getOrDefault(c, List.of()));
    }
    int[] votes = CsvAmounts.decimalVotes(rows, cols);
    return votes[1] > votes[0] ? ',' : '.';
  }

  /** The sample's cells parsed as amounts, lazily, null for blank or non-numeric cells. */
  private static final class Values {
    final int rows;
    private final List<Row> data;
    private final char decimal;
    private final @Nullable BigDecimal[][] cache;
    private final boolean[][] done;

    Values(List<Row> data, int width, char decimal) {
      this.rows = data.size();
      this.data = data;
      this.decimal = decimal;
      this.cache = new BigDecimal[rows][width];
      this.done = new boolean[rows][width];
    }

    @Nullable BigDecimal get(int i, int j) {
      if (j < 0 || j >= done[i].length) {
        return null;
      }
      if (!done[i][j]) {
        done[i][j] = true;
        try {
          cache[i][j] = CsvAmounts.parseAmount(data.get(i).cell(j), decimal);
        } catch (NumberFormatException e) {
          cache[i][j] = null;
        }
      }
      return cache[i][j];
    }
  }
}
