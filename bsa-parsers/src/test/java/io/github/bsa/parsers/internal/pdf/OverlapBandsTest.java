package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The banded overlap search of {@link Forensics} finds, for every glyph, the glyph the plain scan
 * finds: on random pages of lines with glyphs drawn over others, of mixed sizes and heights.
 */
class OverlapBandsTest {
  @Test
  void bandsFindWhatThePlainScanFinds() {
    Random random = new Random(11);
    int overlaps = 0;
    for (int page = 0; page < 300; page++) {
      List<Glyph> glyphs = new ArrayList<>();
      int lines = 1 + random.nextInt(40);
      for (int l = 0; l < lines; l++) {
        float size = 4 + random.nextInt(12);
        float baseline = 20 + l * (size * (0.5f + random.nextFloat()));
        float x = random.nextInt(60);
        int count = 1 + random.nextInt(30);
        for (int g = 0; g < count; g++) {
          float width = size * (0.2f + random.nextFloat() * 0.5f);
          float height = size * (0.3f + random.nextFloat());
          String text = String.valueOf((char) ('a' + random.nextInt(4)));
          glyphs.add(new Glyph(text, x, baseline, width, height, "F", size));
          if (random.nextInt(15) == 0) { // a glyph drawn over this one, maybe a little off
            glyphs.add(
                new Glyph(
                    String.valueOf((char) ('a' + random.nextInt(4))),
                    x + random.nextFloat() * width * 0.5f,
                    baseline + (random.nextFloat() - 0.5f) * height,
                    width,
                    height * (0.5f + random.nextFloat()),
                    "F",
                    size));
          }
          x += width * (0.7f + random.nextFloat() * 0.5f);
        }
      }
      glyphs.sort(Comparator.comparingDouble(Glyph::x));
      Forensics.Bands bands = Objects.requireNonNull(Forensics.Bands.of(glyphs));
      for (int i = 0; i < glyphs.size(); i++) {
        int plain = Forensics.firstOver(glyphs, i);
        assertThat(bands.firstOver(glyphs, i)).as("page %d glyph %d", page, i).isEqualTo(plain);
        if (plain >= 0) {
          overlaps++;
        }
      }
    }
    assertThat(overlaps).isGreaterThan(100);
  }
}
