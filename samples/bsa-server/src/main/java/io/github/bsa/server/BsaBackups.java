package io.github.bsa.server;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupKey;
import io.github.bsa.jdbc.backup.BackupRun;
import io.github.bsa.jdbc.backup.BackupScheduler;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.Backups;
import io.github.bsa.storage.health.HealthCheck;
import io.github.bsa.storage.health.HealthComponent;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The server's scheduled backups (when {@code bsa.backup.folder} is set): a {@link BackupScheduler}
 * on the server's database that creates and verifies a backup every interval, reports each run as a
 * {@link BsaEvent.BackupFinished} to the {@code bsa.backups} meter, and feeds the health report's
 * {@code backup} component. Thread-safe.
 */
@Component
@ConditionalOnProperty(prefix = "bsa.backup", name = "folder")
public class BsaBackups {
  private final BackupScheduler scheduler;
  private final HealthCheck health;

  /**
   * Starts the schedule.
   *
   * @param dataSource the server's data source
   * @param url its JDBC URL (for the dialect)
   * @param properties the backup settings
   * @param metrics the server's meters
   */
  public BsaBackups(
      DataSource dataSource,
      @Value("${spring.datasource.url}") String url,
      BackupProperties properties,
      ServerMetrics metrics) {
    String folder = requireNonNull(properties.folder(), "bsa.backup.folder");
    String keyFile = properties.keyFile();
    if (keyFile == null || keyFile.isBlank()) {
      throw new IllegalStateException("bsa.backup.key-file is required with bsa.backup.folder");
    }
    Backups backups =
        Backups.builder(dataSource, Dialect.fromUrl(url))
            .description(url)
            .target(BackupTarget.folder(Path.of(folder)))
            .key(BackupKey.fromFile(Path.of(keyFile)))
            .events(
                e -> {
                  if (e instanceof BsaEvent.BackupFinished f) {
                    metrics.backupFinished(f.succeeded(), f.bytes());
                  }
                })
            .build();
    this.scheduler =
        BackupScheduler.builder(backups)
            .interval(properties.interval())
            .initialDelay(properties.initialDelay())
            .build();
    this.health =
        HealthCheck.builder()
            .backup(scheduler::lastVerifiedBackup, properties.maxAge())
            .clock(backups.clock())
            .build();
    scheduler.start();
  }

  /** Runs a backup now (create and verify), on the calling thread. */
  BackupRun runNow() {
    return scheduler.runNow();
  }

  /** Returns the {@code backup} component: the age of the last verified backup. */
  HealthComponent health() {
    return health.check().component("backup").orElseThrow();
  }

  /** Stops the schedule; a run in progress finishes. */
  @PreDestroy
  void close() {
    scheduler.close();
  }
}
