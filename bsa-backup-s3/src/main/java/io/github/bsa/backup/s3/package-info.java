/**
 * A {@link io.github.bsa.jdbc.backup.BackupTarget} in an S3-compatible bucket: {@link
 * io.github.bsa.backup.s3.S3BackupTarget}. See {@code docs/disaster-recovery.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.backup.s3;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
