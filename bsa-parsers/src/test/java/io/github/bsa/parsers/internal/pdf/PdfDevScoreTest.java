package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.parsers.testing.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The key acceptance test: scores the extractor on the generated statements in {@code
 * ../shared/fixtures/pdf-dev} (skipped when absent) and prints precision, recall and F1.
 */
final class PdfDevScoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void pdfDev_allStatements_f1AtLeast0995AndBalancesExact() throws IOException {
    Fixtures.corpus("pdf-dev", io.github.bsa.parsers.PdfDevMinimum.FILES);
    Path dir = Fixtures.folder("pdf-dev");
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();
    Score total = new Score();
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT, "%-28s %5s %5s %5s %-12s%n", "file", "truth", "got", "match", "balance"));
    for (Path truthFile : Fixtures.truthFiles(dir)) {
      JsonNode root = JSON.readTree(truthFile.toFile());
      Path input = truthFile.resolveSibling(root.path("input").asText());
      ParseResult result = analyzer.parse(input, ParseOptions.defaults());
      JsonNode st = root.path("statements").get(0);
      List<Score.Expected> expected = new ArrayList<>();
      for (JsonNode t : st.path("transactions")) {
        expected.add(
            new Score.Expected(
                LocalDate.parse(t.path("date").asText()),
                new BigDecimal(t.path("amount").asText()),
                t.path("description").isNull() ? null : t.path("description").asText()));
      }
      Score one = new Score();
      String name = input.getFileName().toString();
      one.add(
          expected,
          decimal(st.get("openingBalance")),
          decimal(st.get("closingBalance")),
          result.statements().stream().findFirst(),
          name);
      total.add(
          expected,
          decimal(st.get("openingBalance")),
          decimal(st.get("closingBalance")),
          result.statements().stream().findFirst(),
          name);
      BalanceCheck.Status status =
          result.statements().stream()
              .findFirst()
              .map(Statement::balanceCheck)
              .map(BalanceCheck::status)
              .orElse(BalanceCheck.Status.UNVERIFIED);
      table.append(
          String.format(
              Locale.ROOT,
              "%-28s %5d %5d %5d %-12s%n",
              name,
              one.expected,
              one.extracted,
              one.matched,
              status));
      if (root.path("statements").get(0).path("account").has("number")) {
        assertThat(result.statements().get(0).account().number())
            .as(name + " account number")
            .contains(st.path("account").path("number").asText());
      }
    }
    System.out.print(table);
    System.out.println("pdf-dev: " + total.summary());
    total.misses.stream().limit(60).forEach(m -> System.out.println("  " + m));
    assertThat(total.f1()).as(total.summary()).isGreaterThanOrEqualTo(0.995);
    assertThat(total.balancesExact).as("balances exact").isEqualTo(total.balancesTotal);
  }

  private static @Nullable BigDecimal decimal(@Nullable JsonNode n) {
    return n == null || n.isNull() ? null : new BigDecimal(n.asText());
  }
}
