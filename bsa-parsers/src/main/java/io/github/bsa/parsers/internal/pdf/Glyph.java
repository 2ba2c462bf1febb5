package io.github.bsa.parsers.internal.pdf;

/**
 * One visible glyph on a page, in top-left page coordinates (points).
 *
 * @param text the glyph's Unicode text
 * @param x left edge
 * @param baseline baseline, measured from the top of the page
 * @param width advance width
 * @param height glyph height
 * @param font font name without subset prefix
 * @param size font size in points
 */
record Glyph(
    String text, float x, float baseline, float width, float height, String font, float size) {
  float right() {
    return x + width;
  }

  boolean isBlank() {
    return text.length() == 1 ? Character.isWhitespace(text.charAt(0)) : text.isBlank();
  }
}
