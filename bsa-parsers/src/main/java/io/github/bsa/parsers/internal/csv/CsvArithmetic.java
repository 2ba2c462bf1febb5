package io.github.bsa.parsers.internal.csv;

import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.internal.csv.CsvSniffer.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        for (int a : cands) {
          if (holds(v, a, -1, -1, b) > 0) {
            assign(roles, used, Column.AMOUNT, a);
            return;
          }
        }
      }
      return;
    }
    if (hasAmount || hasDebitCredit) {
      int a = hasAmount ? firstOf(roles, Column.AMOUNT) : -1;
      int d = hasAmount ? -1 : firstOf(roles, Column.DEBIT);
      int c = hasAmount ? -1 : firstOf(roles, Column.CREDIT);
      for (int b : cands) {
        if (holds(v, a, d, c, b) > 0) {
          assign(roles, used, Column.BALANCE, b);
          return;
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
          int h = holds(v, a, -1, -1, b);
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
            int h = holds(v, -1, d, c, b);
            if (h > bestHits) {
              bestHits = h;
              best = new int[] {-1, d, c, b};
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
   */
  private static int holds(Values v, int a, int d, int c, int b) {
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
    int[] votes = CsvValues.decimalVotes(rows, cols);
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
          cache[i][j] = CsvValues.parseAmount(data.get(i).cell(j), decimal);
        } catch (NumberFormatException e) {
          cache[i][j] = null;
        }
      }
      return cache[i][j];
    }
  }
}
