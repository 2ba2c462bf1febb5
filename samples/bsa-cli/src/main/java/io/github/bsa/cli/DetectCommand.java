package io.github.bsa.cli;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.FormatDetection;
import io.github.bsa.core.StatementAnalyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bsa detect}: prints the detected format and confidence of each file. */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description = "Print the detected format and confidence of each file.")
final class DetectCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Statement files.")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StatementAnalyzer analyzer = CliSupport.analyzer();
    int exit = 0;
    for (Path file : files) {
      try {
        FormatDetection d = analyzer.detect(file);
        out.printf("%s\t%s\t%.2f%n", file, d.formatId(), d.confidence());
      } catch (BsaException e) {
        exit = 1;
        out.printf("%s\t%s\t%s%n", file, e.errorCode(), CliSupport.message(e));
      }
    }
    return exit;
  }
}
