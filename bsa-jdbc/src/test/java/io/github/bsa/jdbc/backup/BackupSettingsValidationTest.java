package io.github.bsa.jdbc.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup builders' settings, checked by Bean Validation, name the field (issue #13). */
class BackupSettingsValidationTest {
  @TempDir Path dir;

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("bsa.db");
  }

  @Test
  void backups_missingTargetAndKey_andBatchSize_areNamed() {
    BsaException e =
        catchThrowableOfType(BsaException.class, () -> Backups.builder(url()).batchSize(0).build());
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage())
        .isEqualTo(
            "Backup settings is invalid: batchSize must be greater than or equal to 1; key must"
                + " be set; target must be set");
    e =
        catchThrowableOfType(
            BsaException.class,
            () -> Backups.builder(url()).target(BackupTarget.folder(dir.resolve("b"))).build());
    assertThat(e.getMessage()).isEqualTo("Backup settings is invalid: key must be set");
  }

  @Test
  void scheduler_intervalAndInitialDelay_areNamed() {
    Backups backups =
        Backups.builder(url())
            .target(BackupTarget.folder(dir.resolve("b")))
            .key(BackupKey.generate())
            .build();
    BsaException e =
        catchThrowableOfType(
            BsaException.class,
            () -> BackupScheduler.builder(backups).interval(Duration.ZERO).build());
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage())
        .isEqualTo("Backup schedule settings is invalid: interval must be positive");
    e =
        catchThrowableOfType(
            BsaException.class,
            () ->
                BackupScheduler.builder(backups)
                    .interval(Duration.ofSeconds(-1))
                    .initialDelay(Duration.ofMillis(-1))
                    .build());
    assertThat(e.getMessage())
        .isEqualTo(
            "Backup schedule settings is invalid: initialDelay must not be negative; interval must"
                + " be positive");
    assertThat(BackupScheduler.builder(backups).interval(Duration.ofMinutes(5)).build())
        .isNotNull();
  }
}
