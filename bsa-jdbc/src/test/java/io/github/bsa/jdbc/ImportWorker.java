package io.github.bsa.jdbc;

import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.tck.Samples;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A separate JVM for {@link KillMidImportTest}: imports large, distinct files into a store one
 * after another and prints {@code saved N} after each, until it is killed.
 */
public final class ImportWorker {
  /** Transactions per file. */
  static final int PER_FILE = 4000;

  private ImportWorker() {}

  /**
   * Runs the worker.
   *
   * @param args the JDBC URL and the tenant
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    JdbcStatementStore store = JdbcStatementStore.open(args[0]);
    TenantId tenant = TenantId.of(args[1]);
    for (int i = 0; i < 10_000; i++) {
      var unused = store.save(tenant, Samples.file("kill-" + i, i * PER_FILE, (i + 1) * PER_FILE));
      out.println("saved " + i);
    }
  }
}
