package io.github.bsa.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bsa} command: parse, detect, analyze and store bank statements from the shell. Exit
 * codes: 0 success, 1 when an input failed, 2 for usage errors.
 */
@Command(
    name = "bsa",
    mixinStandardHelpOptions = true,
    version = "bsa 0.1.0-SNAPSHOT",
    description = "Bank Statement Analyzer: parse, verify, analyze and store bank statements.",
    subcommands = {
      ParseCommand.class,
      DetectCommand.class,
      AnalyzeCommand.class,
      DemoCommand.class,
      IngestCommand.class,
      StatementsCommand.class,
      TransactionsCommand.class,
      PurgeCommand.class,
      BackupCommand.class,
      HealthCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BsaCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  BsaCli() {
    this.spec = CommandLine.Model.CommandSpec.create();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the CLI.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the CLI with the given streams, for tests.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BsaCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("bsa: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }
}
