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
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key acceptance test: scores the extractor on the generated statements in {@code
 * ../shared/fixtures/pdf-dev} (skipped when absent), one case per statement (balances exact,
 * account read), and prints precision, recall and F1 over all of them, which must be at least
 * 0.995.
 */
final class PdfDevScoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();
  private static final Score TOTAL = new Score();
  private static final StringBuilder TABLE = new StringBuilder();

  static Stream<Arguments> statements() {
    Fixtures.corpus("pdf-dev", io.github.bsa.parsers.PdfDevMinimum.FILES);
    Path dir = Fixtures.folder("pdf-dev");
    return Fixtures.truthFiles(dir).stream()
        .map(t -> Arguments.of(dir.relativize(t).toString(), t));
  }

  @BeforeAll
  static void header() {
    TABLE.setLength(0);
    TABLE.append(
        String.format(
            Locale.ROOT, "%-28s %5s %5s %5s %-12s%n", "file", "truth", "got", "match", "balance"));
  }

  /** One case per generated statement: its balances exact and its account number read. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void statement_balancesExactAndAccountRead(String truthName, Path truthFile) throws IOException {
    JsonNode root = JSON.readTree(truthFile.toFile());
    Path input = truthFile.resolveSibling(root.path("input").asText());
    ParseResult result = ANALYZER.parse(input, ParseOptions.defaults());
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
    Optional<Statement> first = result.statements().stream().findFirst();
    one.add(
        expected,
        decimal(st.get("openingBalance")),
        decimal(st.get("closingBalance")),
        first,
        name);
    synchronized (TOTAL) {
      TOTAL.add(
          expected,
          decimal(st.get("openingBalance")),
          decimal(st.get("closingBalance")),
          first,
          name);
      BalanceCheck.Status status =
          first
              .map(Statement::balanceCheck)
              .map(BalanceCheck::status)
              .orElse(BalanceCheck.Status.UNVERIFIED);
      TABLE.append(
          String.format(
              Locale.ROOT,
              "%-28s %5d %5d %5d %-12s%n",
              name,
              one.expected,
              one.extracted,
              one.matched,
              status));
    }
    assertThat(one.balancesExact).as(name + " balances exact").isEqualTo(one.balancesTotal);
    if (st.path("account").has("number")) {
      assertThat(result.statements().get(0).account().number())
          .as(name + " account number")
          .contains(st.path("account").path("number").asText());
    }
  }

  /** The key acceptance figure over every statement that ran: F1 at least 0.995. */
  @AfterAll
  static void f1OverAllStatementsAtLeast0995() {
    if (TOTAL.expected == 0) {
      return; // the collection was absent (skipped) or no case ran
    }
    System.out.print(TABLE);
    System.out.println("pdf-dev: " + TOTAL.summary());
    TOTAL.misses.stream().limit(60).forEach(m -> System.out.println("  " + m));
    assertThat(TOTAL.f1()).as(TOTAL.summary()).isGreaterThanOrEqualTo(0.995);
  }

  private static @Nullable BigDecimal decimal(@Nullable JsonNode n) {
    return n == null || n.isNull() ? null : new BigDecimal(n.asText());
  }
}
