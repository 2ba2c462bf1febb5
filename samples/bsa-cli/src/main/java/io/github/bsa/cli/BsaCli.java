package io.github.bsa.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
    description = "Bank Statement Analyzer: parse, verify, analyze and store bank statements.")
public final class BsaCli implements Runnable {
  /**
   * The subcommands, in the order of the usage message. Registered in {@link #run}, not in the
   * {@code @Command} annotation: picocli builds the model of every registered command by
   * reflection, so a run whose first argument names one command registers only that one (ADR 0370);
   * any other first argument ({@code help}, an option, a typo) registers them all.
   */
  static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("parse", ParseCommand::new);
    m.put("detect", DetectCommand::new);
    m.put("analyze", AnalyzeCommand::new);
    m.put("demo", DemoCommand::new);
    m.put("ingest", IngestCommand::new);
    m.put("statements", StatementsCommand::new);
    m.put("transactions", TransactionsCommand::new);
    m.put("purge", PurgeCommand::new);
    m.put("backup", BackupCommand::new);
    m.put("health", HealthCommand::new);
    return Collections.unmodifiableMap(m);
  }

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
    @Nullable Supplier<Object> only = args.length == 0 ? null : COMMANDS.get(args[0]);
    if (only != null) {
      cli.addSubcommand(only.get());
    } else {
      COMMANDS.values().forEach(c -> cli.addSubcommand(c.get()));
      cli.addSubcommand(new CommandLine.HelpCommand());
    }
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
