package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.core.event.BsaEventListener;
import io.github.bsa.core.internal.config.ConfigValidation;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.internal.DriverManagerDataSource;
import io.github.bsa.jdbc.internal.Masking;
import io.github.bsa.jdbc.internal.backup.BackupSettings;
import io.github.bsa.jdbc.internal.backup.Engine;
import io.github.bsa.storage.TenantId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Backups of a bsa database (PostgreSQL or SQLite) to a {@link BackupTarget}: create, list, verify,
 * restore and prune. A backup is portable: each bsa table is streamed in batches, from one
 * consistent snapshot taken while writers continue, into a gzip-compressed, AES-256-GCM encrypted
 * part; a {@link BackupManifest} written last makes it visible. It restores into either dialect, so
 * an installation can move from SQLite to PostgreSQL and back. Failures throw a {@link
 * BackupException} naming the part concerned. Thread-safe; runs of create and restore on one
 * database are best not overlapped.
 *
 * <pre>{@code
 * Backups backups = Backups.builder(dataSource, Dialect.POSTGRESQL)
 *     .target(BackupTarget.folder(Path.of("/var/backups/bsa")))
 *     .key(BackupKey.fromFile(Path.of("/etc/bsa/backup.key")))
 *     .build();
 * StoredBackup b = backups.create();
 * backups.verify(b.name());                                  // checksums + trial restore
 * backups.prune(RetentionPolicy.builder().last(7).days(30).build());
 * }</pre>
 *
 * <p>On PostgreSQL the backup and restore transactions set {@code bsa.all_tenants} so that the
 * row-level security policies admit every tenant's rows (schema migration 3, {@code
 * docs/adr/0040}); the role needs no {@code BYPASSRLS}.
 *
 * @since 0.2
 */
public final class Backups {
  /** The part holding a {@code pg_dump -Fc} archive of a PostgreSQL database, when made. */
  public static final String PG_DUMP_PART = Engine.PG_DUMP_PART;

  private final Engine engine;
  private final Dialect dialect;
  private final BackupTarget target;
  private final BackupKey key;
  private final Clock clock;
  private final String description;
  private final BsaEventListener events;

  private Backups(Builder b, BackupTarget target, BackupKey key) {
    this.engine =
        new Engine(
            new BackupSettings(
                b.dataSource,
                b.dialect,
                target,
                key,
                b.clock,
                b.batchSize,
                b.listener,
                b.scratch,
                b.migrate,
                b.jdbcUrl,
                b.pgDump));
    this.dialect = b.dialect;
    this.target = target;
    this.key = key;
    this.clock = b.clock;
    this.description = b.description;
    this.events = b.events;
  }

  /**
   * Returns a builder over a host's data source.
   *
   * @param dataSource the database backed up and restored into
   * @param dialect its dialect
   * @return the builder
   */
  public static Builder builder(DataSource dataSource, Dialect dialect) {
    return new Builder(
        requireNonNull(dataSource, "dataSource"), requireNonNull(dialect, "dialect"));
  }

