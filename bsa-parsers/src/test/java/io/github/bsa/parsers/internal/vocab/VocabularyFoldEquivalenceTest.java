package io.github.bsa.parsers.internal.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Vocabulary#fold}, now on core's one accent removal, gives what it gave with its own
 * normalisation and {@code \p{M}} regular expression (kept below), on random text mixing ASCII,
 * accented letters, combining marks of every kind (also outside the BMP), Hangul, ligatures, lone
 * surrogates and random code points.
 */
class VocabularyFoldEquivalenceTest {
  private static final String POOL =
      "aZ09 -./,'&:;éÉèüÜöÖäÄßẞłŁøØæÆđçÇñÑåÅąęśźżóőűčšžříúΆάΐйЙİıǅﬁﬀ①ｅ\u00a0\u2007"
          + "\u0301\u0308\u0327\u0338\u0903\u093e\u0bbe\u20dd\u0488가힣\ud800\udc00\u0663\u200b";

  @Test
  void fold_isWhatItWasBefore() {
    Random r = new Random(20261206L);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(24);
      for (int i = 0; i < n; i++) {
        switch (r.nextInt(10)) {
          case 0 -> sb.appendCodePoint(r.nextInt(0x110000));
          case 1 -> sb.append((char) r.nextInt(0x10000));
          case 2 -> sb.appendCodePoint(r.nextBoolean() ? 0x1D167 : 0x1D16D); // Mn, Mc
          case 3 -> sb.append((char) (0x20 + r.nextInt(0x5f)));
          default -> sb.append(POOL.charAt(r.nextInt(POOL.length())));
        }
      }
      String s = sb.toString();
      if (!Vocabulary.fold(s).equals(oldFold(s))) { // AssertJ per call would be slow
        assertThat(Vocabulary.fold(s)).as("fold of %s", s).isEqualTo(oldFold(s));
      }
    }
  }

  /** {@link Vocabulary#fold} as it was before core's {@code Accents}. */
  private static String oldFold(String text) {
    String s =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return s.replaceAll("[^a-z0-9]+", " ").strip();
  }
}
