package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link GlyphOrder} sorts as the stable comparator sorts it replaces. */
class GlyphOrderTest {
  private static final float[] ODD = {0f, -0f, -1.5f, Float.MIN_VALUE, -Float.MAX_VALUE, 1e30f};

  @Test
  void sameOrderAsComparatorSorts() {
    Random random = new Random(5);
    for (int round = 0; round < 500; round++) {
      List<Glyph> glyphs = new ArrayList<>();
      for (int i = 0, n = random.nextInt(200); i < n; i++) {
        float x = random.nextInt(8) == 0 ? ODD[random.nextInt(ODD.length)] : random.nextInt(40);
        float y = random.nextInt(8) == 0 ? ODD[random.nextInt(ODD.length)] : random.nextInt(10);
        glyphs.add(new Glyph(Integer.toString(i), x, y, 1, 1, "F", 8));
      }
      List<Glyph> byX = new ArrayList<>(glyphs);
      byX.sort(Comparator.comparingDouble(Glyph::x));
      assertThat(GlyphOrder.byX(glyphs)).containsExactlyElementsOf(byX);
      List<Glyph> byLine = new ArrayList<>(glyphs);
      byLine.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
      assertThat(GlyphOrder.byBaselineThenX(glyphs)).containsExactlyElementsOf(byLine);
    }
  }
}
