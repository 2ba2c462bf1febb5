package io.github.bsa.cli;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.JdbcDatabase;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.jdbc.backup.BackupScheduler;
import io.github.bsa.jdbc.backup.Backups;
import io.github.bsa.jdbc.jobs.JdbcJobStore;
import io.github.bsa.storage.StorageException;
import io.github.bsa.storage.health.HealthCheck;
import io.github.bsa.storage.health.HealthComponent;
import io.github.bsa.storage.health.HealthReport;
import io.github.bsa.storage.health.HealthStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bsa health}: checks the database, the job queue, the parsers and (with {@code --backups})
 * the age of the last verified backup, read by a {@link BackupScheduler}; exit 1 when DOWN.
 */
@Command(
    name = "health",
    mixinStandardHelpOptions = true,
    description =
        "Check the database (reachable, latency, schema version), the job queue and the available"
            + " formats, and with --backups the age of the last verified backup. Exit code 0 when"
            + " UP or DEGRADED, 1 when DOWN.")
final class HealthCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Database URL (jdbc:sqlite:PATH or jdbc:postgresql://...). Default: $BSA_DB, else"
              + " jdbc:sqlite:~/.bsa/bsa.db.")
  @Nullable String db;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = "--backups",
      paramLabel = "DIR_OR_S3_URL",
      description =
          "Where backups are kept (as for 'bsa backup --to'); checks the age of the last verified"
              + " one. Default: $BSA_BACKUP_TO; without either, no backup check.")
  @Nullable String backups;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "The backup key (not needed to read ages). Default: $BSA_BACKUP_KEY_FILE.")
  @Nullable Path keyFile;

  @Option(
      names = "--max-backup-age",
      paramLabel = "DURATION",
      description = "Oldest acceptable verified backup, ISO-8601 (default PT26H).")
  Duration maxBackupAge = Duration.ofHours(26);

  private @Nullable String backupLocation() {
    String t = backups != null && !backups.isBlank() ? backups : System.getenv("BSA_BACKUP_TO");
    return t == null || t.isBlank() ? null : t;
  }

  @Override
  public Integer call() {
    StoreOptions options = new StoreOptions();
    options.db = db;
    String url = options.url();
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
    HealthReport report;
    try {
      DataSource ds = JdbcDatabase.dataSource(url);
      JdbcStatementStore store =
          JdbcStatementStore.builder(ds).dialect(Dialect.fromUrl(url)).migrate(false).build();
      HealthCheck.Builder check =
          HealthCheck.builder().store(store).jobs(JdbcJobStore.create(ds)).analyzer(analyzer);
      String location = backupLocation();
      if (location != null) {
        BackupScheduler scheduler =
            BackupScheduler.builder(
                    Backups.builder(url)
                        .target(BackupCommand.Common.target(location))
                        .key(BackupCommand.Common.key(keyFile, false))
                        .build())
                .build(); // not started: it only reads the last verified backup
        check.backup(scheduler::lastVerifiedBackup, maxBackupAge);
      }
      report = check.build().check();
    } catch (StorageException e) {
      // The store could not even be opened: report storage DOWN with the formats still checked.
      List<HealthComponent> components = new ArrayList<>();
      components.add(
          new HealthComponent(
              "storage",
              HealthStatus.DOWN,
              String.valueOf(e.getMessage()),
              Map.of("errorCode", e.errorCode().name())));
      components.addAll(HealthCheck.builder().analyzer(analyzer).build().check().components());
      report = new HealthReport(HealthCheck.bsaVersion(), Instant.now(), components);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson());
    } else {
      out.printf("bsa %s: %s%n", report.version(), report.status());
      for (HealthComponent c : report.components()) {
        out.printf("  %-8s %-8s %s%n", c.name(), c.status(), c.reason());
        c.details().forEach((k, v) -> out.printf("           %s = %s%n", k, v));
      }
    }
    out.flush();
    return report.status() == HealthStatus.DOWN ? 1 : 0;
  }
}
