package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.parsers.internal.vocab.Vocabulary;
import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Stage "statement fields", balances: gathers every printed candidate for the opening and closing
 * balance (summary boxes in any arrangement, old/new balance lines, brought/carried-forward lines)
 * and, with the first and last running balance, chooses the pair that satisfies opening +
 * transactions = closing. Printed figures that disagree with the chosen one are a warning naming
 * both locations.
 */
final class StatementBalances {
  /** The chosen opening and closing balances, each {@code null} when not found. */
  record Balances(@Nullable BigDecimal opening, @Nullable BigDecimal closing) {}

  /** Where a candidate comes from. */
  enum Source {
    /** An opening/closing, old/new balance label with its value. */
    LABEL,
    /** The first brought-forward or the last carried-forward line. */
    FORWARD,
    /** Implied by the first or last running balance. */
    ROWS
  }

  /** One candidate figure with where it was printed (page and line, 0 when implied). */
  record Candidate(BigDecimal value, Source source, int page, int line) {
    String where() {
      return source == Source.ROWS ? "the running balance" : "page " + page + " line " + line;
    }
  }

  /** Every candidate of a document, in document order. */
  record Candidates(List<Candidate> openings, List<Candidate> closings) {}

  private static final Pattern OPENING = Vocabulary.pattern(Concept.OPENING);
  private static final Pattern CLOSING = Vocabulary.pattern(Concept.CLOSING);
  private static final Pattern BROUGHT = Vocabulary.pattern(Concept.BROUGHT_FORWARD);
  private static final Pattern CARRIED = Vocabulary.pattern(Concept.CARRIED_FORWARD);

  private StatementBalances() {}

  static BigDecimal balanceValue(Amount a, boolean creditCard) {
    if (creditCard) {
      return a.marker() != 0 ? a.magnitude() : a.magnitude().negate();
    }
    return a.signed();
  }

  /** Gathers the printed candidates from the lines the table did not use. */
  static Candidates gather(List<Line> all, Map<Line, Boolean> consumed, boolean creditCard) {
    List<Candidate> openings = new ArrayList<>();
    List<Candidate> closings = new ArrayList<>();
    Candidate lastCarried = null;
    boolean brought = false;
    for (int i = 0; i < all.size(); i++) {
      Line line = all.get(i);
      if (consumed.containsKey(line)) {
        continue;
      }
      String text = line.folded();
      if (text.isEmpty() || RowStage.isSectionHeading(line)) {
        continue;
      }
      if (OPENING.matcher(text).find()) {
        var unused = add(openings, all, i, OPENING, Source.LABEL, creditCard);
      }
      if (CLOSING.matcher(text).find()) {
        var unused = add(closings, all, i, CLOSING, Source.LABEL, creditCard);
      }
      if (!brought && BROUGHT.matcher(text).find()) {
        brought = add(openings, all, i, BROUGHT, Source.FORWARD, creditCard);
      }
      if (CARRIED.matcher(text).find()) {
        List<Candidate> one = new ArrayList<>();
        if (add(one, all, i, CARRIED, Source.FORWARD, creditCard)) {
          lastCarried = one.get(0);
        }
      }
    }
    if (lastCarried != null) {
      closings.add(lastCarried);
    }
    return new Candidates(openings, closings);
  }

  private static boolean add(
      List<Candidate> out,
      List<Line> all,
      int i,
      Pattern label,
      Source source,
      boolean creditCard) {
    Amount a = labelled(all, i, label);
    if (a == null) {
      return false;
    }
    Line line = all.get(i);
    out.add(new Candidate(balanceValue(a, creditCard), source, line.page, line.index));
    return true;
  }

  /**
   * Chooses the opening and closing balance: the pair (printed or implied by the running balance)
   * for which opening + sum of the transactions = closing, preferring the pair that also agrees
   * with the running balance, then printed figures over implied ones. Without such a pair the first
   * printed figure wins (the statement then shows the discrepancy). Disagreeing printed figures are
   * reported.
   */
  static Balances choose(
      Candidates printed,
      @Nullable BigDecimal openingFromRows,
      @Nullable BigDecimal closingFromRows,
      BigDecimal sum,
      Consumer<ParseWarning> warnings) {
    List<Candidate> openings = new ArrayList<>(printed.openings());
    List<Candidate> closings = new ArrayList<>(printed.closings());
    if (openingFromRows != null) {
      openings.add(new Candidate(openingFromRows, Source.ROWS, 0, 0));
    }
    if (closingFromRows != null) {
      closings.add(new Candidate(closingFromRows, Source.ROWS, 0, 0));
    }
    Candidate bestOpening = null;
    Candidate bestClosing = null;
    int bestScore = Integer.MIN_VALUE;
    for (Candidate o : openings) {
      for (Candidate c : closings) {
        if (o.value().add(sum).compareTo(c.value()) != 0) {
          continue;
        }
        int score = score(o, openingFromRows) + score(c, closingFromRows);
        if (score > bestScore) {
          bestScore = score;
          bestOpening = o;
          bestClosing = c;
        }
      }
    }
    if (bestOpening == null) {
      // no pair adds up: keep each side's most trusted figure
      bestOpening = best(openings, openingFromRows);
      bestClosing = best(closings, closingFromRows);
    }
    conflicts("opening", bestOpening, printed.openings(), warnings);
    conflicts("closing", bestClosing, printed.closings(), warnings);
    return new Balances(
        bestOpening == null ? null : bestOpening.value(),
        bestClosing == null ? null : bestClosing.value());
  }

