package io.github.bsa.parsers.internal.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The tokens of one line sorted into the table's columns. */
final class Cells {
  final Map<ColumnKind, List<Token>> byKind = new EnumMap<>(ColumnKind.class);
  final List<Token> stray = new ArrayList<>();

  List<Token> get(ColumnKind kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  @Nullable Amount money(ColumnKind kind) {
    Amount a = null;
    for (Token t : get(kind)) {
      if (t.amount != null) {
        a = t.amount;
      }
    }
    return a;
  }

  boolean hasTransactionMoney() {
    return money(ColumnKind.DEBIT) != null
        || money(ColumnKind.CREDIT) != null
        || money(ColumnKind.AMOUNT) != null;
  }

  String text(ColumnKind kind) {
    StringBuilder sb = new StringBuilder();
    for (Token t : get(kind)) {
      if (kind.isMoney() && t.amount != null) {
        continue;
      }
      sb.append(sb.length() > 0 ? " " : "").append(t.text);
    }
    return sb.toString();
  }

  static Cells of(Line line, List<Column> columns) {
    Cells cells = new Cells();
    for (Token t : line.tokens) {
      int k = assign(t, columns);
      if (k < 0) {
        cells.stray.add(t);
        continue;
      }
      ColumnKind kind = columns.get(k).kind();
      cells.byKind.computeIfAbsent(kind, x -> new ArrayList<>()).add(t);
    }
    // text after the date in the date cell, past a wide gap, belongs to the description (a
    // header whose labels run together, or a date label centred over a narrow column)
    List<Token> dateCell = cells.byKind.get(ColumnKind.DATE);
    if (dateCell != null && dateCell.size() > 1 && dateCell.get(0).date != null) {
      int split = -1;
      for (int i = 1; i < dateCell.size() && split < 0; i++) {
        if (dateCell.get(i).startsCell() && dateCell.get(i).date == null) {
          split = i;
        }
      }
      if (split > 0) {
        List<Token> moved = new ArrayList<>(dateCell.subList(split, dateCell.size()));
        dateCell.subList(split, dateCell.size()).clear();
        List<Token> desc =
            cells.byKind.computeIfAbsent(ColumnKind.DESCRIPTION, x -> new ArrayList<>());
        desc.addAll(0, moved);
      }
    }
    // a CR/DR marker printed apart from its amount
    for (Token t : cells.stray) {
      String s = t.text.strip();
      if (s.equalsIgnoreCase("CR") || s.equalsIgnoreCase("DR")) {
        for (ColumnKind kind : List.of(ColumnKind.AMOUNT, ColumnKind.BALANCE)) {
          List<Token> list = cells.byKind.get(kind);
          if (list != null) {
            for (int i = 0; i < list.size(); i++) {
              Token a = list.get(i);
              if (a.amount != null
                  && a.amount.marker() == 0
                  && t.x0 >= a.x1
                  && t.x0 - a.x1 < t.size * 2) {
                Amount marked =
                    new Amount(
                        a.amount.magnitude(),
                        s.equalsIgnoreCase("CR") ? 1 : -1,
                        a.amount.currency());
                list.set(
                    i,
                    new Token(
                        a.text + " " + s,
                        a.x0,
                        t.x1,
                        a.top,
                        a.bottom,
                        a.font,
                        a.size,
                        a.gapBefore,
                        marked,
                        null));
              }
            }
          }
        }
      }
    }
    return cells;
  }

  /** Assigns a token to a column index, or -1 for a stray token. */
  static int assign(Token t, List<Column> columns) {
    if (t.amount != null) {
      int best = -1;
      float bestGap = Float.MAX_VALUE;
      float bestCenter = Float.MAX_VALUE;
      for (int k = 0; k < columns.size(); k++) {
        Column c = columns.get(k);
        if (!c.kind().isMoney()) {
          continue;
        }
        float gap = Math.max(0, Math.max(c.x0() - t.x1, t.x0 - c.x1()));
        float center = Math.abs(c.center() - t.center());
        if (gap < bestGap - 0.01f || (Math.abs(gap - bestGap) <= 0.01f && center < bestCenter)) {
          best = k;
          bestGap = gap;
          bestCenter = center;
        }
      }
      if (best >= 0 && bestGap <= Math.max(t.size * 3, 30)) {
        return best;
      }
    }
    int text = -1;
    for (int k = 0; k < columns.size(); k++) {
      Column c = columns.get(k);
      if (!c.kind().isMoney() && c.x0() <= t.x0 + t.size * 0.5f) {
        text = k;
      }
    }
    if (text < 0) {
      for (int k = 0; k < columns.size(); k++) {
        if (!columns.get(k).kind().isMoney()) {
          return k;
        }
      }
      return -1;
    }
    for (int k = text + 1; k < columns.size(); k++) {
      Column c = columns.get(k);
      if (c.kind().isMoney() && c.x0() <= t.x0 && t.x0 < c.x1()) {
        return -1;
      }
    }
    return text;
  }
}
