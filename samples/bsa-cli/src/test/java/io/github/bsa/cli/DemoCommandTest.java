package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.testing.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main job (README's first command) on the bundled example statements. */
final class DemoCommandTest {
  private static Path data() {
    return ProjectPaths.projectRoot().resolve("samples").resolve("data");
  }

  @Test
  void demo_verifiesStoresOnceAndWritesTheReport(@TempDir Path dir) throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("demo.db");
    String[] args = {
      "demo", "--data", data().toString(), "--db", db, "--out", dir.resolve("out").toString()
    };
    CliTest.Run first = CliTest.run(args);
    assertThat(first.exit()).as(first.out() + first.err()).isZero();
    assertThat(first.out().lines().filter(l -> l.contains("VERIFIED"))).hasSize(3);
    assertThat(first.out()).contains("stored (").contains("Lender summary");
    assertThat(dir.resolve("out/demo-report.html")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("out/demo-report.html"))).contains("<svg");
    CliTest.Run again = CliTest.run(args);
    assertThat(again.exit()).isZero();
    assertThat(again.out().lines().filter(l -> l.contains("already stored"))).hasSize(3);
  }
}
