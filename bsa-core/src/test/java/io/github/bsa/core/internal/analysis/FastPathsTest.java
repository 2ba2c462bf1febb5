package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The primitive fast paths of the analysis give the answers of the BigDecimal and per-text paths
 * they replace: e4 amounts and sums, the median by selection, and descriptions shared across
 * digits.
 */
final class FastPathsTest {
  @Test
  void radixSortOfPackedAmountsEqualsTheComparisonSort() {
    Random random = new Random(5);
    int[] counts = new int[RecurringDetector.RADIX + 1];
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(5_000);
      // small amounts (two passes), wide ones (four) and many equal ones
      long bound = round % 3 == 0 ? 2_000_000L : round % 3 == 1 ? (1L << 42) - 1 : 50;
      long[] a = new long[n];
      long max = 0;
      for (int k = 0; k < n; k++) {
        long abs = 1 + (long) (random.nextDouble() * bound);
        max = Math.max(max, abs);
        a[k] = (abs << 21) | k;
      }
      long[] expected = a.clone();
      Arrays.sort(expected);
      long[] sorted = RecurringDetector.radixSort(a, new long[n], n, max, counts);
      assertThat(sorted).as("round %d", round).containsExactly(expected);
    }
  }

  @Test
  void e4IsExactOrRefused() {
    assertThat(Amounts.e4(new BigDecimal("12.99"))).isEqualTo(129_900L);
    assertThat(Amounts.e4(new BigDecimal("-0.0001"))).isEqualTo(-1L);
    assertThat(Amounts.e4(new BigDecimal("1E+3"))).isEqualTo(10_000_000L);
    assertThat(Amounts.e4(new BigDecimal("99999999999.9999"))).isEqualTo(999_999_999_999_999L);
    assertThat(Amounts.e4(new BigDecimal("0.00001"))).isEqualTo(Amounts.INEXACT);
    assertThat(Amounts.e4(new BigDecimal("123456789012.34"))).isEqualTo(Amounts.INEXACT);
    Random random = new Random(7);
    for (int k = 0; k < 200_000; k++) {
      int scale = random.nextInt(5);
      long unscaled = random.nextLong() % 100_000_000_000L;
      BigDecimal v = BigDecimal.valueOf(unscaled, scale);
      long e4 = Amounts.e4(v);
      if (e4 != Amounts.INEXACT) {
        assertThat(BigDecimal.valueOf(e4, 4).compareTo(v)).as("%s", v).isZero();
      }
    }
  }

  @Test
  void sumGivesTheValueAndScaleOfBigDecimalAddition() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      Amounts.Sum sum = new Amounts.Sum();
      BigDecimal expected = BigDecimal.ZERO;
      int n = random.nextInt(50);
      for (int k = 0; k < n; k++) {
        BigDecimal v =
            round % 10 == 9 && k == n / 2
                ? new BigDecimal("0.000001") // inexact: the sum switches to BigDecimal
                : BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(3));
        expected = expected.add(v);
        sum.add(item(v));
      }
      assertThat(sum.value()).isEqualTo(expected);
    }
  }

  @Test
  void selectionFindsTheSortedElement() {
    Random random = new Random(3);
    for (int round = 0; round < 300; round++) {
      long[] a = new long[1 + random.nextInt(400)];
      for (int k = 0; k < a.length; k++) {
        a[k] = random.nextInt(round % 2 == 0 ? 5 : 1_000_000);
      }
      long[] sorted = a.clone();
      Arrays.sort(sorted);
      int k = random.nextInt(a.length);
      assertThat(Medians.select(a, k)).isEqualTo(sorted[k]);
    }
  }

  @Test
  void descriptionsShareAnEntryOnlyAcrossDigitsNoRuleSees() {
    Set<String> keep =
        java.util.Objects.requireNonNull(
            new Categorizer(AnalysisOptions.defaults()).digitTokens(), "digitTokens");
    assertThat(keep).contains("o2", "bet365", "365", "7");
    DescriptionCache cache = new DescriptionCache(16, keep);
    DescriptionCache.Entry rewe = cache.get("Kartenzahlung REWE Markt 1234 Berlin");
    assertThat(cache.get("Kartenzahlung REWE Markt 9876 Berlin")).isSameAs(rewe);
    assertThat(cache.get("Kartenzahlung REWE Markt 98761 Berlin")).isNotSameAs(rewe);
    assertThat(cache.get("O2 Rechnung 4711")).isNotSameAs(cache.get("O3 Rechnung 4711"));
    assertThat(cache.get("O2 Rechnung 4711")).isSameAs(cache.get("O2 Rechnung 1234"));
    // a token between plain-ASCII neighbours is masked in any text (ADR 0310); one next to a
    // non-ASCII character is compared as written (the character may fold into the token)
    assertThat(cache.get("Café 12")).isSameAs(cache.get("Café 13"));
    assertThat(cache.get("Café12")).isNotSameAs(cache.get("Café13"));
    assertThat(cache.get("Café 12x")).isNotSameAs(cache.get("Café 12"));
    assertThat(cache.get("Nära 12\u00a0Stockholm"))
        .isNotSameAs(cache.get("Nära 13\u00a0Stockholm"));
  }

  @Test
  void sharedDescriptionsGiveTheSameNameAndCategory() {
    AnalysisOptions options = AnalysisOptions.defaults();
    Categorizer categorizer = new Categorizer(options);
    Set<String> keep = java.util.Objects.requireNonNull(categorizer.digitTokens(), "digitTokens");
    List<String> patterns =
        List.of(
            "Debit Card Purchase QuikFuel #%d Madison WI Card ending 1897",
            "POS 607431XXXXXX%d CITYMART HYPER %d",
            "AMZN Mktp US*%dK4",
            "O2 Germany Rechnung %d",
            "bet365 %d",
            "7 Eleven %d store",
            "Microsoft 365 %d",
            "SEPA-Lastschrift EREF %d Stadtwerke Leipzig",
            "UPI/%d/SWIGGY/okaxis/Food",
            "Gehalt %d/2025 ACME GmbH",
            "Kortköp ICA Nära %d Stockholm",
            "Zakup przy użyciu karty %d Żabka Kraków",
            "Virement reçu %d Société Générale",
            "Café %d Zürich",
            "Compra tarj. %d Panadería López",
            "Køb Føtex %d Århus O²",
            "Platba kartou Billa %d Praha %d");
    Random random = new Random(5);
    for (String p : patterns) {
      String first = String.format(p, random.nextInt(100_000), random.nextInt(100_000));
      for (int k = 0; k < 50; k++) {
        String other = String.format(p, random.nextInt(100_000), random.nextInt(100_000));
        if (!DescriptionCache.maskedEquals(first, other, keep.toArray(new String[0]))) {
          continue;
        }
        assertThat(CounterpartyNormalizer.normalize(other))
            .isEqualTo(CounterpartyNormalizer.normalize(first));
        for (String amount : List.of("-10.00", "10.00")) {
          assertThat(categorize(categorizer, other, amount))
              .as(other)
              .isEqualTo(categorize(categorizer, first, amount));
        }
      }
    }
  }

  private static Categorizer.Match categorize(Categorizer c, String description, String amount) {
    Transaction t =
        Transaction.builder()
            .bookingDate(LocalDate.parse("2025-01-01"))
            .amount(new BigDecimal(amount))
            .description(description)
            .build();
    return c.categorize(t, CounterpartyNormalizer.normalize(description), Text.fold(description));
  }

  /** An item of the given amount (shared with {@link ColumnarPathsTest}). */
  static Item item(BigDecimal amount) {
    Transaction t =
        Transaction.builder()
            .bookingDate(LocalDate.parse("2025-01-01"))
            .amount(amount)
            .description("x")
            .id("x")
            .build();
    return Items.single(t, "a", "x");
  }
}