  /**
   * Returns a builder over a JDBC URL, without a pool: for the CLI and small hosts.
   *
   * @param jdbcUrl a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL
   * @return the builder
   * @throws IllegalArgumentException if the URL is of another database
   */
  public static Builder builder(String jdbcUrl) {
    Dialect d = Dialect.fromUrl(jdbcUrl);
    Properties p = new Properties();
    if (d == Dialect.SQLITE) {
      p.setProperty("journal_mode", "WAL");
      p.setProperty("foreign_keys", "true");
      p.setProperty("busy_timeout", "30000");
    }
    Builder b = builder(new DriverManagerDataSource(jdbcUrl, p), d);
    b.jdbcUrl = jdbcUrl;
    return b.description(jdbcUrl);
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  public BackupTarget target() {
    return target;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Backs up every tenant's data.
   *
   * @return the committed backup
   * @throws BackupException if it cannot be made; nothing is then listed
   */
  @CanIgnoreReturnValue
  public StoredBackup create() {
    return reported(() -> engine.create(null, BackupManifest.Kind.REGULAR));
  }

  /**
   * Backs up one tenant's data.
   *
   * @param tenant the tenant
   * @return the committed backup
   * @throws BackupException if it cannot be made; nothing is then listed
   */
  @CanIgnoreReturnValue
  public StoredBackup create(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return reported(() -> engine.create(tenant, BackupManifest.Kind.REGULAR));
  }

  /** Creates without an event, for the scheduler, which reports the whole run. */
  StoredBackup createUnreported() {
    return engine.create(null, BackupManifest.Kind.REGULAR);
  }

  /**
   * Emits {@link BsaEvent.BackupFinished} (success or failure, duration, stored bytes; no personal
   * data) to the configured event listener.
   */
  void emit(boolean succeeded, Instant started, long bytes, @Nullable RuntimeException failure) {
    events.onEvent(
        new BsaEvent.BackupFinished(
            succeeded,
            Duration.between(started, clock.instant()),
            bytes,
            failure == null
                ? null
                : failure instanceof BsaException b
                    ? b.errorCode()
                    : io.github.bsa.core.ErrorCode.BACKUP_FAILED));
  }

  private StoredBackup reported(java.util.function.Supplier<StoredBackup> create) {
    Instant started = clock.instant();
    try {
      StoredBackup b = create.get();
      emit(true, started, b.manifest().totalSize(), null);
      return b;
    } catch (RuntimeException e) {
      emit(false, started, 0, e);
      throw e;
    }
  }

  /**
   * Decrypts one part of a backup into a file: for example {@link #PG_DUMP_PART}, to restore it
   * with {@code pg_restore}. The part's checksum is checked.
   *
   * @param name the backup
   * @param part the part name
   * @param out the file to write (replaced)
   * @throws BackupException naming the part if it is missing, damaged or under another key
   */
  public void exportPart(String name, String part, Path out) {
    engine.exportPart(requireNonNull(name, "name"), requireNonNull(part, "part"), out);
  }

  /**
   * Lists the committed backups on the target, newest first. A backup whose manifest cannot be read
   * is skipped (and logged).
   *
   * @return the backups
   * @throws BackupException if the target cannot be listed
   */
  public List<StoredBackup> list() {
    return engine.list();
  }

  /**
   * Returns one committed backup.
   *
   * @param name its name
   * @return the backup
   * @throws BackupException with {@link Problem#NOT_FOUND} if there is none, {@link
   *     Problem#MISSING_PART} if its manifest is unreadable
   */
  public StoredBackup get(String name) {
    return engine.get(requireNonNull(name, "name"));
  }

  /**
   * Returns when the snapshot of the newest verified backup was taken: the age of the data a
   * restore would bring back now (the achieved recovery point).
   *
   * @return the time, or empty if no backup is verified
   * @throws BackupException if the target cannot be listed
   */
  public Optional<Instant> lastVerified() {
    return engine.lastVerified();
  }

  /**
   * Verifies a backup: the SHA-256 of every part, then a trial restore into a scratch database
   * whose row counts and content checksums must equal the manifest's. On success the backup is
   * marked verified (a {@code verified.json} part).
   *
   * @param name the backup
   * @return the report
   * @throws BackupException naming the part on the first failure: {@link
   *     Problem#CHECKSUM_MISMATCH}, {@link Problem#WRONG_KEY}, {@link Problem#CONTENT_MISMATCH}...
   */
  public VerifyReport verify(String name) {
    return engine.verify(requireNonNull(name, "name"));
  }

  /**
   * Restores a backup into this database in one transaction: a restore that fails or is killed
   * midway leaves the database as it was. Into an empty scope it just loads; over existing data it
   * needs {@link RestoreOptions#replaceExisting()} and first takes a safety backup of that data on
   * the same target. The schema is migrated first when the builder allows it.
   *
   * @param name the backup
   * @param options the options
   * @return what changed, or would change for a dry run
   * @throws BackupException naming the part on failure, {@link Problem#TARGET_NOT_EMPTY} when data
   *     in scope exists and replacing it was not requested
   */
  @CanIgnoreReturnValue
  public RestoreReport restore(String name, RestoreOptions options) {
    return engine.restore(requireNonNull(name, "name"), requireNonNull(options, "options"));
  }

  /**
   * Deletes the backups a retention policy does not keep; the newest verified backup is always
   * kept.
   *
   * @param policy the policy
   * @return the names deleted
   * @throws BackupException if a backup cannot be deleted
   */
  @CanIgnoreReturnValue
  public List<String> prune(RetentionPolicy policy) {
    return engine.prune(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the names that {@link #prune} would delete now, deleting nothing.
   *
   * @param policy the policy
   * @return the names
   */
  public List<String> pruneCandidates(RetentionPolicy policy) {
    return engine.pruneCandidates(requireNonNull(policy, "policy"));
  }

  @Override
  public String toString() {
    return "Backups["
        + dialect.id()
        + " "
        + description
        + " -> "
        + target.describe()
        + ", key "
        + key.id()
        + "]";
  }

  /** Builds {@link Backups}. Not thread-safe. */
  public static final class Builder {
    /** The default number of rows fetched and inserted per batch. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final DataSource dataSource;
    private final Dialect dialect;
    // checked with Bean Validation in build() (ADR 0160)
    private @Nullable BackupTarget target;
    private @Nullable BackupKey key;
    private Clock clock = Clock.systemUTC();
    private @Min(1) int batchSize = DEFAULT_BATCH_SIZE;
    private BackupListener listener = BackupListener.none();
    private ScratchDatabase.Factory scratch = ScratchDatabase.sqliteFiles();
    private boolean migrate = true;
    private String description = "DataSource";
    private @Nullable String jdbcUrl;
    private boolean pgDump = true;
    private BsaEventListener events = BsaEventListener.NONE;

    private Builder(DataSource dataSource, Dialect dialect) {
      this.dataSource = dataSource;
      this.dialect = dialect;
    }

    /**
     * Sets where backups are kept (required).
     *
     * @param value the target
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder target(BackupTarget value) {
      this.target = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the encryption key (required).
     *
     * @param value the key
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder key(BackupKey value) {
      this.key = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the clock for backup times, verification times and retention (tests).
     *
     * @param value the clock
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clock(Clock value) {
      this.clock = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the rows fetched and inserted per batch.
     *
     * @param value at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder batchSize(int value) {
      this.batchSize = value;
      return this;
    }

    /**
     * Sets a listener for progress.
     *
     * @param value the listener
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder listener(BackupListener value) {
      this.listener = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the listener that receives a {@link BsaEvent.BackupFinished} for every {@link
     * Backups#create()} (and every {@link BackupScheduler} run); a listener that throws is logged
     * and ignored.
     *
     * @param value the listener
     * @return this builder
     * @since 0.2
     */
    @CanIgnoreReturnValue
    public Builder events(BsaEventListener value) {
      this.events = BsaEventListener.guarded(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets where verification's trial restore goes (default: temporary SQLite files).
     *
     * @param value the factory
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder scratch(ScratchDatabase.Factory value) {
      this.scratch = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets whether a restore first migrates this database to the newest schema (default true).
     *
     * @param value false when the host runs migrations itself
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder migrate(boolean value) {
      this.migrate = value;
      return this;
    }

    /**
     * Sets whether a full backup of PostgreSQL also holds a {@code pg_dump -Fc} archive of the same
     * snapshot (part {@link Backups#PG_DUMP_PART}) when {@code pg_dump} is installed and the
     * builder was made from a JDBC URL (default true). Verification then checks it with {@code
     * pg_restore --list}; restores use the portable parts.
     *
     * @param value false to skip the native dump
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder pgDump(boolean value) {
      this.pgDump = value;
      return this;
    }

    /**
     * Sets a description of the database for {@code toString} (a masked URL).
     *
     * @param jdbcUrl the URL, masked before use
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder description(String jdbcUrl) {
      this.description = Masking.maskUrl(requireNonNull(jdbcUrl, "jdbcUrl"));
      return this;
    }

    /**
     * Builds the backups.
     *
     * @return the backups
     * @throws io.github.bsa.core.BsaException with {@code INVALID_OPTION} naming each wrong setting
     *     (target or key missing, batchSize below 1)
     */
    public Backups build() {
      ConfigValidation.validate(this, "Backup settings");
      return new Backups(this, requireNonNull(target), requireNonNull(key));
    }

    @AssertTrue(message = "must be set")
    private boolean isTarget() { // property "target"; @NotNull would clash with @Nullable
      return target != null;
    }

    @AssertTrue(message = "must be set")
    private boolean isKey() { // property "key"
      return key != null;
    }
  }
}
