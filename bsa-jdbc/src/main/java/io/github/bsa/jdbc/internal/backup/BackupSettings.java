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
 */
record BackupSettings(
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
