package io.github.bsa.core.internal.text;

/**
 * The one whitespace fold of bsa: runs of whitespace (Java whitespace and Unicode space separators,
 * so no-break spaces too) become one space, and leading and trailing whitespace goes. Stateless and
 * thread-safe.
 */
public final class Whitespace {
  private Whitespace() {}

  /**
   * Returns whether a character counts as whitespace for {@link #fold(CharSequence)}.
   *
   * @param c the character
   * @return whether it is whitespace
   */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Collapses runs of whitespace to one space and trims.
   *
   * @param text the text
   * @return the folded text
   */
  public static String fold(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
