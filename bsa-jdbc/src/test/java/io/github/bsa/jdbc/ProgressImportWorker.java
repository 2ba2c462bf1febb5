package io.github.bsa.jdbc;

import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.tck.Samples;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A separate JVM for {@link KillMidImportTest#killLandsMidSave_provenByProgress}: imports distinct
 * files one after another and reports its progress on stdout: {@code begin N} before a save, {@code
 * write N} before every SQL write inside it, {@code saved N} after it committed. The parent kills
 * it after seeing writes of a save that has not reported {@code saved}, so the kill provably lands
 * inside an open transaction.
 */
public final class ProgressImportWorker {
  private ProgressImportWorker() {}

  /**
   * Runs the worker.
   *
   * @param args the JDBC URL and the tenant
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int[] current = {-1};
    JdbcStatementStore store =
        JdbcStatementStore.builder(
                TestDatabases.beforeEachWrite(
                    TestDatabases.dataSource(args[0]), () -> out.println("write " + current[0])))
            .dialect(io.github.bsa.jdbc.Dialect.fromUrl(args[0]))
            .build();
    TenantId tenant = TenantId.of(args[1]);
    for (int i = 0; i < 10_000; i++) {
      current[0] = i;
      out.println("begin " + i);
      var unused =
          store.save(
              tenant,
              Samples.file(
                  "progress-" + i, i * ImportWorker.PER_FILE, (i + 1) * ImportWorker.PER_FILE));
      out.println("saved " + i);
    }
  }
}
