package io.github.bsa.jdbc.internal.backup;

import static io.github.bsa.jdbc.internal.backup.BackupParts.VERIFIED;
import static java.util.Objects.requireNonNull;

import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupException.Problem;
import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.StoredBackup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listing backups: every committed backup of the target, newest first, with its verification record
 * when there is one. Thread-safe.
 */
final class BackupListing {
  private static final Logger LOG = LoggerFactory.getLogger(BackupSettings.LOGGER);

  private final BackupTarget target;
  private final BackupParts parts;

  BackupListing(BackupSettings settings, BackupParts parts) {
    this.target = settings.target();
    this.parts = parts;
  }

  List<StoredBackup> list() {
    List<String> names;
    try {
      names = target.list();
    } catch (IOException e) {
      throw new BackupException(Problem.IO, null, "Listing backups failed", e);
    }
    List<StoredBackup> out = new ArrayList<>();
    for (String n : names) {
      try {
        out.add(get(n));
      } catch (BackupException e) {
        LOG.warn("Skipped backup {}: {}", n, e.getMessage());
      }
    }
    out.sort(Comparator.comparing(StoredBackup::createdAt).reversed());
    return out;
  }

  StoredBackup get(String name) {
    requireNonNull(name, "name");
    BackupManifest m = parts.manifest(name);
    Optional<Instant> verifiedAt = Optional.empty();
    try (InputStream in = target.open(name, VERIFIED)) {
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      verifiedAt =
          Optional.of(Instant.parse(s.replaceAll(".*\"verifiedAt\"\\s*:\\s*\"([^\"]+)\".*", "$1")));
    } catch (NoSuchFileException e) {
      // not verified yet
    } catch (IOException | RuntimeException e) {
      LOG.warn("Ignored an unreadable verification record of backup {}", name);
    }
    return new StoredBackup(name, m, verifiedAt);
  }

  Optional<Instant> lastVerified() {
    return list().stream()
        .filter(StoredBackup::isVerified)
        .map(StoredBackup::createdAt)
        .findFirst();
  }
}
