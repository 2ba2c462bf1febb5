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
}
