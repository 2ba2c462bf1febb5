package io.github.bsa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bsa.core.model.Statement;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.StoredStatement;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bsa statements}: lists a tenant's stored statements. */
@Command(
    name = "statements",
    mixinStandardHelpOptions = true,
    description = "List the statements stored for a tenant.")
final class StatementsCommand implements Callable<Integer> {
  /** Created on first use: picocli instantiates every command at start (ADR 0370). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--json", description = "Print a JSON array instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<StoredStatement> statements;
    try (JdbcStatementStore db = store.open()) {
      statements = db.statements(store.tenant());
    }
    if (json) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (StoredStatement s : statements) {
        Statement st = s.statement();
        ObjectNode n = array.addObject();
        n.put("id", s.id().value());
        n.put("format", s.format());
        n.put("sourceSha256", s.sourceSha256());
        n.put("index", s.index());
        n.put("importedAt", s.importedAt().toString());
        n.put("account", st.account().key());
        n.put("from", st.period().map(p -> p.from().toString()).orElse(null));
        n.put("to", st.period().map(p -> p.to().toString()).orElse(null));
        n.put("transactions", st.transactions().size());
        n.put("openingBalance", st.openingBalance().orElse(null));
        n.put("closingBalance", st.closingBalance().orElse(null));
        n.put("balanceCheck", st.balanceCheck().status().name());
      }
      out.println(Json.MAPPER.writeValueAsString(array));
    } else {
      out.printf(
          "%-34s %-9s %-24s %-23s %6s  %s%n",
          "id", "format", "account", "period", "txns", "imported");
      for (StoredStatement s : statements) {
        Statement st = s.statement();
        String account =
            st.account()
                .iban()
                .map(x -> x.masked())
                .orElse(st.account().number().map(ParseCommand::mask).orElse("-"));
        out.printf(
            "%-34s %-9s %-24s %-23s %6d  %s%n",
            s.id().value(),
            s.format(),
            account,
            st.period().map(p -> p.from() + ".." + p.to()).orElse("-"),
            st.transactions().size(),
            s.importedAt());
      }
      out.printf("%d statement(s)%n", statements.size());
    }
    out.flush();
    return 0;
  }
}
