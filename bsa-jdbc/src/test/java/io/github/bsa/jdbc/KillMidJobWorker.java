package io.github.bsa.jdbc;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.jdbc.jobs.JdbcJobStore;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.storage.jobs.JobHandler;
import io.github.bsa.storage.jobs.JobRunner;
import io.github.bsa.storage.jobs.ParsedResultSink;
import io.github.bsa.storage.jobs.StatementJobHandler;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * A job host in its own JVM for {@link KillMidJobTest}: a {@link JobRunner} with the standard
 * {@link StatementJobHandler} (real MT940 parser, real {@link JdbcStatementStore}). The statement
 * store's connections count the rows each {@code INSERT INTO bsa_transaction} wrote; once the open
 * import transaction holds at least {@code rowsBeforeKill} rows the worker prints {@code inside
 * <job id> <attempt> <rows>} and holds the transaction open until it is killed. Arguments: JDBC
 * URL, runner id, rowsBeforeKill.
 */
public final class KillMidJobWorker {
  private KillMidJobWorker() {}

  /**
   * Runs the host.
   *
   * @param args the JDBC URL, the runner id and the row count to stop at
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String url = args[0];
    String runnerId = args[1];
    int rowsBeforeKill = Integer.parseInt(args[2]);
    AtomicReference<String> current = new AtomicReference<>("");
    AtomicInteger rows = new AtomicInteger();
    DataSource plain = JdbcDatabase.dataSource(url);
    DataSource counting =
        TestDatabases.afterEachUpdate(
            plain,
            (sql, n) -> {
              if (!sql.startsWith("INSERT INTO bsa_transaction ")) {
                return;
              }
              int total = rows.addAndGet(n);
              if (total >= rowsBeforeKill) {
                out.println("inside " + current.get() + " " + total);
                try {
                  Thread.sleep(600_000); // killed long before
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });
    JdbcStatementStore store =
        JdbcStatementStore.builder(counting).dialect(Dialect.fromUrl(url)).migrate(false).build();
    StatementAnalyzer analyzer = StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
    JobHandler statements = StatementJobHandler.of(analyzer, ParsedResultSink.toStore(store));
    JobHandler handler =
        ctx -> {
          current.set(ctx.job().id().value() + " " + ctx.job().attempts());
          rows.set(0);
          return statements.handle(ctx);
        };
    JobRunner runner =
        JobRunner.builder()
            .store(JdbcJobStore.create(plain))
            .handler(handler)
            .runnerId(runnerId)
            .workers(1)
            .lease(Duration.ofMillis(1500))
            .pollInterval(Duration.ofMillis(20))
            .build();
    runner.start();
    out.println("ready " + runnerId);
    Thread.sleep(600_000);
  }
}
