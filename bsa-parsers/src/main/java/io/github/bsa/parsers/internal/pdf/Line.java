package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.BoundingBox;
import java.util.List;

/** The tokens of one baseline on one page, left to right. */
final class Line {
  final int page;
  final int index;
  final List<Token> tokens;
  final float baseline;
  final float top;
  final float size;

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
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) {
        sb.append(t.startsCell() ? "  " : " ");
      }
      sb.append(t.text);
    }
    return sb.toString();
  }

  BoundingBox box() {
    BoundingBox box = tokens.get(0).box();
    for (Token t : tokens) {
      box = box.union(t.box());
    }
    return box;
  }
}
