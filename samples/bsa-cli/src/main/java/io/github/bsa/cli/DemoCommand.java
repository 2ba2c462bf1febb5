package io.github.bsa.cli;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bsa demo}: the main job, run on the bundled example statements. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the main job on the bundled example statements (samples/data).")
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of statements (default: samples/data of the bsa checkout).")
  @Nullable Path data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = data != null ? data : defaultData();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().endsWith(".md"))
              .sorted()
              .toList();
    }
    StatementAnalyzer analyzer = CliSupport.analyzer();
    int exit = 0;
    for (Path file : files) {
      try {
        ParseResult result = analyzer.parse(file, ParseOptions.defaults());
        for (Statement s : result.statements()) {
          out.printf(
              "%-16s %-8s %4d transactions  %s%n",
              file.getFileName(),
              result.format(),
              s.transactions().size(),
              s.balanceCheck().status());
        }
      } catch (BsaException e) {
        exit = 1;
        out.printf("%-16s %s: %s%n", file.getFileName(), e.errorCode(), e.getMessage());
      }
    }
    return exit;
  }

  private static Path defaultData() {
    String home = System.getProperty("bsa.home");
    Path root = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    return root.resolve("samples").resolve("data");
  }
}
