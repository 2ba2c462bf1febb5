package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.internal.text.Accents;

/**
 * Folds text for matching: lower case, accents removed, anything but letters and digits a space.
 */
final class Text {
  private Text() {}

  static String fold(String s) {
    String base = stripMarks(s);
    StringBuilder sb = new StringBuilder(base.length() + 2);
    sb.append(' ');
    boolean space = true;
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    if (!space) {
      sb.append(' ');
    }
    return sb.toString();
  }

  static String stripMarks(String s) {
    if (Accents.isAscii(s)) {
      // no marks and none of the letters below: nothing to do
      return s;
    }
    String d = Accents.strip(s);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      sb.append(
          switch (c) {
            case 'ß' -> "ss";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'đ' -> "d";
            case 'ı' -> "i";
            case 'ς' -> "σ";
            default -> String.valueOf(c);
          });
    }
    return sb.toString();
  }
}
