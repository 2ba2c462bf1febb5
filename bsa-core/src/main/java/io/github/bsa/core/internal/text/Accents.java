package io.github.bsa.core.internal.text;

import java.text.Normalizer;

/**
 * The one accent removal of bsa: canonical decomposition (NFD), then the combining marks dropped,
 * so that {@code Zürich} becomes {@code Zurich}. Letters that do not decompose ({@code ß}, {@code
 * ł}, {@code ø}) stay as they are; callers that fold them map them after. Text without a character
 * above U+007F is returned as it is, without decomposition or copy (decomposition changes no ASCII
 * text). Stateless and thread-safe.
 */
public final class Accents {
  private Accents() {}

  /**
   * Removes the non-spacing marks (Unicode category Mn, one UTF-16 unit at a time) of the text's
   * canonical decomposition: the accents of Latin, Greek and Cyrillic letters.
   *
   * @param text the text
   * @return the text without accents, decomposed where it had any character above U+007F
   */
  public static String strip(String text) {
    return strip(text, false);
  }

  /**
   * Removes every combining mark (categories Mn, Mc and Me, by code point, as the regular
   * expression {@code \p{M}} does) of the text's canonical decomposition.
   *
   * @param text the text
   * @return the text without marks, decomposed where it had any character above U+007F
   */
  public static String stripAllMarks(String text) {
    return strip(text, true);
  }

  /**
   * Returns whether every character of the text is ASCII (below U+0080).
   *
   * @param text the text
   * @return whether the text is ASCII
   */
  public static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String strip(String text, boolean allMarks) {
    if (isAscii(text)) {
      return text;
    }
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    int i = 0;
    while (i < d.length()) {
      int c = allMarks ? d.codePointAt(i) : d.charAt(i);
      int width = allMarks ? Character.charCount(c) : 1;
      if (!isMark(c, allMarks)) {
        sb.append(d, i, i + width);
      }
      i += width;
    }
    return sb.toString();
  }

  private static boolean isMark(int c, boolean allMarks) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || (allMarks
            && (type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK));
  }
}
