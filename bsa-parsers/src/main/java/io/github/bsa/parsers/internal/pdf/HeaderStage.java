package io.github.bsa.parsers.internal.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Stage "header and columns": finds a table header line (labels classified by {@link ColumnKind}, a
 * second header line above joined by horizontal overlap) or, without any header, infers the columns
 * from dates at the start of lines and the x-alignment of amounts.
 */
final class HeaderStage {
  /** A gap between header titles, in font sizes, wider than a space (about 0.28) of bold type. */
  private static final float FINE_GAP = 0.5f;

  private final PdfProfile profile;

  HeaderStage(PdfProfile profile) {
    this.profile = profile;
  }

  static boolean hasAmount(Line line) {
    for (Token t : line.tokens) {
      if (t.amount != null) {
        return true;
      }
    }
    return false;
  }

  static boolean hasDate(Line line) {
    for (Token t : line.tokens) {
      if (t.date != null) {
        return true;
      }
    }
    return false;
  }

  /** Returns the columns when line {@code i} is a table header, else {@code null}. */
  @Nullable List<Column> header(List<Line> page, int i) {
    Line line = page.get(i);
    if (line.tokens.size() < 3 || hasAmount(line) || hasDate(line)) {
      return null;
    }
    List<Column> columns = header(page, i, Label.of(line));
    if (columns != null) {
      // titles printed close together ("Value Date" up to "Narration", "Credit" up to "Running
      // Balance") read as one label: split them at narrower gaps (still wider than a space) when
      // that finds the description column or more money columns
      boolean noDescription = columns.stream().noneMatch(c -> c.kind() == ColumnKind.DESCRIPTION);
      List<Column> finer = header(page, i, Label.of(line, FINE_GAP));
      if (finer != null
          && ((noDescription && finer.stream().anyMatch(c -> c.kind() == ColumnKind.DESCRIPTION))
              || moneyColumns(finer) > moneyColumns(columns))) {
        return finer;
      }
    }
    return columns;
  }

  private static long moneyColumns(List<Column> columns) {
    return columns.stream().filter(c -> c.kind().isMoney()).count();
  }

  private @Nullable List<Column> header(List<Line> page, int i, List<Label> labels) {
    Line line = page.get(i);
    if (labels.size() < 3) {
      return null;
    }
    List<StringBuilder> texts = new ArrayList<>();
    for (Label l : labels) {
      texts.add(new StringBuilder(l.text()));
    }
    if (i > 0) {
      Line above = page.get(i - 1);
      if (line.baseline - above.baseline <= line.size * 1.8f
          && !hasAmount(above)
          && !hasDate(above)
          && Math.abs(above.size - line.size) <= 1f
          && !RowStage.isSectionHeading(above)) {
        for (Label u : Label.of(above)) {
          int best = -1;
          float bestOverlap = 0;
          for (int k = 0; k < labels.size(); k++) {
            float overlap =
                Math.min(u.x1(), labels.get(k).x1()) - Math.max(u.x0(), labels.get(k).x0());
            if (overlap > bestOverlap) {
              bestOverlap = overlap;
              best = k;
            }
          }
          if (best >= 0) {
            texts.get(best).insert(0, u.text() + " ");
          }
        }
      }
    }
    List<Column> columns = new ArrayList<>();
    int classified = 0;
    boolean date = false;
    boolean money = false;
    for (int k = 0; k < labels.size(); k++) {
      ColumnKind kind = profile.classify(texts.get(k).toString());
      if (kind == ColumnKind.OTHER) {
        kind = ColumnKind.classify(texts.get(k).toString());
      }
      if (kind != ColumnKind.OTHER) {
        classified++;
      }
      if (kind == ColumnKind.DATE) {
        if (date) {
          kind = ColumnKind.VALUE_DATE;
        }
        date = true;
      }
      money |= kind.isTransactionMoney();
      columns.add(new Column(kind, labels.get(k).x0(), labels.get(k).x1()));
    }
    if (date && columns.stream().anyMatch(c -> c.kind() == ColumnKind.BALANCE)) {
      // a money title no vocabulary knows: the running balance decides the column (ADR 0550)
      List<Column> resolved = UnknownMoneyTitles.resolve(page, i, columns);
      if (resolved != columns) {
        for (int k = 0; k < columns.size(); k++) {
          if (columns.get(k).kind() == ColumnKind.OTHER
              && resolved.get(k).kind() != ColumnKind.OTHER) {
            classified++;
          }
        }
        columns = resolved;
        money |= columns.stream().anyMatch(c -> c.kind().isTransactionMoney());
      }
    }
    if (!date || !money || classified * 10 < labels.size() * 6) {
      return null;
    }
    if (columns.stream().noneMatch(c -> c.kind() == ColumnKind.DESCRIPTION)) {
      for (int k = 0; k < columns.size(); k++) {
        if (columns.get(k).kind() == ColumnKind.OTHER) {
          columns.set(
              k, new Column(ColumnKind.DESCRIPTION, columns.get(k).x0(), columns.get(k).x1()));
          break;
        }
      }
    }
    return columns;
  }

