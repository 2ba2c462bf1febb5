package io.github.bsa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TransactionQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bsa transactions}: queries a tenant's stored transactions. */
@Command(
    name = "transactions",
    mixinStandardHelpOptions = true,
    description = "List a tenant's stored transactions (each once, however many files held it).")
final class TransactionsCommand implements Callable<Integer> {
  /** Created on first use: picocli instantiates every command at start (ADR 0370). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--from", paramLabel = "DATE", description = "First date (YYYY-MM-DD).")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last date (YYYY-MM-DD).")
  @Nullable LocalDate to;

  @Option(names = "--account", paramLabel = "KEY", description = "Account IBAN or number.")
  @Nullable String account;

  @Option(names = "--text", paramLabel = "TEXT", description = "Text in description or payee.")
  @Nullable String text;

  @Option(names = "--category", paramLabel = "NAME", description = "Category.")
  @Nullable String category;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N transactions (default ${DEFAULT-VALUE}).")
  int limit = 10_000;

  @Option(names = "--json", description = "Print a JSON array instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TransactionQuery query =
        TransactionQuery.builder()
            .from(from)
            .to(to)
            .accountKey(account)
            .text(text)
            .category(category)
            .limit(limit)
            .build();
    List<StoredTransaction> txns;
    try (JdbcStatementStore db = store.open()) {
      txns = db.transactions(store.tenant(), query);
    }
    if (json) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (StoredTransaction s : txns) {
        Transaction t = s.transaction();
        ObjectNode n = array.addObject();
        n.put("id", s.id());
        n.put("account", s.accountKey());
        n.put("statementId", s.statementId().value());
        n.put("bookingDate", t.bookingDate().map(Object::toString).orElse(null));
        n.put("valueDate", t.valueDate().map(Object::toString).orElse(null));
        n.put("amount", t.amount());
        n.put("currency", t.currency().map(c -> c.getCurrencyCode()).orElse(null));
        n.put("description", t.description());
        n.put("counterparty", t.counterparty().orElse(null));
        n.put("reference", t.reference().orElse(null));
        n.put("category", t.category().orElse(null));
      }
      out.println(Json.MAPPER.writeValueAsString(array));
    } else {
      for (StoredTransaction s : txns) {
        Transaction t = s.transaction();
        out.printf(
            "%-10s %14s %-3s  %s%n",
            t.date().map(Object::toString).orElse("-"),
            t.amount().toPlainString(),
            t.currency().map(c -> c.getCurrencyCode()).orElse(""),
            t.description());
      }
      out.printf("%d transaction(s)%n", txns.size());
    }
    out.flush();
    return 0;
  }
}
