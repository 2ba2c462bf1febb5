package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.BoundingBox;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tokens of one baseline on one page, left to right. */
final class Line {
  final int page;
  final int index;
  final List<Token> tokens;
  final float baseline;
  final float top;
  final float size;

  /** {@link #text()} and its folded form, computed once: the stages read them many times. */
  private @Nullable String text;

  private @Nullable String folded;

  Line(int page, int index, List<Token> tokens) {
    this.page = page;
    this.index = index;
    this.tokens = List.copyOf(tokens);
    float b = 0;
    float t = Float.MAX_VALUE;
    float s = 0;
    for (Token tok : tokens) {
      b = Math.max(b, tok.bottom);
      t = Math.min(t, tok.top);
      s = Math.max(s, tok.size);
    }
    this.baseline = b;
    this.top = t;
    this.size = s;
  }

  /** Returns the text with one space between words and two between cells. */
  String text() {
    String s = text;
    if (s == null) {
      StringBuilder sb = new StringBuilder();
      for (Token t : tokens) {
        if (sb.length() > 0) {
          sb.append(t.startsCell() ? "  " : " ");
        }
        sb.append(t.text);
      }
      s = sb.toString();
      text = s;
    }
    return s;
  }

  /** Returns {@link ColumnKind#fold the folded} {@link #text()}. */
  String folded() {
    String s = folded;
    if (s == null) {
      s = ColumnKind.fold(text());
      folded = s;
    }
    return s;
  }

  BoundingBox box() {
    BoundingBox box = tokens.get(0).box();
    for (Token t : tokens) {
      box = box.union(t.box());
    }
    return box;
  }
}
