package io.github.bsa.cli;

import io.github.bsa.jdbc.JdbcStatementStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bsa purge}: deletes all data of a tenant. */
@Command(
    name = "purge",
    mixinStandardHelpOptions = true,
    description = "Delete all statements and transactions of a tenant.")
final class PurgeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int n;
    try (JdbcStatementStore db = store.open()) {
      n = db.purge(store.tenant());
    }
    out.printf("Purged tenant %s: %d statement(s) deleted%n", store.tenant(), n);
    out.flush();
    return 0;
  }
}
