package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.parsers.testing.Fixtures;
import io.github.bsa.parsers.testing.TruthFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the CSV corpus {@code ../shared/fixtures/real/csv}, one test per file: inputs with a truth
 * file must match it (apart from the documented exceptions in {@code docs/formats/csv.md}); the
 * others must parse or fail with a typed error naming a position. Prints a summary table, the share
 * of inputs without truth that parse (at least {@link #MIN_ACCEPTANCE}) and the transaction F1 on
 * inputs with truth (exactly matched inputs count all their rows, any difference none).
 */
class CsvCorpusTest {
  /** Truth files we knowingly disagree with, and why (see docs/formats/csv.md). */
  static final Map<String, String> EXCEPTIONS = new TreeMap<>();

  static {
    EXCEPTIONS.put(
        "csv2ofx/input/ingesp.csv",
        "truth dates were guessed per line by the upstream tool (08/04/2022 read as August);"
            + " bsa decides day-month from the whole column");
    EXCEPTIONS.put(
        "csv2ofx/input/mint_headerless.csv",
        "no header: nothing says which column is the account, so bsa yields one statement where"
            + " the upstream mapping was configured to split by account");
  }

  private static final List<String> TABLE = new ArrayList<>();
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new CsvParserProvider())).build();

  /** Inputs without truth that parsed, and those refused (with their error code). */
  private static final List<String> PARSED = new ArrayList<>();

  private static final List<String> REFUSED = new ArrayList<>();

  /** Over inputs with truth (the documented exceptions apart): truth, parsed and exact rows. */
  private static final int[] ROWS = new int[3];

  /** The least share of inputs without truth that must parse (issue #16). */
  static final double MIN_ACCEPTANCE = 0.96;

  @BeforeAll
  static void header() {
    TABLE.clear();
    PARSED.clear();
    REFUSED.clear();
    java.util.Arrays.fill(ROWS, 0);
  }

  @AfterAll
  static void printTable() {
    System.out.println(
        String.format("%-62s %5s %6s %-10s %s", "file", "stmts", "txns", "truth", "balance"));
    TABLE.forEach(System.out::println);
    int total = PARSED.size() + REFUSED.size();
    if (total == 0) {
      return; // the fixtures folder is absent: every case was skipped
    }
    double acceptance = (double) PARSED.size() / total;
    double precision = ROWS[1] == 0 ? 1 : (double) ROWS[2] / ROWS[1];
    double recall = ROWS[0] == 0 ? 1 : (double) ROWS[2] / ROWS[0];
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    System.out.println(
        String.format(
            Locale.ROOT,
            "CSV corpus: inputs without truth %d of %d parse (%.1f%%), refused: %s;"
                + " inputs with truth (exceptions apart): transactions %d truth, %d parsed,"
                + " F1 %.4f",
            PARSED.size(),
            total,
            100 * acceptance,
            REFUSED,
            ROWS[0],
            ROWS[1],
            f1));
    assertThat(acceptance)
        .as("share of inputs without truth that parse")
        .isGreaterThanOrEqualTo(MIN_ACCEPTANCE);
    assertThat(f1).as("transaction F1 on inputs with truth").isEqualTo(1.0);
  }

  /** The least number of CSV inputs {@code real/csv} holds; fewer fails the test. */
  private static final int MIN_FILES = 5;

  static Stream<Arguments> inputs() {
    Path dir = Fixtures.folder("real/csv");
    List<Path> csv =
        Fixtures.corpus("real/csv", MIN_FILES).stream()
            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
            .toList();
    assertThat(csv).as("CSV inputs in real/csv").hasSizeGreaterThanOrEqualTo(MIN_FILES);
    return csv.stream().map(p -> Arguments.of(dir.relativize(p).toString(), p));
  }

  /** One case per file: it matches its truth, or parses, or fails typed with a position. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void input_matchesTruthOrFailsTyped(String name, Path input) {
    Path truthPath = input.resolveSibling(input.getFileName() + ".truth.json");
    ParseResult result;
    try {
      result = ANALYZER.parse(input, ParseOptions.builder().format("csv").build());
    } catch (BsaException e) {
      TABLE.add(
          String.format(
              "%-62s %5s %6s %-10s %s %s",
              name, "-", "-", e.errorCode(), e.position(), e.getMessage()));
      assertThat(e.position().isKnown()).as(name + ": error without position: " + e).isTrue();
      if (Files.exists(truthPath)) {
        assertThat(EXCEPTIONS).as(name + ": failed but has truth: " + e).containsKey(name);
      } else {
        REFUSED.add(name + " " + e.errorCode());
      }
      return;
    }
    String verdict = "no truth";
    if (Files.exists(truthPath)) {
      TruthFile truth = TruthFile.read(truthPath);
      List<String> diffs = bestCompare(truth, result);
      if (diffs.isEmpty()) {
        int soft = truth.softDifferences(result).size();
        verdict = soft == 0 ? "match" : "match~" + soft;
        if (soft > 0) {
          System.out.println(name + " soft: " + truth.softDifferences(result));
        }
      } else if (EXCEPTIONS.containsKey(name)) {
        verdict = "exception";
      } else {
        verdict = "DIFF";
      }
      if (!EXCEPTIONS.containsKey(name)) {
        ROWS[0] += truth.transactionCount();
        // a partial truth lists some rows only: the others are neither right nor wrong
        ROWS[1] +=
            truth.covers("transactions-partial") && diffs.isEmpty()
                ? truth.transactionCount()
                : result.transactionCount();
        ROWS[2] += diffs.isEmpty() ? truth.transactionCount() : 0;
      }
      String balance =
          result.statements().stream()
              .map(s -> s.balanceCheck().status().toString())
              .reduce((a, b) -> a + "," + b)
              .orElse("-");
      TABLE.add(
          String.format(
              "%-62s %5d %6d %-10s %s",
              name, result.statements().size(), result.transactionCount(), verdict, balance));
      assertThat(diffs.isEmpty() || EXCEPTIONS.containsKey(name)).as(name + ": " + diffs).isTrue();
      return;
    }
    PARSED.add(name);
    TABLE.add(
        String.format(
            "%-62s %5d %6d %-10s",
            name, result.statements().size(), result.transactionCount(), verdict));
  }

  /** csv2ofx orders statements by account name; bsa keeps file order. Try every order. */
  static List<String> bestCompare(TruthFile truth, ParseResult result) {
    List<Statement> stmts = result.statements();
    List<String> first = truth.compare(result);
    if (first.isEmpty() || stmts.size() < 2 || stmts.size() > 5) {
      return first;
    }
    List<List<Statement>> perms = new ArrayList<>();
    permute(new ArrayList<>(stmts), 0, perms);
    for (List<Statement> p : perms) {
      List<String> d = truth.compare(result.toBuilder().statements(p).build());
      if (d.isEmpty()) {
        return d;
      }
    }
    return first;
  }

  private static void permute(List<Statement> a, int k, List<List<Statement>> out) {
    if (k == a.size()) {
      out.add(new ArrayList<>(a));
      return;
    }
    for (int i = k; i < a.size(); i++) {
      java.util.Collections.swap(a, k, i);
      permute(a, k + 1, out);
      java.util.Collections.swap(a, k, i);
    }
  }
}
