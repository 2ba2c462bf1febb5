package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = BsaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void parseJson_unknownFormat_printsErrorLineAndExitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "Dear diary, nothing to see here.\n");
    Run r = run("parse", "--json", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode line = MAPPER.readTree(lines[0]);
    assertThat(line.path("error").path("code").asText()).isEqualTo("UNSUPPORTED_FORMAT");
    assertThat(line.path("statements").isArray()).isTrue();
    assertThat(line.path("statements")).isEmpty();
    assertThat(line.path("file").asText()).isEqualTo(file.toString());
    assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void parseJson_manyFiles_oneLineEachInOrder(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("missing.txt");
    Files.writeString(a, "x");
    Run r = run("parse", "--json", a.toString(), b.toString());
    assertThat(r.exit()).isEqualTo(1);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(MAPPER.readTree(lines[0]).path("file").asText()).endsWith("a.txt");
    assertThat(MAPPER.readTree(lines[1]).path("error").path("code").asText())
        .isEqualTo("IO_FAILURE");
  }

  @Test
  void usageError_exitsTwo() {
    assertThat(run("parse").exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void help_exitsZero() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("parse").contains("detect");
  }
}
