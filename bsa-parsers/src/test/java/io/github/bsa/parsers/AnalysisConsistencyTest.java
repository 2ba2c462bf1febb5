package io.github.bsa.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.ReportConsistency;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.report.AnalysisReportHtml;
import io.github.bsa.core.report.AnalysisReportJson;
import io.github.bsa.parsers.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Analyses every fixture statement that some parser accepts (the generated PDFs in {@code pdf-dev}
 * and the real files in {@code real}), one test per file, and checks that each report is internally
 * consistent (category totals sum to the cash flow, end-of-day balances end at the closing balance
 * of verified statements) and deterministic; then each pdf-dev account's statements together. A
 * file no parser accepts yet is reported as skipped with its reason. Corpus rule of {@link
 * Fixtures#corpus}: skipped when the collection is absent (failing with {@code
 * BSA_FIXTURES_REQUIRED=true}), failing when pdf-dev is missing or holds too few files.
 */
final class AnalysisConsistencyTest {
  private static final StatementAnalyzer ANALYZER = StatementAnalyzer.builder().build();

  static Stream<Arguments> files() {
    List<Path> files = new ArrayList<>(Fixtures.corpus("pdf-dev", PdfDevMinimum.FILES));
    Fixtures.root()
        .map(root -> root.resolve("real"))
        .filter(java.nio.file.Files::isDirectory)
        .ifPresent(real -> files.addAll(Fixtures.inputs(real)));
    return files.stream().map(f -> Arguments.of(Fixtures.name(f), f));
  }

  static Stream<Arguments> accounts() {
    Map<String, List<Path>> byAccount = new TreeMap<>();
    for (Path file : Fixtures.corpus("pdf-dev", PdfDevMinimum.FILES)) {
      String name = file.getFileName().toString();
      int cut = name.indexOf("-s1");
      byAccount
          .computeIfAbsent(cut > 0 ? name.substring(0, cut) : name, k -> new ArrayList<>())
          .add(file);
    }
    return byAccount.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void parsableFixture_givesConsistentDeterministicReport(String name, Path file) {
    List<Statement> statements;
    try {
      statements = ANALYZER.parse(file).statements();
    } catch (BsaException | IllegalArgumentException e) {
      Assumptions.abort("no parser accepts this file yet: " + e.getClass().getSimpleName());
      return;
    }
    List<String> failures = new ArrayList<>();
    String verdict = check(name, statements, failures);
    assertThat(failures).as(verdict).isEmpty();
  }

  @ParameterizedTest(name = "pdf-dev {0} (all months)")
  @MethodSource("accounts")
  void accountStatementsTogether_giveConsistentDeterministicReport(String account, List<Path> files)
      throws Exception {
    List<Statement> statements = new ArrayList<>();
    for (Path file : files) {
      statements.addAll(ANALYZER.parse(file).statements());
    }
    assertThat(statements).isNotEmpty();
    List<String> failures = new ArrayList<>();
    String verdict = check("pdf-dev " + account + " (all months)", statements, failures);
    assertThat(failures).as(verdict).isEmpty();
  }

  private static String check(String name, List<Statement> statements, List<String> failures) {
    try {
      AnalysisReport report = ANALYZER.analyze(statements);
      List<String> problems = ReportConsistency.check(report);
      String json = AnalysisReportJson.toJson(report);
      if (!json.equals(AnalysisReportJson.toJson(ANALYZER.analyze(statements)))) {
        problems = new ArrayList<>(problems);
        problems.add("JSON differs between two runs");
      }
      if (AnalysisReportHtml.render(report).isEmpty()) {
        problems = new ArrayList<>(problems);
        problems.add("empty HTML");
      }
      if (!problems.isEmpty()) {
        failures.add(name + ": " + problems);
        return "INCONSISTENT " + problems;
      }
      return "ok";
    } catch (RuntimeException e) {
      failures.add(name + ": " + e);
      return "ERROR " + e.getClass().getSimpleName();
    }
  }
}
