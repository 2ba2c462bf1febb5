package io.github.bsa.jdbc.internal.backup;

import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.jdbc.backup.RestoreOptions;
import io.github.bsa.jdbc.backup.RestoreReport;
import io.github.bsa.jdbc.backup.RetentionPolicy;
import io.github.bsa.jdbc.backup.StoredBackup;
import io.github.bsa.jdbc.backup.VerifyReport;
import io.github.bsa.storage.TenantId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The work behind {@link io.github.bsa.jdbc.backup.Backups}, one type per operation: {@link
 * BackupCreation} (one snapshot, a part per table, then the manifest), {@link BackupListing},
 * {@link BackupVerification} (checksums, then a trial restore compared with the manifest), {@link
 * BackupRestore} (one transaction) and {@link BackupPruning}; {@link BackupParts} is the part
 * pipeline (checksum, decrypt, decompress, row codec) they share. The format is described in
 * docs/adr/0041. Thread-safe.
 */
public final class Engine {
  /** The part holding a {@code pg_dump -Fc} archive of a PostgreSQL database, when made. */
  public static final String PG_DUMP_PART = BackupParts.PG_DUMP_PART;

  private final BackupParts parts;
  private final BackupCreation creation;
  private final BackupListing listing;
  private final BackupVerification verification;
  private final BackupRestore restore;
  private final BackupPruning pruning;

  /**
   * Creates the operations over one set of settings.
   *
   * @param settings the settings every operation shares
   */
  public Engine(BackupSettings settings) {
    this.parts = new BackupParts(settings);
    this.creation = new BackupCreation(settings);
    this.listing = new BackupListing(settings, parts);
    this.verification = new BackupVerification(settings, parts);
    this.restore = new BackupRestore(settings, parts, creation);
    this.pruning = new BackupPruning(settings, listing);
  }

  /** Creates a backup of all tenants (null) or one. */
  public StoredBackup create(@Nullable TenantId tenant, BackupManifest.Kind kind) {
    return creation.create(tenant, kind);
  }

  public void exportPart(String name, String part, Path out) {
    parts.exportPart(name, part, out);
  }

  public List<StoredBackup> list() {
    return listing.list();
  }

  public StoredBackup get(String name) {
    return listing.get(name);
  }

  public Optional<Instant> lastVerified() {
    return listing.lastVerified();
  }

  public VerifyReport verify(String name) {
    return verification.verify(name);
  }

  public RestoreReport restore(String name, RestoreOptions options) {
    return restore.restore(name, options);
  }

  public List<String> prune(RetentionPolicy policy) {
    return pruning.prune(policy);
  }

  public List<String> pruneCandidates(RetentionPolicy policy) {
    return pruning.pruneCandidates(policy);
  }
}
