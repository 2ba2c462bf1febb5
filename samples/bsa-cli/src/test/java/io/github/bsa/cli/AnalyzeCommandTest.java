package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.testing.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AnalyzeCommandTest {
  @Test
  void analyze_unreadableInput_reportsErrorAndStillWritesReports(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "Dear diary, nothing to see here.\n");
    Path html = dir.resolve("report.html");
    CliTest.Run r = CliTest.run("analyze", "--json", "--html", html.toString(), file.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(r.out().strip());
    assertThat(report.path("schemaVersion").asText()).isEqualTo("1.0");
    assertThat(report.path("transactionCount").asInt()).isZero();
    assertThat(r.err()).contains("UNSUPPORTED_FORMAT").doesNotContain("\tat ");
    assertThat(Files.readString(html)).contains("Statement analysis").doesNotContain("<script");
  }

  @Test
  void analyze_badRules_isUsageFailure(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"rules\":[{\"id\":\"x\"}]}");
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "x");
    CliTest.Run r = CliTest.run("analyze", "--rules", rules.toString(), file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("rules/0");
  }

  @Test
  void analyze_exampleStatements_printsSummary() {
    Path mt940 = ProjectPaths.projectRoot().resolve("samples/data/example.mt940");
    assertThat(mt940).as("the bundled example").isRegularFile();
    CliTest.Run r = CliTest.run("analyze", mt940.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Lender summary").contains("Cash flow");
  }
}
