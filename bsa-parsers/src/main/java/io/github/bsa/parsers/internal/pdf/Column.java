package io.github.bsa.parsers.internal.pdf;

/** A table column: its kind and the x-range of its header label (or of its values). */
record Column(ColumnKind kind, float x0, float x1) {
  float center() {
    return (x0 + x1) / 2;
  }
}
