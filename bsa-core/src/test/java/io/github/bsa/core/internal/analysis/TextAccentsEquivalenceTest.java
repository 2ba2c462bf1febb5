package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.internal.text.Accents;
import io.github.bsa.core.internal.text.MonthNames;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The accent removal written once ({@link Accents}) gives what the two core copies it replaced gave
 * ({@link MonthNames#fold} and {@link Text#stripMarks}, kept below as they were; {@link Text#fold}
 * is unchanged on top of {@code stripMarks}), on random text mixing ASCII, accented and
 * undecomposable letters, combining marks of every kind, Hangul, ligatures, lone surrogates and
 * random code points.
 */
class TextAccentsEquivalenceTest {
  /** Characters the folds treat specially, plus letters of the supported languages. */
  private static final String POOL =
      "aZ09 -./,'&éÉèüÜöÖäÄßẞłŁøØæÆđĐçÇñÑåÅąęśźżóĄĘŚŹŻÓőŐűŰčČšŠžŽřŘíÍúÚ"
          + "ΆάΐΰςΣйЙёЁİıǅǈﬁﬀ①ｅ\u00a0\u2007\u0301\u0308\u0327\u0338\u0903\u093e\u0bbe\u20dd\u0488"
          + "가힣\ud800\udc00\u0663\u200b";

  private static final int SUPPLEMENTARY_MN = 0x1D167; // MUSICAL SYMBOL COMBINING TREMOLO-1
  private static final int SUPPLEMENTARY_MC = 0x1D16D; // MUSICAL SYMBOL COMBINING AUGMENTATION DOT

  static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(24);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(10)) {
        case 0 -> sb.appendCodePoint(r.nextInt(0x110000));
        case 1 -> sb.append((char) r.nextInt(0x10000));
        case 2 -> sb.appendCodePoint(r.nextBoolean() ? SUPPLEMENTARY_MN : SUPPLEMENTARY_MC);
        case 3 -> sb.append((char) (0x20 + r.nextInt(0x5f)));
        default -> sb.append(POOL.charAt(r.nextInt(POOL.length())));
      }
    }
    return sb.toString();
  }

  @Test
  void strip_isWhatMonthNamesAndTextDidBefore() {
    Random r = new Random(20261206L);
    for (int k = 0; k < 200_000; k++) {
      String s = randomText(r);
      // compared plainly first: AssertJ per call would make 200,000 rounds slow
      if (!MonthNames.fold(s).equals(oldMonthFold(s))
          || !Text.stripMarks(s).equals(oldStripMarks(s))) {
        assertThat(MonthNames.fold(s)).as("month fold of %s", s).isEqualTo(oldMonthFold(s));
        assertThat(Text.stripMarks(s)).as("stripMarks of %s", s).isEqualTo(oldStripMarks(s));
      }
    }
  }

  @Test
  void asciiTextIsReturnedAsItIs() {
    String s = "Miete Januar 2025 / REF 42";
    assertThat(Accents.strip(s)).isSameAs(s);
    assertThat(Accents.stripAllMarks(s)).isSameAs(s);
    assertThat(Accents.strip("Zürich Łódź")).isEqualTo("Zurich Łodz");
  }

  /** {@link MonthNames#fold} as it was before {@link Accents}. */
  private static String oldMonthFold(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c == 'ł' || c == 'Ł' ? 'l' : c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * {@link Text#stripMarks} as it was before {@link Accents}, with the two letters ADR 0320 maps.
   */
  private static String oldStripMarks(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
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
              // added by ADR 0320: Turkish dotless i, Greek final sigma
              case 'ı' -> "i";
              case 'ς' -> "σ";
              default -> String.valueOf(c);
            });
      }
    }
    return sb.toString();
  }
}
