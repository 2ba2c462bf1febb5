package io.github.bsa.cli;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.report.AnalysisReportHtml;
import io.github.bsa.core.report.AnalysisReportJson;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.TenantId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bsa demo}: the main job on the bundled example statements. Parses and verifies each file,
 * stores it for the tenant {@code demo} in the embedded SQLite database (idempotently: a second run
 * stores nothing new), then analyses all statements together and writes the report.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the main job on the bundled example statements (samples/data):",
      "parse and verify, store in the embedded SQLite database, analyse, write a report."
    })
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of statements (default: samples/data of the bsa checkout).")
  @Nullable Path data;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description = "Database URL. Default: $BSA_DB, else jdbc:sqlite:~/.bsa/bsa.db.")
  @Nullable String db;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the report (default: bsa-out).")
  Path out = Path.of("bsa-out");

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    Path dir = data != null ? data : defaultData();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().endsWith(".md"))
              .sorted()
              .toList();
    }
    StoreOptions store = new StoreOptions();
    store.tenant = "demo";
    store.db = db;
    TenantId tenant = store.tenant();
    StatementAnalyzer analyzer = CliSupport.analyzer();
    List<Statement> statements = new ArrayList<>();
    int exit = 0;
    try (JdbcStatementStore database = store.open()) {
      w.printf("Store: %s, tenant: %s%n", database, tenant);
      for (Path file : files) {
        try {
          ParseResult result = analyzer.parse(file, ParseOptions.defaults());
          statements.addAll(result.statements());
          ImportResult stored = database.save(tenant, result);
          for (Statement s : result.statements()) {
            w.printf(
                "%-22s %-9s %4d transactions  %-11s %s%n",
                file.getFileName(),
                result.format(),
                s.transactions().size(),
                s.balanceCheck().status(),
                stored.alreadyImported()
                    ? "already stored"
                    : "stored (" + stored.transactionsAdded() + " new)");
          }
        } catch (BsaException e) {
          exit = 1;
          w.printf("%-22s %s: %s%n", file.getFileName(), e.errorCode(), CliSupport.message(e));
        }
      }
    }
    exit = Math.max(exit, report(w, analyzer, statements));
    return exit;
  }

  private int report(PrintWriter w, StatementAnalyzer analyzer, List<Statement> statements)
      throws IOException {
    if (statements.isEmpty()) {
      return 1;
    }
    AnalysisReport report = analyzer.analyze(statements);
    Files.createDirectories(out);
    Path html = out.resolve("demo-report.html");
    Path json = out.resolve("demo-report.json");
    Files.writeString(html, AnalysisReportHtml.render(report), StandardCharsets.UTF_8);
    Files.writeString(json, AnalysisReportJson.toJson(report), StandardCharsets.UTF_8);
    w.println();
    AnalyzeCommand.printSummary(w, report);
    w.println();
    w.println("Report: " + html + " (JSON: " + json + ")");
    return 0;
  }

  private static Path defaultData() {
    String home = System.getProperty("bsa.home");
    Path root = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    return root.resolve("samples").resolve("data");
  }
}
