package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.parsers.internal.vocab.Vocabulary;
import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link LabelFilter} answers as its pattern does, on folded text with and without labels. */
class LabelFilterTest {
  @Test
  void prefixesAndAlternatives() {
    assertThat(LabelFilter.alternatives("(a|(?:b|c)d)|(e)")).containsExactly("a", "(?:b|c)d", "e");
    assertThat(LabelFilter.literalPrefix("\\bsumme\\b")).isEqualTo("summe");
    assertThat(LabelFilter.literalPrefix("checks? paid")).isEqualTo("check");
    assertThat(LabelFilter.literalPrefix("totaux?\\b")).isEqualTo("totau");
    assertThat(LabelFilter.literalPrefix("(atm )?debit")).isEmpty();
  }

  @Test
  void answersAsThePatternOnEveryConcept() {
    Random random = new Random(3);
    String[] noise = {"card", "purchase", "12", "2026", "saldo", "sol", "bal", "de", "new", " "};
    int filtered = 0;
    for (Concept concept : Concept.values()) {
      if (concept.literal()) {
        continue;
      }
      Pattern pattern = Vocabulary.pattern(concept);
      LabelFilter filter = new LabelFilter(pattern);
      List<String> words = new ArrayList<>(List.of(noise));
      for (String f : LabelFilter.alternatives(pattern.pattern())) {
        words.add(LabelFilter.literalPrefix(f));
        words.add(f.replaceAll("[^a-z0-9 ]", ""));
      }
      for (int n = 0; n < 3000; n++) {
        StringBuilder sb = new StringBuilder();
        for (int w = random.nextInt(6); w >= 0; w--) {
          sb.append(words.get(random.nextInt(words.size())))
              .append(random.nextBoolean() ? " " : "");
        }
        String folded = ColumnKind.fold(sb.toString());
        assertThat(filter.find(folded)).as(folded).isEqualTo(pattern.matcher(folded).find());
        assertThat(filter.matches(folded)).as(folded).isEqualTo(pattern.matcher(folded).matches());
        if (!filter.mayMatch(folded)) {
          filtered++;
        }
      }
    }
    assertThat(filtered).isGreaterThan(1000);
  }
}
