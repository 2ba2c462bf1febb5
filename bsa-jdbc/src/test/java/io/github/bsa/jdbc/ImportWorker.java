package io.github.bsa.jdbc;

import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.tck.Samples;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A separate JVM for {@link KillMidImportTest}: imports large, distinct files into a store one
 * after another and prints {@code saved N} after each. Inside import number {@code pauseAt}, after
 * its first rows are written and before it commits, it prints {@code inside N} and holds the
 * transaction open until it is killed, so the kill lands mid-import for certain.
 */
public final class ImportWorker {
  /** Transactions per file. */
  static final int PER_FILE = 4000;

  /** Writes of the paused import before the worker signals and holds. */
  private static final int WRITES_BEFORE_PAUSE = 2;

  private ImportWorker() {}

  /**
   * Runs the worker.
   *
   * @param args the JDBC URL, the tenant and the number of the import to be killed in
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String url = args[0];
    TenantId tenant = TenantId.of(args[1]);
    int pauseAt = Integer.parseInt(args[2]);
    AtomicInteger current = new AtomicInteger(-1);
    AtomicInteger writes = new AtomicInteger();
    Runnable hook =
        () -> {
          if (current.get() == pauseAt && writes.incrementAndGet() == WRITES_BEFORE_PAUSE) {
            out.println("inside " + pauseAt);
            try {
              Thread.sleep(600_000); // killed long before
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    JdbcStatementStore store =
        JdbcStatementStore.builder(TestDatabases.beforeWrites(TestDatabases.dataSource(url), hook))
            .migrate(false)
            .build();
    for (int i = 0; i <= pauseAt; i++) {
      current.set(i);
      var unused = store.save(tenant, Samples.file("kill-" + i, i * PER_FILE, (i + 1) * PER_FILE));
      out.println("saved " + i);
    }
    out.println("not killed");
  }
}
