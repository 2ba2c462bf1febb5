package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.parsers.internal.vocab.Vocabulary;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ASCII fast path of {@link ColumnKind#fold} gives what {@link Vocabulary#fold} gives. */
class FoldFastPathTest {
  @Test
  void asciiFoldEqualsVocabularyFold() {
    Random random = new Random(7);
    String alphabet = "aZ09 .,-/\t\n()'&:;$%_bQxY  ";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        sb.append(
            random.nextInt(4) == 0
                ? (char) random.nextInt(0x80)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(ColumnKind.fold(s)).as("fold of %s", s).isEqualTo(Vocabulary.fold(s));
    }
  }

  @Test
  void nonAsciiTakesTheFullFold() {
    for (String s : new String[] {"Solde précédent", "WÄHRUNG: EUR", "ﬁnal balance", "€ 12,00"}) {
      assertThat(ColumnKind.fold(s)).isEqualTo(Vocabulary.fold(s));
    }
  }
}
