package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.internal.text.Whitespace;
import java.util.Arrays;

/**
 * {@link Whitespace#fold(CharSequence)} written into a reused buffer, fed from several pieces of
 * text in turn (ADR 0270): runs of whitespace become one space, leading and trailing whitespace
 * goes, and the result is the same string {@code Whitespace.fold} returns for the concatenated
 * pieces. ASCII is tested by a table; other characters by {@link Whitespace#isSpace(char)}. Not
 * thread-safe; one instance per parser.
 */
final class Mt940Fold {
  private char[] out = new char[256];
  private int length;
  private boolean space;

  /** Starts a new text. */
  Mt940Fold reset() {
    length = 0;
    space = false;
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
  void append(String s, int from, int to) {
    ensure(to - from + 1);
    char[] o = out;
    int n = length;
    boolean sp = space;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
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

  /** Appends {@code s[from, to)}. */
  void append(char[] s, int from, int to) {
    ensure(to - from + 1);
    char[] o = out;
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
    return length == 0 ? "" : new String(out, 0, length);
  }

  private void ensure(int more) {
    if (length + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
    }
  }
}
