package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.BoundingBox;
import org.jspecify.annotations.Nullable;

/**
 * One or more adjacent words read as a unit: an amount ("1 234,56 CR"), a date ("3 janv. 2026") or
 * a plain word.
 */
final class Token {
  final String text;
  final float x0;
  final float x1;
  final float top;
  final float bottom;
  final String font;
  final float size;

  /** Gap to the previous token on the line, or +infinity for the first. */
  final float gapBefore;

  final @Nullable Amount amount;
  final @Nullable RawDate date;

  Token(
      String text,
      float x0,
      float x1,
      float top,
      float bottom,
      String font,
      float size,
      float gapBefore,
      @Nullable Amount amount,
      @Nullable RawDate date) {
    this.text = text;
    this.x0 = x0;
    this.x1 = x1;
    this.top = top;
    this.bottom = bottom;
    this.font = font;
    this.size = size;
    this.gapBefore = gapBefore;
    this.amount = amount;
    this.date = date;
  }

  float center() {
    return (x0 + x1) / 2;
  }

  /** Whether a wide gap (a new cell) precedes this token. */
  boolean startsCell() {
    return startsCell(0.9f);
  }

  /** Whether the gap before this token exceeds {@code factor} times the font size. */
  boolean startsCell(float factor) {
    return gapBefore > size * factor;
  }

  BoundingBox box() {
    return new BoundingBox(x0, top, Math.max(0, x1 - x0), Math.max(0, bottom - top));
  }
}
