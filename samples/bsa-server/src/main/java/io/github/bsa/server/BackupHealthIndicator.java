package io.github.bsa.server;

import io.github.bsa.storage.health.HealthComponent;
import io.github.bsa.storage.health.HealthStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code backup} part of {@code /health} (not of readiness): UP while the last verified backup
 * is younger than {@code bsa.backup.max-age}, {@code DEGRADED} otherwise or when none is verified.
 */
@Component("backup")
@ConditionalOnProperty(prefix = "bsa.backup", name = "folder")
public class BackupHealthIndicator implements HealthIndicator {
  private final BsaBackups backups;

  BackupHealthIndicator(BsaBackups backups) {
    this.backups = backups;
  }

  @Override
  public Health health() {
    HealthComponent c = backups.health();
    Health.Builder b =
        switch (c.status()) {
          case UP -> Health.up();
          case DOWN -> Health.down();
          case DEGRADED -> Health.status(HealthStatus.DEGRADED.name());
        };
    b.withDetail("reason", c.reason());
    c.details().forEach(b::withDetail);
    return b.build();
  }
}
