package io.github.bsa.parsers.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the glyphs of a page into lines of tokens: glyphs are grouped into lines by baseline, into
 * words by spaces and gaps, and adjacent words into amount and date tokens.
 */
final class PageText {
  /** Words further apart than this (in font sizes) are never one token. */
  private static final float JOIN_GAP = 0.6f;

  private PageText() {}

  static List<Line> lines(int page, List<Glyph> glyphs) {
    return lines(page, glyphs, 2);
  }

  /** The page's lines, amounts read with {@code decimals} (0, 2 or 3) fraction digits. */
  static List<Line> lines(int page, List<Glyph> glyphs, int decimals) {
    List<Glyph> sorted = GlyphOrder.byBaselineThenX(glyphs);
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float lineY = Float.NaN;
    float lineSize = 0;
    for (Glyph g : sorted) {
      if (!current.isEmpty()
          && Math.abs(g.baseline() - lineY) > Math.max(lineSize, g.size()) * 0.3f) {
        rows.add(current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        lineY = g.baseline();
        lineSize = g.size();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      rows.add(current);
    }
    List<Line> lines = new ArrayList<>();
    for (List<Glyph> row : rows) {
      row.sort(PageText::byX);
      List<Word> words = words(row);
      if (!words.isEmpty()) {
        lines.add(new Line(page, lines.size() + 1, tokens(words, decimals)));
      }
    }
    return lines;
  }

  private static int byX(Glyph a, Glyph b) {
    return Double.compare(a.x(), b.x());
  }

  static List<Word> words(List<Glyph> row) {
    List<Word> words = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Glyph first = null;
    Glyph last = null;
    float top = 0;
    for (Glyph g : row) {
      boolean split =
          last != null
              && (g.isBlank()
                  || g.x() - last.right() > g.size() * 0.18f
                  || g.x() < last.x() + last.width() * 0.3f - g.size() * 0.1f);
      if (split || (last == null && g.isBlank())) {
        if (first != null && last != null && text.length() > 0) {
          words.add(word(text, first, last, top));
        }
        text.setLength(0);
        first = null;
        last = null;
        if (g.isBlank()) {
          continue;
        }
      }
      if (first == null) {
        first = g;
        top = g.baseline() - g.height();
      }
      text.append(g.text());
      top = Math.min(top, g.baseline() - g.height());
      last = g;
    }
    if (first != null && last != null && text.length() > 0) {
      words.add(word(text, first, last, top));
    }
    return words;
  }

  private static Word word(StringBuilder text, Glyph first, Glyph last, float top) {
    return new Word(
        text.toString(),
        first.x(),
        Math.max(first.x(), last.right()),
        top,
        Math.max(first.baseline(), last.baseline()),
        first.font(),
        first.size());
  }

  static List<Token> tokens(List<Word> words) {
    return tokens(words, 2);
  }

  static List<Token> tokens(List<Word> words, int decimals) {
    List<Token> tokens = new ArrayList<>();
    // per word: its ASCII digits (an amount or a date needs one) and its digits (a run of words
    // is read as an amount only with three)
    int n = words.size();
    int[] ascii = new int[n];
    int[] digits = new int[n];
    for (int j = 0; j < n; j++) {
      String t = words.get(j).text();
      for (int c = 0; c < t.length(); c++) {
        char ch = t.charAt(c);
        if (ch >= '0' && ch <= '9') {
          ascii[j]++;
        }
        if (Character.isDigit(ch)) {
          digits[j]++;
        }
      }
    }
    int i = 0;
    float prevEnd = Float.NaN;
    while (i < n) {
      Token best = null;
      int bestLen = 1;
      // longest run of closely spaced words that reads as an amount, then as a date; a run
      // without an ASCII digit is neither, so it is not even joined
      for (int k = Math.min(4, n - i); k >= 1 && best == null; k--) {
        if (sum(ascii, i, k) == 0 || !joinable(words, i, k)) {
          continue;
        }
        String text = join(words, i, k);
        Amount amount = k == 1 || sum(digits, i, k) >= 3 ? Amount.parse(text, decimals) : null;
        if (amount != null) {
          best = token(words, i, k, text, prevEnd, amount, null);
          bestLen = k;
        }
      }
      for (int k = Math.min(3, n - i); k >= 1 && best == null; k--) {
        if (sum(ascii, i, k) == 0 || !joinable(words, i, k)) {
          continue;
        }
        String text = join(words, i, k);
        RawDate date = RawDate.parse(text);
        if (date != null) {
          best = token(words, i, k, text, prevEnd, null, date);
          bestLen = k;
        }
      }
      if (best == null) {
        best = token(words, i, 1, words.get(i).text(), prevEnd, null, null);
      }
      tokens.add(best);
      prevEnd = best.x1;
      i += bestLen;
    }
    return tokens;
  }

  private static int sum(int[] counts, int from, int k) {
    int s = 0;
    for (int j = from; j < from + k; j++) {
      s += counts[j];
    }
    return s;
  }

  private static boolean joinable(List<Word> words, int from, int k) {
    for (int j = from + 1; j < from + k; j++) {
      Word a = words.get(j - 1);
      Word b = words.get(j);
      if (b.x0() - a.x1() > Math.max(a.size(), b.size()) * JOIN_GAP) {
        return false;
      }
    }
    return true;
  }

  private static String join(List<Word> words, int from, int k) {
    StringBuilder sb = new StringBuilder();
    for (int j = from; j < from + k; j++) {
      if (j > from) {
        sb.append(' ');
      }
      sb.append(words.get(j).text());
    }
    return sb.toString();
  }

  private static Token token(
      List<Word> words,
      int from,
      int k,
      String text,
      float prevEnd,
      @Nullable Amount amount,
      @Nullable RawDate date) {
    Word first = words.get(from);
    Word last = words.get(from + k - 1);
    float top = first.top();
    float bottom = first.bottom();
    for (int j = from; j < from + k; j++) {
      top = Math.min(top, words.get(j).top());
      bottom = Math.max(bottom, words.get(j).bottom());
    }
    float gap = Float.isNaN(prevEnd) ? Float.POSITIVE_INFINITY : first.x0() - prevEnd;
    return new Token(
        text, first.x0(), last.x1(), top, bottom, first.font(), first.size(), gap, amount, date);
  }
}
