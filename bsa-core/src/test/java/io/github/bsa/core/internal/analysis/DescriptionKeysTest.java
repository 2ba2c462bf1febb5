package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The description cache's shortcuts give the answers of the plain definitions: the kept-token
 * prefilter (first character and length, pure-digit bitmap) answers as a set look-up of the
 * lower-case token, and texts equal once masked have equal key hashes.
 */
final class DescriptionKeysTest {
  private static final Set<String> KEEP =
      java.util.Objects.requireNonNull(
          new Categorizer(AnalysisOptions.defaults()).digitTokens(), "default rules keep tokens");

  @Test
  void keptTokensAnswerAsTheSet() {
    DescriptionCache.Keep keep = new DescriptionCache.Keep(KEEP.toArray(new String[0]));
    List<String> tokens = new ArrayList<>(KEEP);
    for (int v = 0; v < 100_000; v++) {
      tokens.add(Integer.toString(v));
      tokens.add(String.format(Locale.ROOT, "%04d", v % 10_000));
    }
    for (String k : KEEP) {
      tokens.add(k.toUpperCase(Locale.ROOT));
      tokens.add(k + "1");
      tokens.add("x" + k);
      if (k.length() > 1) {
        tokens.add(k.substring(1));
      }
    }
    tokens.add("mcc5411x");
    tokens.add("MCC5411");
    tokens.add("O2");
    for (String t : tokens) {
      assertThat(keep.contains(t, 0, t.length()))
          .as(t)
          .isEqualTo(KEEP.contains(t.toLowerCase(Locale.ROOT)));
      String framed = "ab " + t + " cd";
      assertThat(keep.contains(framed, 3, 3 + t.length()))
          .as(framed)
          .isEqualTo(KEEP.contains(t.toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void textsEqualOnceMaskedHaveEqualKeyHashes() {
    DescriptionCache.Keep keep = new DescriptionCache.Keep(KEEP.toArray(new String[0]));
    String[] patterns = {
      "Kartenzahlung REWE Markt %s Berlin",
      "Kortköp ICA Nära %s Stockholm",
      "POS 607431XXXXXX%s CITYMART %s",
      "MCC %s Café%s",
      "AMZN Mktp US*%sK4",
      "Zakup %s ż%s",
    };
    String[] numbers = {"5411", "5412", "1234", "7", "2", "365", "1000", "0001", "4711", "99"};
    Random random = new Random(11);
    int equalPairs = 0;
    for (int n = 0; n < 20_000; n++) {
      String p = patterns[random.nextInt(patterns.length)];
      String a = String.format(Locale.ROOT, p, pick(numbers, random), pick(numbers, random));
      String b = String.format(Locale.ROOT, p, pick(numbers, random), pick(numbers, random));
      if (DescriptionCache.maskedEquals(a, b, keep)) {
        equalPairs++;
        assertThat(DescriptionCache.keyHash(a, keep))
            .as("%s / %s", a, b)
            .isEqualTo(DescriptionCache.keyHash(b, keep));
      }
    }
    assertThat(equalPairs).isGreaterThan(1_000);
    // a kept token's digits tell entries apart in the hash too
    assertThat(DescriptionCache.keyHash("MCC 5411 x", keep))
        .isNotEqualTo(DescriptionCache.keyHash("MCC 5412 x", keep));
  }

  private static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }
}
