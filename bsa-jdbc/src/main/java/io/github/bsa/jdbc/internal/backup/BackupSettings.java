package io.github.bsa.jdbc.internal.backup;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupKey;
import io.github.bsa.jdbc.backup.BackupListener;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.ScratchDatabase;
import java.time.Clock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * What every backup operation shares, as a {@link io.github.bsa.jdbc.backup.Backups} builder gave
 * it. Immutable.
 *
 * @param dataSource the database backed up and restored into
 * @param dialect its dialect
 * @param target where backups are stored
 * @param key the encryption key
 * @param clock the clock naming backups and judging retention
 * @param batchSize rows per batch, read and written
 * @param listener told of each part written and table restored
 * @param scratch the scratch databases of verification
 * @param migrate whether a restore first migrates the target schema
 * @param jdbcUrl the database's URL when known (for {@code pg_dump})
 * @param pgDump whether a full PostgreSQL backup also holds a {@code pg_dump} archive
 */
public record BackupSettings(
    DataSource dataSource,
    Dialect dialect,
    BackupTarget target,
    BackupKey key,
    Clock clock,
    int batchSize,
    BackupListener listener,
    ScratchDatabase.Factory scratch,
    boolean migrate,
    @Nullable String jdbcUrl,
    boolean pgDump) {

  /** The logger every backup operation writes to: the public facade's, which hosts configure. */
  static final String LOGGER = "io.github.bsa.jdbc.backup.Backups";
}