  /**
   * Whether at least three amounts end at one right edge (within a point), each a cell apart at the
   * end of its line, as a column's do (an amount in a recurring text is not one).
   */
  private static boolean aligned(List<Token> cluster, Set<Token> tableMoney) {
    if (cluster.size() < 3 || !tableMoney.containsAll(cluster)) {
      return false;
    }
    float lo = Float.MAX_VALUE;
    float hi = -Float.MAX_VALUE;
    for (Token t : cluster) {
      lo = Math.min(lo, t.x1);
      hi = Math.max(hi, t.x1);
    }
    return hi - lo <= 1f;
  }

  /**
   * Without any header: columns from dates at the start of lines and the x-alignment of amounts.
   */
  static @Nullable List<Column> inferColumns(List<Line> all) {
    List<Line> candidates = new ArrayList<>();
    for (Line l : all) {
      if (!l.tokens.isEmpty() && l.tokens.get(0).date != null && hasAmount(l)) {
        candidates.add(l);
      }
    }
    if (candidates.size() < 2) {
      return null;
    }
    float dateX0 = Float.MAX_VALUE;
    float dateX1 = 0;
    float valueX0 = Float.MAX_VALUE;
    float valueX1 = 0;
    int valueDates = 0;
    List<Token> amounts = new ArrayList<>();
    // the amounts a cell apart at the end of their line, right of all its text: the table's
    Set<Token> tableMoney = new HashSet<>();
    float descX0 = Float.MAX_VALUE;
    for (Line l : candidates) {
      Token first = l.tokens.get(0);
      dateX0 = Math.min(dateX0, first.x0);
      dateX1 = Math.max(dateX1, first.x1);
      int next = 1;
      if (l.tokens.size() > 1 && l.tokens.get(1).date != null) {
        valueDates++;
        valueX0 = Math.min(valueX0, l.tokens.get(1).x0);
        valueX1 = Math.max(valueX1, l.tokens.get(1).x1);
        next = 2;
      }
      if (l.tokens.size() > next && l.tokens.get(next).amount == null) {
        descX0 = Math.min(descX0, l.tokens.get(next).x0);
      }
      boolean moneyOnly = true;
      for (int k = l.tokens.size() - 1; k >= 0; k--) {
        Token t = l.tokens.get(k);
        if (t.amount != null) {
          amounts.add(t);
          if (moneyOnly && t.startsCell()) {
            tableMoney.add(t);
          }
        } else {
          moneyOnly = false;
        }
      }
    }
    amounts.sort(Comparator.comparingDouble(t -> t.x1));
    List<List<Token>> clusters = new ArrayList<>();
    for (Token t : amounts) {
      List<Token> last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
      if (last != null && t.x1 - last.get(last.size() - 1).x1 <= t.size * 0.8f) {
        last.add(t);
      } else {
        List<Token> c = new ArrayList<>();
        c.add(t);
        clusters.add(c);
      }
    }
    // a column of rare entries (the credits of a spending account) is kept when its amounts end
    // at one edge, as a printed column's do; amounts scattered in the text are dropped
    clusters.removeIf(c -> c.size() * 5 < candidates.size() && !aligned(c, tableMoney));
    if (clusters.isEmpty()) {
      return null;
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(ColumnKind.DATE, dateX0, dateX1));
    if (valueDates * 2 > candidates.size()) {
      columns.add(new Column(ColumnKind.VALUE_DATE, valueX0, valueX1));
    }
    float firstMoney = Float.MAX_VALUE;
    for (List<Token> c : clusters) {
      for (Token t : c) {
        firstMoney = Math.min(firstMoney, t.x0);
      }
    }
    float d0 = descX0 == Float.MAX_VALUE ? dateX1 + 1 : descX0;
    columns.add(new Column(ColumnKind.DESCRIPTION, d0, Math.max(d0, firstMoney - 1)));
    int n = clusters.size();
    for (int k = 0; k < n; k++) {
      List<Token> c = clusters.get(k);
      float x0 = Float.MAX_VALUE;
      float x1 = 0;
      for (Token t : c) {
        x0 = Math.min(x0, t.x0);
        x1 = Math.max(x1, t.x1);
      }
      ColumnKind kind;
      if (n == 1) {
        kind = ColumnKind.AMOUNT;
      } else if (k == n - 1) {
        kind = ColumnKind.BALANCE;
      } else if (n == 2) {
        kind = ColumnKind.AMOUNT;
      } else if (k == n - 3) {
        kind = ColumnKind.DEBIT;
      } else if (k == n - 2) {
        kind = ColumnKind.CREDIT;
      } else {
        kind = ColumnKind.OTHER;
      }
      columns.add(new Column(kind, x0, x1));
    }
    columns.sort(Comparator.comparingDouble(Column::x0));
    return columns;
  }
}
