package io.github.bsa.parsers.internal.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A header whose date and balance titles are known but whose money titles are not ("Lodgements",
 * "Abbuchungen", an invented word): a column with an unknown title whose cells in the dated rows
 * below are only amounts, aligned at one edge, becomes a money column, and its role (debit, credit
 * or signed amount) is the one that makes the printed running balance hold (ADR 0550). When no role
 * makes most balance steps hold, or two readings hold equally, the column stays as it was: the
 * arithmetic decides, nothing is guessed.
 */
final class UnknownMoneyTitles {
  /** At most this many unknown columns are tried (3 roles or none each). */
  private static final int MAX_UNKNOWN = 3;

  private static final ColumnKind[] ROLES = {
    ColumnKind.OTHER, ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.AMOUNT
  };

  private UnknownMoneyTitles() {}

  /**
   * Returns the columns with the unknown titles the running balance explains turned into money
   * columns, or {@code columns} itself when there are none.
   */
  static List<Column> resolve(List<Line> page, int headerIndex, List<Column> columns) {
    int balance = -1;
    List<Integer> unknown = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      ColumnKind kind = columns.get(k).kind();
      if (kind == ColumnKind.BALANCE) {
        balance = k;
      } else if (!kind.isMoney() && kind != ColumnKind.DATE) {
        // a title no vocabulary knows, or one it reads wrong ("Abbuchungen" holds "buchung")
        unknown.add(k);
      }
    }
    if (balance < 0 || unknown.isEmpty()) {
      return columns;
    }
    // the unknown columns read as money: which amounts of the dated lines they would hold
    List<Column> trial = new ArrayList<>(columns);
    for (int k : unknown) {
      Column c = columns.get(k);
      trial.set(k, new Column(ColumnKind.AMOUNT, c.x0(), c.x1()));
    }
    List<@Nullable Amount[]> lines = new ArrayList<>();
    boolean[] text = new boolean[columns.size()];
    List<List<Token>> cells = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      cells.add(new ArrayList<>());
    }
    for (int j = headerIndex + 1; j < page.size(); j++) {
      Line line = page.get(j);
      if (line.tokens.isEmpty() || line.tokens.get(0).date == null) {
        continue;
      }
      @Nullable Amount[] money = new Amount[columns.size()];
      for (Token t : line.tokens) {
        if (t.amount == null) {
          int k = Cells.assign(t, columns);
          if (k >= 0) {
            text[k] = true;
          }
          continue;
        }
        int k = Cells.assign(t, trial);
        if (k >= 0) {
          money[k] = t.amount;
          cells.get(k).add(t);
        }
      }
      lines.add(money);
    }
    List<Integer> candidates = new ArrayList<>();
    for (int k : unknown) {
      if (!text[k] && aligned(cells.get(k))) {
        candidates.add(k);
      }
    }
    if (candidates.isEmpty() || candidates.size() > MAX_UNKNOWN) {
      return columns;
    }
    int n = candidates.size();
    int[] roles = new int[n];
    int total = 1;
    for (int i = 0; i < n; i++) {
      total *= ROLES.length;
    }
    int baseline = fits(lines, columns, balance, candidates, new int[n]);
    int best = baseline;
    List<int[]> winners = new ArrayList<>();
    for (int code = 1; code < total; code++) {
      int c = code;
      for (int i = 0; i < n; i++) {
        roles[i] = c % ROLES.length;
        c /= ROLES.length;
      }
      if (!valid(columns, candidates, roles)) {
        continue;
      }
      int f = fits(lines, columns, balance, candidates, roles);
      if (f > best) {
        best = f;
        winners.clear();
      }
      if (f == best && f > baseline) {
        winners.add(roles.clone());
      }
    }
    int steps = steps(lines, balance);
    int[] chosen = choose(winners);
    if (chosen == null || best < 2 || best * 2 <= steps) {
      return columns;
    }
    List<Column> resolved = new ArrayList<>(columns);
    for (int i = 0; i < n; i++) {
      if (chosen[i] != 0) {
        Column c = columns.get(candidates.get(i));
        resolved.set(candidates.get(i), new Column(ROLES[chosen[i]], c.x0(), c.x1()));
      }
    }
    return resolved;
  }

  /**
   * The one reading that holds best; among equals, the one reading every used column as a signed
   * amount (the running balance then directs an unsigned one, as {@link SignStage} does), else
   * none.
   */
  private static int @Nullable [] choose(List<int[]> winners) {
    if (winners.size() == 1) {
      return winners.get(0);
    }
    int[] signed = null;
    for (int[] w : winners) {
      boolean allAmount = true;
      for (int r : w) {
        allAmount &= r == 0 || ROLES[r] == ColumnKind.AMOUNT;
      }
      if (allAmount) {
        if (signed != null) {
          return null;
        }
        signed = w;
      }
    }
    return signed;
  }

  /** At most one debit, one credit or one amount column, and no amount beside debit or credit. */
  private static boolean valid(List<Column> columns, List<Integer> candidates, int[] roles) {
    int debit = 0;
    int credit = 0;
    int amount = 0;
    for (int k = 0; k < columns.size(); k++) {
      ColumnKind kind = columns.get(k).kind();
      int i = candidates.indexOf(k);
      if (i >= 0) {
        kind = ROLES[roles[i]];
      }
      debit += kind == ColumnKind.DEBIT ? 1 : 0;
      credit += kind == ColumnKind.CREDIT ? 1 : 0;
      amount += kind == ColumnKind.AMOUNT ? 1 : 0;
    }
    return debit <= 1 && credit <= 1 && amount <= 1 && (amount == 0 || debit + credit == 0);
  }

  /** The number of adjacent dated lines that both print a balance. */
  private static int steps(List<@Nullable Amount[]> lines, int balance) {
    int n = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i - 1)[balance] != null && lines.get(i)[balance] != null) {
        n++;
      }
    }
    return n;
  }

  /**
   * How many balance steps the reading explains, forwards ({@code balance[i] = balance[i-1] +
   * value[i]}) or backwards for a statement listed newest first ({@code balance[i-1] = balance[i] +
   * value[i-1]}), whichever explains more.
   */
  private static int fits(
      List<@Nullable Amount[]> lines,
      List<Column> columns,
      int balance,
      List<Integer> candidates,
      int[] roles) {
    int forward = 0;
    int backward = 0;
    for (int i = 1; i < lines.size(); i++) {
      Amount b0 = lines.get(i - 1)[balance];
      Amount b1 = lines.get(i)[balance];
      if (b0 == null || b1 == null) {
        continue;
      }
      BigDecimal step = b1.signed().subtract(b0.signed());
      if (explains(step, lines.get(i), columns, candidates, roles)) {
        forward++;
      }
      if (explains(step.negate(), lines.get(i - 1), columns, candidates, roles)) {
        backward++;
      }
    }
    return Math.max(forward, backward);
  }

  private static boolean explains(
      BigDecimal step,
      @Nullable Amount[] line,
      List<Column> columns,
      List<Integer> candidates,
      int[] roles) {
    BigDecimal v = BigDecimal.ZERO;
    boolean unsigned = false;
    for (int k = 0; k < columns.size(); k++) {
      Amount a = line[k];
      if (a == null) {
        continue;
      }
      ColumnKind kind = columns.get(k).kind();
      int i = candidates.indexOf(k);
      if (i >= 0) {
        kind = ROLES[roles[i]];
      }
      switch (kind) {
        case DEBIT -> v = v.subtract(a.magnitude());
        case CREDIT -> v = v.add(a.magnitude());
        case AMOUNT -> {
          v = v.add(a.signed());
          unsigned |= a.marker() == 0;
        }
        default -> {}
      }
    }
    return v.compareTo(step) == 0 || (unsigned && v.negate().compareTo(step) == 0);
  }

  /** At least two amounts, ending (or starting) at one edge within a point, as a column's do. */
  private static boolean aligned(List<Token> cell) {
    if (cell.size() < 2) {
      return false;
    }
    float lo0 = Float.MAX_VALUE;
    float hi0 = -Float.MAX_VALUE;
    float lo1 = Float.MAX_VALUE;
    float hi1 = -Float.MAX_VALUE;
    for (Token t : cell) {
      lo0 = Math.min(lo0, t.x0);
      hi0 = Math.max(hi0, t.x0);
      lo1 = Math.min(lo1, t.x1);
      hi1 = Math.max(hi1, t.x1);
    }
    return hi1 - lo1 <= 1f || hi0 - lo0 <= 1f;
  }
}
