package io.github.bsa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.report.ParseResultJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bsa parse}: parses files and prints a table or JSON Lines. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse statement files and verify their balances.",
      "With --json, prints one JSON object per file (JSON Lines), in input order."
    })
final class ParseCommand implements Callable<Integer> {
  /** Jackson only for {@code --json} and error lines: a table run never loads it (ADR 0370). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(names = "--json", description = "Print JSON Lines instead of a table.")
  boolean json;

  @Mixin CliSupport support = new CliSupport();

  @Option(
      names = "--max-transactions",
      paramLabel = "N",
      description = "Refuse a file with more transactions (default ${DEFAULT-VALUE}).")
  long maxTransactions = ParseLimits.DEFAULT_MAX_TRANSACTIONS;

  @Option(
      names = "--max-megabytes",
      paramLabel = "N",
      description = "Refuse a larger file (default ${DEFAULT-VALUE}).")
  long maxMegabytes = ParseLimits.DEFAULT_MAX_BYTES >> 20;

  @Option(
      names = "--max-seconds",
      paramLabel = "N",
      description = "Give up on a file after this long (default ${DEFAULT-VALUE}).")
  long maxSeconds = ParseLimits.DEFAULT_MAX_DURATION.toSeconds();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Statement files.")
  List<Path> files = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ParseOptions options = support.options();
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder()
            .limits(
                ParseLimits.builder()
                    .maxTransactions(maxTransactions)
                    .maxBytes(maxMegabytes << 20)
                    .maxDuration(Duration.ofSeconds(maxSeconds))
                    .build())
            .build();
    int exit = 0;
    Progress progress = new Progress(files.size(), System.err);
    {
      for (Path file : files) {
        try {
          if (json) {
            printJsonLine(out, analyzer, file, options);
          } else {
            printTable(out, file, analyzer.parse(file, options));
          }
        } catch (BsaException e) {
          exit = 1;
          if (json) {
            out.println(errorLine(file, e));
          } else {
            out.println(file + ": " + e.errorCode() + ": " + CliSupport.message(e));
          }
        }
        out.flush();
        progress.step();
      }
    }
    progress.finish();
    return exit;
  }

  /**
   * Prints one JSON line while the file is parsed: the transactions go to a spool as they stream
   * (none is retained), and the line is the same as {@link #jsonLine} of the whole result.
   */
  static void printJsonLine(
      PrintWriter out, StatementAnalyzer analyzer, Path file, ParseOptions options)
      throws Exception {
    try (JsonLineSpool spool = new JsonLineSpool()) {
      ParseResult result =
          analyzer.parse(file, options.toBuilder().retainTransactions(false).build(), spool);
      spool.print(jsonLine(file, result), out);
    }
  }

  static String jsonLine(Path file, ParseResult result) throws Exception {
    JsonNode tree = Json.MAPPER.readTree(ParseResultJson.toJson(result));
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("schemaVersion", tree.path("schemaVersion").asText());
    line.put("file", file.toString());
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("schemaVersion")) {
        line.set(e.getKey(), e.getValue());
      }
    }
    line.putNull("error");
    return Json.MAPPER.writeValueAsString(line);
  }

  static String errorLine(Path file, BsaException e) throws Exception {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("schemaVersion", ParseResultJson.SCHEMA_VERSION);
    line.put("file", file.toString());
    line.putNull("format");
    line.putArray("statements");
    ObjectNode error = line.putObject("error");
    error.put("code", e.errorCode().name());
    error.put("message", CliSupport.message(e));
    SourcePosition p = e.position();
    if (p.isKnown()) {
      ObjectNode pos = error.putObject("position");
      pos.put("line", p.line());
      pos.put("column", p.column());
      pos.put("page", p.page());
      pos.put("record", p.record());
    } else {
      error.putNull("position");
    }
    return Json.MAPPER.writeValueAsString(line);
  }

  private static void printTable(PrintWriter out, Path file, ParseResult result) {
    out.printf(
        "%s: %s (confidence %.2f), %d statement(s), %d transaction(s)%n",
        file,
        result.format(),
        result.confidence(),
        result.statements().size(),
        result.transactionCount());
    out.printf(
        "  %-4s %-24s %-23s %8s %16s %16s  %s%n",
        "#", "account", "period", "txns", "opening", "closing", "balance check");
    int i = 1;
    for (Statement s : result.statements()) {
      String account =
          s.account()
              .iban()
              .map(x -> x.masked())
              .orElse(s.account().number().map(n -> mask(n)).orElse("-"));
      String period = s.period().map(p -> p.from() + ".." + p.to()).orElse("-");
      out.printf(
          "  %-4d %-24s %-23s %8d %16s %16s  %s%s%n",
          i++,
          account,
          period,
          s.transactions().size(),
          s.openingBalance().map(b -> b.toPlainString()).orElse("-"),
          s.closingBalance().map(b -> b.toPlainString()).orElse("-"),
          s.balanceCheck().status(),
          s.balanceCheck().status() == io.github.bsa.core.model.BalanceCheck.Status.DISCREPANCY
              ? " (" + s.balanceCheck().reason() + " at " + s.balanceCheck().breakPosition() + ")"
              : "");
    }
    result.warnings().forEach(w -> out.println("  warning " + w.code() + ": " + w.message()));
  }

  static String mask(String number) {
    return number.length() <= 4 ? "****" : "****" + number.substring(number.length() - 4);
  }
}
