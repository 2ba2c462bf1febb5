package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.parsers.internal.vocab.Vocabulary;
import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Stage "statement fields", balances: the opening and closing balances printed with a label. */
final class StatementBalances {
  /** The printed opening and closing balances, each {@code null} when not found. */
  record Balances(@Nullable BigDecimal opening, @Nullable BigDecimal closing) {}

  private static final Pattern OPENING = Vocabulary.pattern(Concept.OPENING);
  private static final Pattern CLOSING = Vocabulary.pattern(Concept.CLOSING);

  static BigDecimal balanceValue(Amount a, boolean creditCard) {
    if (creditCard) {
      return a.marker() != 0 ? a.magnitude() : a.magnitude().negate();
    }
    return a.signed();
  }

  /** Finds the opening and closing balances printed with a label (summary boxes, balance rows). */
  Balances find(List<Line> all, Map<Line, Boolean> consumed, boolean creditCard) {
    Amount opening = null;
    Amount closing = null;
    for (int i = 0; i < all.size(); i++) {
      Line line = all.get(i);
      if (consumed.containsKey(line)) {
        continue;
      }
      String text = ColumnKind.fold(line.text());
      if (opening == null && OPENING.matcher(text).find()) {
        opening = labelled(all, i, OPENING);
      }
      if (closing == null && CLOSING.matcher(text).find()) {
        closing = labelled(all, i, CLOSING);
      }
    }
    return new Balances(
        opening == null ? null : balanceValue(opening, creditCard),
        closing == null ? null : balanceValue(closing, creditCard));
  }

  /** Returns the amount printed right of the label, or under it on the next line. */
  private static @Nullable Amount labelled(List<Line> all, int i, Pattern label) {
    Line line = all.get(i);
    // find the label's token span
    float labelX0 = -1;
    float labelX1 = -1;
    for (int k = 0; k < line.tokens.size(); k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = k; j < Math.min(line.tokens.size(), k + 4); j++) {
        sb.append(j > k ? " " : "").append(line.tokens.get(j).text);
        if (label.matcher(ColumnKind.fold(sb.toString())).find()) {
          int from = k;
          while (from < j && label.matcher(ColumnKind.fold(span(line, from + 1, j))).find()) {
            from++;
          }
          labelX0 = line.tokens.get(from).x0;
          labelX1 = line.tokens.get(j).x1;
          break;
        }
      }
      if (labelX0 >= 0) {
        break;
      }
    }
    if (labelX0 < 0) {
      return null;
    }
    Amount right = null;
    for (Token t : line.tokens) {
      if (t.amount != null && t.x0 >= labelX1) {
        right = t.amount;
        boolean nextIsLabel = false;
        for (Token u : line.tokens) {
          if (u.x0 > labelX1
              && u.x0 < t.x0
              && u.amount == null
              && Character.isLetter(u.text.charAt(0))
              && u.startsCell()) {
            nextIsLabel = true;
          }
        }
        if (nextIsLabel) {
          right = null;
        }
        break;
      }
    }
    if (right != null) {
      return right;
    }
    if (i + 1 < all.size()) {
      Line next = all.get(i + 1);
      if (next.page == line.page && next.baseline - line.baseline <= line.size * 2.5f) {
        Amount best = null;
        float bestDistance = Float.MAX_VALUE;
        for (Token t : next.tokens) {
          if (t.amount == null) {
            continue;
          }
          float gap = Math.max(0, Math.max(labelX0 - t.x1, t.x0 - labelX1));
          if (gap < bestDistance && gap <= line.size * 3) {
            best = t.amount;
            bestDistance = gap;
          }
        }
        return best;
      }
    }
    return null;
  }

  private static String span(Line line, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int j = from; j <= to; j++) {
      sb.append(j > from ? " " : "").append(line.tokens.get(j).text);
    }
    return sb.toString();
  }
}