  private static int score(Candidate c, @Nullable BigDecimal fromRows) {
    int s = 0;
    if (fromRows != null && c.value().compareTo(fromRows) == 0) {
      s += 4;
    }
    if (c.source() == Source.LABEL) {
      s += 2;
    } else if (c.source() == Source.FORWARD) {
      s += 1;
    }
    return s;
  }

  private static @Nullable Candidate best(List<Candidate> list, @Nullable BigDecimal fromRows) {
    Candidate best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Candidate c : list) {
      int s = score(c, fromRows);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  private static void conflicts(
      String which,
      @Nullable Candidate chosen,
      List<Candidate> printed,
      Consumer<ParseWarning> warnings) {
    if (chosen == null) {
      return;
    }
    for (Candidate c : printed) {
      if (c.source() == Source.LABEL && c.value().compareTo(chosen.value()) != 0) {
        warnings.accept(
            ParseWarning.of(
                "PDF_BALANCE_CONFLICT",
                "The "
                    + which
                    + " balance printed at "
                    + c.where()
                    + " disagrees with the one at "
                    + chosen.where()
                    + ", which agrees with the transactions; the latter is used",
                SourcePosition.ofPage(c.page()).withLine(c.line())));
      }
    }
  }

  /**
   * Returns the amount printed right of the label, or on the next line under it: in a summary box
   * whose labels sit on one line and values on the next, each value belongs to the label it
   * overlaps most (or, overlapping none, lies nearest).
   */
  static @Nullable Amount labelled(List<Line> all, int i, Pattern label) {
    Line line = all.get(i);
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
        for (Token u : line.tokens) {
          if (u.x0 > labelX1
              && u.x0 < t.x0
              && u.amount == null
              && Character.isLetter(u.text.charAt(0))
              && u.startsCell()) {
            right = null; // another label comes first: the value is not this label's
          }
        }
        break;
      }
    }
    if (right != null) {
      return right;
    }
    if (i + 1 >= all.size()) {
      return null;
    }
    Line next = all.get(i + 1);
    if (next.page != line.page || next.baseline - line.baseline > line.size * 2.5f) {
      return null;
    }
    List<Label> labels = Label.of(line);
    int own = -1;
    for (int k = 0; k < labels.size(); k++) {
      if (overlap(labels.get(k).x0(), labels.get(k).x1(), labelX0, labelX1) > 0) {
        own = k;
        break;
      }
    }
    List<Token> values = new ArrayList<>();
    for (Token t : next.tokens) {
      if (t.amount != null) {
        values.add(t);
      }
    }
    if (own >= 0 && values.size() == labels.size() && labels.size() > 1) {
      return values.get(own).amount; // one value under each label: pair them in order
    }
    Amount best = null;
    float bestOverlap = -Float.MAX_VALUE;
    for (Token t : values) {
      float o = overlap(t.x0, t.x1, labelX0, labelX1);
      if (owner(labels, t) == own && o > bestOverlap) {
        best = t.amount;
        bestOverlap = o;
      }
    }
    return best;
  }

  /** The label a value token belongs to: the one it overlaps most, else the nearest. */
  private static int owner(List<Label> labels, Token t) {
    int best = -1;
    float bestOverlap = 0;
    for (int k = 0; k < labels.size(); k++) {
      float o = overlap(labels.get(k).x0(), labels.get(k).x1(), t.x0, t.x1);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = k;
      }
    }
    if (best >= 0) {
      return best;
    }
    // overlapping none: the last label that starts left of the value (labels left-aligned over
    // right-aligned values), else the first
    for (int k = 0; k < labels.size(); k++) {
      if (labels.get(k).x0() <= t.x0) {
        best = k;
      }
    }
    return Math.max(best, 0);
  }

  private static float overlap(float a0, float a1, float b0, float b1) {
    return Math.min(a1, b1) - Math.max(a0, b0);
  }

  private static String span(Line line, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int j = from; j <= to; j++) {
      sb.append(j > from ? " " : "").append(line.tokens.get(j).text);
    }
    return sb.toString();
  }
}
