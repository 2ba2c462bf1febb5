package io.github.bsa.server;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Scheduled backups ({@code bsa.backup.*}): off unless {@code folder} is set. Each run creates,
 * verifies and reports a backup; {@code /health}'s {@code backup} component turns DEGRADED when the
 * last verified backup is older than {@code max-age}.
 *
 * @param folder the backup folder, or null for no backups
 * @param keyFile the AES-256 key file ({@code bsa backup keygen}); required with a folder
 * @param interval the time between runs
 * @param initialDelay the delay before the first run after start-up
 * @param maxAge the oldest acceptable verified backup
 */
@Validated
@ConfigurationProperties("bsa.backup")
public record BackupProperties(
    @Nullable String folder,
    @Nullable String keyFile,
    @DefaultValue("PT24H") @NotNull Duration interval,
    @DefaultValue("PT1M") @NotNull Duration initialDelay,
    @DefaultValue("PT26H") @NotNull Duration maxAge) {}
