package io.github.bsa.cli;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.TenantId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code bsa ingest}: parses files and stores them for a tenant, idempotently. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Parse statement files and store them for a tenant.",
      "Re-importing a file is a no-op; overlapping statements never duplicate a transaction."
    })
final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin StoreOptions store = new StoreOptions();

  @Mixin CliSupport support = new CliSupport();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Statement files.")
  List<Path> files = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ParseOptions options = support.options();
    StatementAnalyzer analyzer = CliSupport.analyzer();
    TenantId tenant = store.tenant();
    int exit = 0;
    try (JdbcStatementStore db = store.open()) {
      for (Path file : files) {
        try {
          ParseResult result = analyzer.parse(file, options);
          ImportResult r = db.save(tenant, result);
          if (r.alreadyImported()) {
            out.printf("%s: already imported, nothing stored%n", file);
          } else {
            out.printf(
                "%s: %s, %d statement(s), %d new transaction(s), %d already stored%n",
                file,
                result.format(),
                r.statementIds().size(),
                r.transactionsAdded(),
                r.transactionsSkipped());
          }
        } catch (BsaException e) {
          exit = 1;
          out.println(file + ": " + e.errorCode() + ": " + CliSupport.message(e));
        }
        out.flush();
      }
    }
    return exit;
  }
}
