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
import org.junit.jupiter.api.Test;

/**
 * Analyses every fixture statement that some parser accepts (the generated PDFs in {@code pdf-dev}
 * and the real files in {@code real}) and checks that each report is internally consistent
 * (category totals sum to the cash flow, end-of-day balances end at the closing balance of verified
 * statements) and deterministic. Files no parser accepts yet are skipped and counted; the test is
 * skipped when the fixtures are absent.
 */
final class AnalysisConsistencyTest {
  private static final StatementAnalyzer ANALYZER = StatementAnalyzer.builder().build();

  @Test
  void everyParsableFixture_givesConsistentDeterministicReport() {
    List<Path> files = new ArrayList<>(Fixtures.corpus("pdf-dev", PdfDevMinimum.FILES));
    Fixtures.root()
        .map(root -> root.resolve("real"))
        .filter(java.nio.file.Files::isDirectory)
        .ifPresent(real -> files.addAll(Fixtures.inputs(real)));
    List<String> failures = new ArrayList<>();
    Map<String, List<Statement>> byAccount = new TreeMap<>();
    int analysed = 0;
    int skipped = 0;
    System.out.printf("%-70s %5s %7s  %s%n", "file", "stmts", "txns", "result");
    for (Path file : files) {
      List<Statement> statements;
      try {
        statements = ANALYZER.parse(file).statements();
      } catch (BsaException | IllegalArgumentException e) {
        skipped++;
        continue;
      }
      analysed++;
      String verdict = check(Fixtures.name(file), statements, failures);
      System.out.printf(
          "%-70s %5d %7d  %s%n",
          Fixtures.name(file),
          statements.size(),
          statements.stream().mapToInt(s -> s.transactions().size()).sum(),
          verdict);
      if (file.startsWith(Fixtures.folder("pdf-dev"))) {
        String name = file.getFileName().toString();
        int cut = name.indexOf("-s1");
        byAccount
            .computeIfAbsent(cut > 0 ? name.substring(0, cut) : name, k -> new ArrayList<>())
            .addAll(statements);
      }
    }
    // several statements of the same account analysed together
    for (Map.Entry<String, List<Statement>> e : byAccount.entrySet()) {
      String verdict = check("pdf-dev " + e.getKey() + " (all months)", e.getValue(), failures);
      System.out.printf(
          "%-70s %5d %7s  %s%n",
          "pdf-dev " + e.getKey() + " (together)", e.getValue().size(), "", verdict);
    }
    System.out.printf(
        "analysed %d file(s), skipped %d that no parser accepts yet%n", analysed, skipped);
    assertThat(failures).isEmpty();
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
