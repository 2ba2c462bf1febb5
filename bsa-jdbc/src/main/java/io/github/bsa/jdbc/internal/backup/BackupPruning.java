package io.github.bsa.jdbc.internal.backup;

import static java.util.Objects.requireNonNull;

import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupException.Problem;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.RetentionPolicy;
import io.github.bsa.jdbc.backup.StoredBackup;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pruning backups: deleting those a {@link RetentionPolicy} does not keep. Thread-safe. */
final class BackupPruning {
  private static final Logger LOG = LoggerFactory.getLogger(BackupSettings.LOGGER);

  private final BackupTarget target;
  private final Clock clock;
  private final BackupListing listing;

  BackupPruning(BackupSettings settings, BackupListing listing) {
    this.target = settings.target();
    this.clock = settings.clock();
    this.listing = listing;
  }

  List<String> prune(RetentionPolicy policy) {
    requireNonNull(policy, "policy");
    List<StoredBackup> all = listing.list();
    Set<String> keep = policy.keep(all, clock.instant());
    List<String> deleted = new ArrayList<>();
    for (StoredBackup b : all) {
      if (!keep.contains(b.name())) {
        try {
          target.delete(b.name());
        } catch (IOException e) {
          throw new BackupException(Problem.IO, null, "Deleting an old backup failed", e);
        }
        deleted.add(b.name());
      }
    }
    if (!deleted.isEmpty()) {
      LOG.info("Pruned {} backup(s), kept {}", deleted.size(), keep.size());
    }
    return deleted;
  }

  List<String> pruneCandidates(RetentionPolicy policy) {
    requireNonNull(policy, "policy");
    List<StoredBackup> all = listing.list();
    Set<String> keep = policy.keep(all, clock.instant());
    return all.stream().map(StoredBackup::name).filter(n -> !keep.contains(n)).toList();
  }
}
