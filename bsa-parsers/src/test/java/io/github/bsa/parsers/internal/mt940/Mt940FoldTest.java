package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.internal.text.Whitespace;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Mt940Fold} gives what {@link Whitespace#fold(CharSequence)} gives (ADR 0270). */
final class Mt940FoldTest {
  private static final char[] ALPHABET = {
    ' ', ' ', ' ', '\t', '\n', '\r', '\u000b', '\f', 0x1c, 0x1f, 0x00, 0x7f, 0x85, '\u00a0',
    '\u2007', '\u202f', '\u2028', '\u3000', '\u200b', 'a', 'Z', '0', '?', '+', 'ä', 'ß', '€', 'Ω',
    '\ud83d', '\ude00'
  };

  @Test
  void isSpace_agreesWithWhitespaceForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Mt940Fold.isSpace((char) c))
          .as("U+%04X", c)
          .isEqualTo(Whitespace.isSpace((char) c));
    }
  }

  @Test
  void fold_ofPiecesEqualsWhitespaceFoldOfTheirConcatenation() {
    Random random = new Random(270);
    Mt940Fold fold = new Mt940Fold();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder whole = new StringBuilder();
      var unused = fold.reset();
      int pieces = random.nextInt(4);
      for (int p = 0; p < pieces; p++) {
        if (p > 0 && random.nextBoolean()) {
          fold.space();
          whole.append(' ');
        }
        StringBuilder piece = new StringBuilder();
        int length = random.nextInt(random.nextInt(10) == 0 ? 600 : 12);
        for (int i = 0; i < length; i++) {
          piece.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        String s = piece.toString();
        int from = s.isEmpty() ? 0 : random.nextInt(s.length());
        fold.append(s.toCharArray(), from, s.length());
        whole.append(s, from, s.length());
      }
      String expected = Whitespace.fold(whole);
      assertThat(fold.result()).as(whole.toString()).isEqualTo(expected);
      assertThat(fold.isEmpty()).isEqualTo(expected.isEmpty());
    }
  }

  /** Mostly printable ASCII with single spaces, so that the copy without a fold is taken too. */
  private static final char[] ASCII = {
    ' ', ' ', 'a', 'b', 'Z', '0', '?', '+', '/', 0x7f, '\t', 'ä'
  };

  @Test
  void fold_ofMostlyAsciiPiecesEqualsWhitespaceFold() {
    Random random = new Random(360);
    Mt940Fold fold = new Mt940Fold();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder whole = new StringBuilder();
      var unused = fold.reset();
      int pieces = 1 + random.nextInt(3);
      for (int p = 0; p < pieces; p++) {
        if (p > 0 && random.nextInt(4) == 0) {
          fold.space();
          whole.append(' ');
        }
        String s = text(random, ASCII, random.nextInt(40), random.nextInt(8) == 0);
        fold.append(s.toCharArray(), 0, s.length());
        whole.append(s);
      }
      assertThat(fold.result()).as(whole.toString()).isEqualTo(Whitespace.fold(whole));
    }
  }

  @Test
  void foldBySlot_equalsWhitespaceFold_whenValuesRepeat() {
    Random random = new Random(361);
    Mt940Fold fold = new Mt940Fold();
    String[] recent = new String[8];
    for (int n = 0; n < 50_000; n++) {
      int slot = random.nextInt(recent.length);
      String s =
          recent[slot] != null && random.nextBoolean()
              ? recent[slot]
              : text(random, random.nextBoolean() ? ASCII : ALPHABET, random.nextInt(30), false);
      recent[slot] = s;
      String padded = "xy" + s + "z";
      char[] chars = padded.toCharArray();
      boolean clean = isClean(s) && random.nextBoolean();
      String folded = fold.fold(chars, 2, 2 + s.length(), slot, clean);
      assertThat(folded).as(s).isEqualTo(Whitespace.fold(s));
      assertThat(fold.isEmpty()).isTrue();
    }
  }

  /** ASCII from 0x20 to 0x7f without two spaces in a row: what a caller may call clean. */
  private static boolean isClean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7f || (c == ' ' && i > 0 && s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static String text(Random random, char[] alphabet, int length, boolean doubled) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = alphabet[random.nextInt(alphabet.length)];
      if (c == ' ' && !doubled && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
        c = 'q';
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
