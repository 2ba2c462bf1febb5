package io.github.bsa.parsers.internal.mt940;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.internal.text.Whitespace;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * {@link Whitespace#fold(CharSequence)} written into a reused buffer, fed from several pieces of
 * text in turn (ADR 0270): runs of whitespace become one space, leading and trailing whitespace
 * goes, and the result is the same string {@code Whitespace.fold} returns for the concatenated
 * pieces. ASCII is tested first; other characters by {@link Whitespace#isSpace(char)}. Text within
 * Latin-1 is kept as bytes, so that the string is made by one copy. Not thread-safe; one instance
 * per parser.
 */
final class Mt940Fold {
  /** The number of slots of {@link #fold(char[], int, int, int)}. */
  static final int SLOTS = 128;

  /** The longest text kept for {@link #fold(char[], int, int, int)}. */
  private static final int MAX_KEPT = 256;

  private static final char[] NONE = new char[0];

  private byte[] latin = new byte[256];
  // per slot: the text of the last fold(s, from, to, slot) and its result
  private final char[][] lastText = new char[SLOTS][];
  private final int[] lastLength = new int[SLOTS];
  private final @Nullable String[] lastValue = new String[SLOTS];
  private char[] wide = new char[0];
  private boolean isWide;
  private int length;
  private boolean space;

  Mt940Fold() {
    Arrays.fill(lastText, NONE);
  }

  /** Starts a new text; returns this fold for chaining. */
  @CanIgnoreReturnValue
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
    if (!space && to > from && appendFolded(s, from, to)) {
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

  /**
   * Appends {@code s[from, to)} when folding would not change it here (ADR 0360): printable ASCII
   * and single spaces, no space at its end nor, on an empty text, at its start. The test runs
   * without a branch per character and the copy is a plain loop the compiler can vectorize.
   *
   * @return whether it was appended; if not, nothing was
   */
  private boolean appendFolded(char[] s, int from, int to) {
    int previous = length == 0 ? 1 : 0;
    int bad = 0;
    for (int i = from; i < to; i++) {
      int c = s[i];
      int sp = c == ' ' ? 1 : 0;
      bad |= (sp & previous) | ((c - ' ') >>> 31) | ((0x7f - c) >>> 31);
      previous = sp;
    }
    if ((bad | previous) != 0) {
      return false;
    }
    int n = to - from;
    if (length + n + 1 > latin.length) {
      latin = Arrays.copyOf(latin, Math.max(latin.length * 2, length + n + 1));
    }
    byte[] o = latin;
    int at = length - from;
    for (int i = from; i < to; i++) {
      o[at + i] = (byte) s[i];
    }
    length += n;
    return true;
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

  /**
   * The fold of {@code s[from, to)} on its own (as {@code reset().append(s, from, to).result()}),
   * reusing the string of the last call with the same {@code slot} when its text was the same (ADR
   * 0360): a value that repeats from one transaction to the next (a posting text, a bank code, a
   * counterparty) is then compared, not folded and copied again. Leaves this fold reset.
   *
   * @param slot which value this is, below {@link #SLOTS}
   */
  String fold(char[] s, int from, int to, int slot) {
    return fold(s, from, to, slot, false);
  }

  /**
   * As {@link #fold(char[], int, int, int)}; when {@code clean}, the caller knows that the text is
   * ASCII without control characters and without two spaces in a row, so that its fold is the text
   * without a space at either end: no character is looked at one by one (ADR 0360).
   */
  String fold(char[] s, int start, int end, int slot, boolean clean) {
    int from = start;
    int to = end;
    if (clean) {
      while (from < to && s[from] == ' ') {
        from++;
      }
      while (to > from && s[to - 1] == ' ') {
        to--;
      }
    }
    int n = to - from;
    char[] last = lastText[slot];
    String value = lastValue[slot];
    if (value != null
        && last.length >= n
        && lastLength[slot] == n
        && Arrays.equals(last, 0, n, s, from, to)) {
      reset();
      return value;
    }
    reset();
    if (clean) {
      value = n == 0 ? "" : new String(s, from, n);
    } else {
      append(s, from, to);
      value = result();
      reset();
    }
    if (n <= MAX_KEPT) {
      if (last.length < n) {
        last = new char[Math.max(n, 32)];
        lastText[slot] = last;
      }
      System.arraycopy(s, from, last, 0, n);
      lastLength[slot] = n;
      lastValue[slot] = value;
    }
    return value;
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
