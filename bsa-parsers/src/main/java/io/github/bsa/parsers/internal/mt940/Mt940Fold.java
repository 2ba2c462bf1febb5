package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.internal.text.Whitespace;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@link Whitespace#fold(CharSequence)} written into a reused buffer, fed from several pieces of
 * text in turn (ADR 0270): runs of whitespace become one space, leading and trailing whitespace
 * goes, and the result is the same string {@code Whitespace.fold} returns for the concatenated
 * pieces. ASCII is tested first; other characters by {@link Whitespace#isSpace(char)}. Text within
 * Latin-1 is kept as bytes, so that the string is made by one copy. Not thread-safe; one instance
 * per parser.
 */
final class Mt940Fold {
  private byte[] latin = new byte[256];
  private char[] wide = new char[0];
  private boolean isWide;
  private int length;
  private boolean space;

  /** Starts a new text. */
  Mt940Fold reset() {
    length = 0;
    space = false;
    isWide = false;
    return this;
  }

  /** Whether a character counts as whitespace for {@link Whitespace#fold(CharSequence)}. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }
    return c >= 0x80 && Whitespace.isSpace(c);
  }

  /** Appends one whitespace character (a separator between pieces). */
  void space() {
    space = length > 0;
  }

  /** Appends {@code s[from, to)}. */
  void append(char[] s, int from, int to) {
    if (isWide) {
      appendWide(s, from, to);
      return;
    }
    if (length + to - from + 1 > latin.length) {
      latin = Arrays.copyOf(latin, Math.max(latin.length * 2, length + to - from + 1));
    }
    byte[] o = latin;
    int n = length;
    boolean sp = space;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c > ' ' && c < 0x80) {
        if (sp) {
          o[n++] = ' ';
          sp = false;
        }
        o[n++] = (byte) c;
      } else if (isSpace(c)) {
        sp = n > 0;
      } else if (c > 0xff) {
        length = n;
        space = sp;
        widen();
        appendWide(s, i, to);
        return;
      } else {
        if (sp) {
          o[n++] = ' ';
          sp = false;
        }
        o[n++] = (byte) c;
      }
    }
    length = n;
    space = sp;
  }

  private void widen() {
    if (wide.length < latin.length) {
      wide = new char[latin.length];
    }
    for (int i = 0; i < length; i++) {
      wide[i] = (char) (latin[i] & 0xff);
    }
    isWide = true;
  }

  private void appendWide(char[] s, int from, int to) {
    if (length + to - from + 1 > wide.length) {
      wide = Arrays.copyOf(wide, Math.max(wide.length * 2, length + to - from + 1));
    }
    char[] o = wide;
    int n = length;
    boolean sp = space;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (isSpace(c)) {
        sp = n > 0;
      } else {
        if (sp) {
          o[n++] = ' ';
          sp = false;
        }
        o[n++] = c;
      }
    }
    length = n;
    space = sp;
  }

  /** Whether nothing but whitespace was appended since {@link #reset()}. */
  boolean isEmpty() {
    return length == 0;
  }

  /** The folded text. */
  String result() {
    if (length == 0) {
      return "";
    }
    return isWide
        ? new String(wide, 0, length)
        : new String(latin, 0, length, StandardCharsets.ISO_8859_1);
  }
}
