/**
 * Backups and disaster recovery for the JDBC store: portable, compressed, AES-GCM encrypted backups
 * of PostgreSQL and SQLite, verified by a trial restore, kept on a {@link
 * io.github.bsa.jdbc.backup.BackupTarget} (a local folder here, S3 in the optional {@code
 * bsa-backup-s3} module), restored in one call, pruned by a {@link
 * io.github.bsa.jdbc.backup.RetentionPolicy} and run on a schedule by {@link
 * io.github.bsa.jdbc.backup.BackupScheduler}. The entry point is {@link
 * io.github.bsa.jdbc.backup.Backups}; the runbook is {@code docs/disaster-recovery.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.jdbc.backup;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
