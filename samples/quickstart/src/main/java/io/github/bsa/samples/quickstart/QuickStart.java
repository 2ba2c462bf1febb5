package io.github.bsa.samples.quickstart;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.report.ParseResultJson;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.JdbcDatabase;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.jdbc.jobs.JdbcJobStore;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobRunner;
import io.github.bsa.storage.jobs.ParsedResultSink;
import io.github.bsa.storage.jobs.StatementJobHandler;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The README's quick start: parses each file given, stores it in SQLite, then parses and stores the
 * first file again as a background job. Usage: {@code QuickStart DATABASE_FILE STATEMENT...}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args the SQLite database file, then the statement files
   * @throws Exception on any failure (the sample has no error handling of its own)
   */
  public static void main(String[] args) throws Exception {
    // --- README: parse
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build(); // finds the parsers
    DataSource dataSource = JdbcDatabase.dataSource("jdbc:sqlite:" + args[0]);
    JdbcDatabase.migrate(dataSource, Dialect.SQLITE);
    JdbcStatementStore store = JdbcStatementStore.builder(dataSource).build();
    TenantId tenant = TenantId.of("quickstart");
    for (int i = 1; i < args.length; i++) {
      ParseResult result = analyzer.parse(Path.of(args[i]));
      System.out.println(result.format() + " " + result.confidence());
      for (Statement s : result.statements()) {
        String account =
            s.account()
                .iban()
                .map(Iban::masked)
                .or(() -> s.account().number())
                .orElse("(no account)");
        System.out.println(
            account
                + " "
                + s.transactions().size()
                + " transactions, "
                + s.balanceCheck().status());
        for (Transaction t : s.transactions()) {
          System.out.println(t.date().orElse(null) + " " + t.amount() + " " + t.description());
        }
      }
      String json = ParseResultJson.toJson(result); // canonical JSON
      System.out.println("json " + json.length() + " characters");
      // --- README: store
      ImportResult imported = store.save(tenant, result);
      System.out.println("stored " + imported.transactionsAdded() + " transactions");
    }
    // --- README: a background job (parse and store)
    JobRunner jobs =
        JobRunner.builder()
            .store(JdbcJobStore.create(dataSource))
            .handler(StatementJobHandler.of(analyzer, ParsedResultSink.toStore(store)))
            .workers(1)
            .build();
    jobs.start();
    try {
      JobId id = jobs.submit(tenant, Path.of(args[1]), ParseOptions.defaults());
      Job done = jobs.completion(tenant, id).get(60, TimeUnit.SECONDS);
      System.out.println("job " + done.state());
    } finally {
      jobs.close();
    }
  }
}
