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
    if (text instanceof String s && isFolded(s)) {
      return s;
    }
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

  /**
   * Returns whether folding would leave the text as it is: no whitespace at either end, no
   * whitespace other than a single plain space between words. Most texts already are, and then
   * {@link #fold(CharSequence)} returns them without a copy.
   */
  private static boolean isFolded(String s) {
    int n = s.length();
    boolean previousSpace = true; // a leading space is not folded
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (c > ' ' && c <= 0xff && c != 0xa0) {
        // the only whitespace of Latin-1 above the space is the no-break space: no lookup
        previousSpace = false;
      } else if (isSpace(c)) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace || n == 0;
  }
}
