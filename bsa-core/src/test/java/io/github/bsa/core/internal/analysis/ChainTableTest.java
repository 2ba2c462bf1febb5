package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chain table resource ({@code chains.txt}, ADR 0400): loaded once, malformed lines named. */
final class ChainTableTest {
  @Test
  void resource_loadsIntoTheRules() {
    Map<String, List<String>> byRule = new java.util.HashMap<>();
    for (DefaultRules.Rule r : DefaultRules.rules()) {
      byRule.put(r.id(), r.keywords());
    }
    // chains of several lines and rules arrive in their rule, after the rule's own keywords
    assertThat(byRule.get("default.groceries")).contains("supermarket", "edeka center", "silpo");
    assertThat(byRule.get("default.dining")).contains("mcdonald", "kneipe");
    assertThat(byRule.get("default.shopping")).contains("amazon mktplace", "rozetka");
    List<String> groceries = byRule.getOrDefault("default.groceries", List.of());
    assertThat(groceries.indexOf("supermarket")).isLessThan(groceries.indexOf("edeka center"));
    int chainKeywords =
        byRule.values().stream().mapToInt(List::size).sum()
            - DefaultRules.rules().size(); // at least one keyword per rule besides
    assertThat(chainKeywords).isGreaterThan(4_800);
  }

  @Test
  void parse_commentsAndBlankLinesIgnored() {
    Map<String, List<String>> chains =
        DefaultRules.parseChains(
            "# a comment\n\ndefault.fuel | xx | Alpha Fuel, beta*\ndefault.fuel | yy | gamma\n",
            "test.txt");
    assertThat(chains).containsOnlyKeys("default.fuel");
    assertThat(chains.get("default.fuel")).containsExactly("alpha fuel", "beta*", "gamma");
  }

  @Test
  void parse_malformedLine_namedWithItsNumber() {
    assertThatThrownBy(
            () ->
                DefaultRules.parseChains(
                    "default.fuel | xx | alpha\ndefault.fuel alpha, beta\n", "test.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.txt line 2");
    assertThatThrownBy(() -> DefaultRules.parseChains("default.fuel | xx |  \n", "test.txt"))
        .hasMessageContaining("test.txt line 1");
    assertThatThrownBy(() -> DefaultRules.parseChains("groceries | xx | a\n", "test.txt"))
        .hasMessageContaining("line 1");
  }
}
