package io.github.bsa.parsers.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/** A run of tokens of one line that forms one cell (a header label, a summary label). */
record Label(String text, float x0, float x1) {
  static List<Label> of(Line line) {
    return of(line, 0.9f);
  }

  /** The cells of a line, a new cell after a gap wider than {@code gap} times the font size. */
  static List<Label> of(Line line, float gap) {
    List<Label> labels = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    float x0 = 0;
    float x1 = 0;
    for (Token t : line.tokens) {
      if (text.length() > 0 && t.startsCell(gap)) {
        labels.add(new Label(text.toString(), x0, x1));
        text.setLength(0);
      }
      if (text.length() == 0) {
        x0 = t.x0;
      } else {
        text.append(' ');
      }
      text.append(t.text);
      x1 = t.x1;
    }
    if (text.length() > 0) {
      labels.add(new Label(text.toString(), x0, x1));
    }
    return labels;
  }
}
