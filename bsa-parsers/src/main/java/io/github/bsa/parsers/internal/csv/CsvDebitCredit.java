package io.github.bsa.parsers.internal.csv;

import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.internal.csv.CsvSniffer.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A debit/credit pair that neither header words nor a running balance name: two numeric columns of
 * which every row fills exactly one. Which one is money out is decided only by evidence: minus
 * signs written in one column only, or two figures outside the table (preamble or footer) that are
 * the opening and closing balance for exactly one of the two readings. Without such evidence the
 * file is refused, never guessed (a large regular credit among small debits is no evidence).
 * Stateless.
 */
final class CsvDebitCredit {
  /** The confidence key that marks a pair whose order the values alone did not decide. */
  static final String ORDER = "debitCreditOrder";

  private CsvDebitCredit() {}

  /**
   * Returns two unused numeric columns (in column order) of which every sampled row fills exactly
   * one (zero counts as empty), each at least once; or null.
   */
  static int @Nullable [] complementary(
      List<Row> data, CsvColumns.ColumnStats[] stats, boolean[] used) {
    List<Integer> cands = new ArrayList<>();
    for (int j = 0; j < stats.length; j++) {
      CsvColumns.ColumnStats s = stats[j];
      if (!used[j] && s.nonEmpty > 0 && s.fits(Column.DEBIT) && !s.mostly(s.dates)) {
        cands.add(j);
      }
    }
    for (int x = 0; x < cands.size(); x++) {
      for (int y = x + 1; y < cands.size(); y++) {
        if (splits(data, cands.get(x), cands.get(y))) {
          return new int[] {cands.get(x), cands.get(y)};
        }
      }
    }
    return null;
  }

  private static boolean splits(List<Row> data, int x, int y) {
    int inX = 0;
    int inY = 0;
    for (Row r : data) {
      boolean fx = filled(r.cell(x));
      boolean fy = filled(r.cell(y));
      if (fx == fy) {
        return false;
      }
      if (fx) {
        inX++;
      } else {
        inY++;
      }
    }
    return inX > 0 && inY > 0;
  }

  /** Whether a cell holds a non-zero amount. */
  private static boolean filled(String cell) {
    if (cell.isBlank() || !CsvAmounts.isAmount(cell)) {
      return false;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Decides by minus signs: 1 when only column x writes them (x is the debit), -1 when only y does,
   * 0 when that tells nothing.
   */
  static int byMinus(CsvColumns.ColumnStats[] stats, int x, int y) {
    boolean mx = stats[x].negative > 0;
    boolean my = stats[y].negative > 0;
    return mx == my ? 0 : mx ? 1 : -1;
  }

  /**
   * Decides by the opening and closing balance that labelled figures outside the table state
   * (preamble or footer): 1 when the opening plus the column-{@code credit} total minus the
   * column-{@code debit} total gives the closing, -1 when that holds only with the columns swapped,
   * 0 when neither or both hold, or when a balance is missing. Unlabelled figures decide nothing:
   * an opening and a closing fit the two readings when read the other way round. Only a complete
   * sample holds every row, so only a complete sample can decide.
   */
  static int byTotals(
      List<Row> rows,
      List<Row> data,
      List<String> header,
      int debit,
      int credit,
      char decimal,
      boolean complete) {
    if (!complete || data.isEmpty()) {
      return 0;
    }
    BigDecimal sumDebit = sum(data, debit, decimal);
    BigDecimal sumCredit = sum(data, credit, decimal);
    if (sumDebit == null || sumCredit == null || sumDebit.compareTo(sumCredit) == 0) {
      return 0;
    }
    Set<Row> table = Collections.newSetFromMap(new IdentityHashMap<>());
    table.addAll(data);
    long lastData = data.get(data.size() - 1).record;
    CsvPreamble outside = new CsvPreamble();
    for (Row r : rows) {
      if (!table.contains(r) && !r.cells.equals(header)) {
        outside.scan(r.cells, decimal, r.record > lastData);
      }
    }
    BigDecimal open = outside.opening;
    BigDecimal close = outside.closing;
    if (open == null || close == null) {
      return 0;
    }
    BigDecimal net = sumCredit.subtract(sumDebit);
    boolean asNamed = open.add(net).compareTo(close) == 0;
    boolean swapped = open.subtract(net).compareTo(close) == 0;
    return asNamed == swapped ? 0 : asNamed ? 1 : -1;
  }

  /**
   * Returns the unused numeric column that every sampled row fills exactly when column {@code j} is
   * empty (the other half of a pair whose one column a header word named), or -1.
   */
  static int partner(List<Row> data, CsvColumns.ColumnStats[] stats, boolean[] used, int j) {
    for (int k = 0; k < stats.length; k++) {
      CsvColumns.ColumnStats s = stats[k];
      if (k != j
          && !used[k]
          && s.nonEmpty > 0
          && s.fits(Column.DEBIT)
          && !s.mostly(s.dates)
          && splits(data, j, k)) {
        return k;
      }
    }
    return -1;
  }

  /** The amount a cell outside the table states (after a label and colon, if any), or null. */
  static @Nullable BigDecimal figure(String cell, char decimal) {
    String t = cell.trim();
    int colon = t.lastIndexOf(':');
    if (colon >= 0) {
      t = t.substring(colon + 1).trim();
    }
    if (t.isEmpty() || !CsvAmounts.isAmount(t) || CsvDates.dateOrders(t) != 0) {
      return null;
    }
    try {
      return CsvAmounts.parseAmount(t, decimal);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable BigDecimal sum(List<Row> data, int j, char decimal) {
    BigDecimal total = BigDecimal.ZERO;
    for (Row r : data) {
      try {
        BigDecimal v = CsvAmounts.parseAmount(r.cell(j), decimal);
        if (v != null) {
          total = total.add(v.abs());
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return total;
  }

  /** Swaps the pair's roles. */
  static void swap(Map<Column, List<Integer>> roles) {
    List<Integer> d = roles.get(Column.DEBIT);
    List<Integer> c = roles.get(Column.CREDIT);
    if (d != null && c != null) {
      roles.put(Column.DEBIT, c);
      roles.put(Column.CREDIT, d);
    }
  }
}
