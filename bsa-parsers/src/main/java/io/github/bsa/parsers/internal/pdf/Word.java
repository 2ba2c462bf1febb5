package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.BoundingBox;

/**
 * Glyphs on one baseline with no space or wide gap between them.
 *
 * @param text the text
 * @param x0 left edge
 * @param x1 right edge
 * @param top top edge
 * @param bottom bottom edge (the baseline)
 * @param font dominant font
 * @param size font size
 */
record Word(String text, float x0, float x1, float top, float bottom, String font, float size) {
  BoundingBox box() {
    return new BoundingBox(x0, top, Math.max(0, x1 - x0), Math.max(0, bottom - top));
  }
}
