package io.github.bsa.jdbc;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.storage.TenantId;
import java.nio.file.Path;

/**
 * Runs in a fresh JVM for {@link PrivateLogsTest}: parses, analyses and stores every file named on
 * the command line with SLF4J at TRACE, printing every exception message (with its causes) so the
 * test can search logs and messages together. Usage: {@code PrivateLogsRun DB_FILE FILE...}.
 */
final class PrivateLogsRun {
  private PrivateLogsRun() {}

  public static void main(String[] args) {
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
    try (JdbcStatementStore store = JdbcStatementStore.open("jdbc:sqlite:" + args[0])) {
      TenantId tenant = TenantId.of("private-logs");
      for (int i = 1; i < args.length; i++) {
        try {
          ParseResult result = analyzer.parse(Path.of(args[i]));
          var report = analyzer.analyze(result.statements());
          System.out.println("OK " + i + " " + report.getClass().getSimpleName());
          var unused = store.save(tenant, result);
        } catch (RuntimeException | StackOverflowError e) {
          for (Throwable t = e; t != null; t = t.getCause()) {
            System.out.println("EXC " + t.getClass().getName() + ": " + t.getMessage());
            for (Throwable s : t.getSuppressed()) {
              System.out.println(
                  "EXC suppressed " + s.getClass().getName() + ": " + s.getMessage());
            }
          }
        }
      }
    }
    System.out.println("DONE");
  }
}
