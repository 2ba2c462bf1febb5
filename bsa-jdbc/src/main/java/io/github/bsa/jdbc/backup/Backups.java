package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupException.Problem;
import io.github.bsa.jdbc.internal.DriverManagerDataSource;
import io.github.bsa.jdbc.internal.Masking;
import io.github.bsa.jdbc.internal.SchemaMigrator;
import io.github.bsa.jdbc.internal.backup.Encryption;
import io.github.bsa.jdbc.internal.backup.ManifestJson;
import io.github.bsa.jdbc.internal.backup.PgDump;
import io.github.bsa.jdbc.internal.backup.Rows;
import io.github.bsa.jdbc.internal.backup.Tables;
import io.github.bsa.storage.StorageException;
import io.github.bsa.storage.TenantId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
  private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final String VERIFIED = "verified.json";
  private static final String PART_SUFFIX = ".rows.gz.aes";

  /** The part holding a {@code pg_dump -Fc} archive of a PostgreSQL database, when made. */
  public static final String PG_DUMP_PART = "pg_dump.fc.aes";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final BackupTarget target;
  private final BackupKey key;
  private final Clock clock;
  private final int batchSize;
  private final BackupListener listener;
  private final ScratchDatabase.Factory scratch;
  private final boolean migrate;
  private final String description;
  private final @Nullable String jdbcUrl;
  private final boolean pgDump;

  private Backups(Builder b, BackupTarget target, BackupKey key) {
    this.dataSource = b.dataSource;
    this.dialect = b.dialect;
    this.target = target;
    this.key = key;
    this.clock = b.clock;
    this.batchSize = b.batchSize;
    this.listener = b.listener;
    this.scratch = b.scratch;
    this.migrate = b.migrate;
    this.description = b.description;
    this.jdbcUrl = b.jdbcUrl;
    this.pgDump = b.pgDump;
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

  // ---------------------------------------------------------------- create

  /**
   * Backs up every tenant's data.
   *
   * @return the committed backup
   * @throws BackupException if it cannot be made; nothing is then listed
   */
  @CanIgnoreReturnValue
  public StoredBackup create() {
    return create(null, BackupManifest.Kind.REGULAR);
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
    return create(requireNonNull(tenant, "tenant"), BackupManifest.Kind.REGULAR);
  }

  private StoredBackup create(@Nullable TenantId tenant, BackupManifest.Kind kind) {
    long started = System.nanoTime();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    byte[] r = new byte[3];
    new SecureRandom().nextBytes(r);
    String name =
        "bsa-"
            + STAMP.format(now)
            + (tenant == null ? "" : "-" + tenant.value())
            + (kind == BackupManifest.Kind.SAFETY ? "-safety" : "")
            + "-"
            + HexFormat.of().formatHex(r);
    Path work = null;
    String part = null;
    try {
      work = Files.createTempDirectory("bsa-backup-");
      List<BackupManifest.Table> tables = new ArrayList<>();
      List<BackupManifest.Part> parts = new ArrayList<>();
      int schemaVersion;
      try (Connection c = dataSource.getConnection()) {
        Tables.beginSnapshot(c, dialect);
        try {
          schemaVersion = Tables.schemaVersion(c); // the first read fixes the SQLite snapshot
          for (String table : Tables.list(c)) {
            part = table + PART_SUFFIX;
            List<String> columns = Tables.columns(c, table);
            Path file = work.resolve(part);
            MessageDigest sha = sha256();
            Rows.Digest digest;
            try (DataOutputStream out =
                new DataOutputStream(
                    new BufferedOutputStream(
                        new GZIPOutputStream(
                            Encryption.encrypt(
                                new DigestOutputStream(
                                    new BufferedOutputStream(Files.newOutputStream(file)), sha),
                                key.secretKey(),
                                part),
                            64 * 1024)))) {
              Rows.Writer w = new Rows.Writer(out, table, columns);
              Tables.dump(c, table, columns, tenant == null ? null : tenant.value(), w, batchSize);
              digest = w.finish();
            }
            parts.add(new BackupManifest.Part(part, Files.size(file), Rows.hex(sha)));
            tables.add(new BackupManifest.Table(table, part, digest.rows(), digest.checksum()));
            target.put(name, part, file);
            Files.delete(file);
            notify(() -> listener.partWritten(name, partNameOf(table), digest.rows()));
          }
          String url = jdbcUrl;
          Optional<Path> bin = PgDump.find("pg_dump");
          if (dialect == Dialect.POSTGRESQL
              && pgDump
              && tenant == null
              && url != null
              && bin.isPresent()) {
            part = PG_DUMP_PART;
            parts.add(nativeDump(c, bin.get(), url, name, work));
          }
        } finally {
          c.rollback(); // read-only: nothing to keep
        }
      }
      part = BackupTarget.MANIFEST;
      BackupManifest m =
          new BackupManifest(
              1,
              name,
              now,
              dialect,
              schemaVersion,
              Optional.ofNullable(tenant),
              kind,
              key.id(),
              tables,
              parts);
      target.commit(name, ManifestJson.write(m));
      LOG.info(
          "Created backup {} ({} table(s), {} row(s), {} bytes) in {} ms",
          name,
          tables.size(),
          m.totalRows(),
          m.totalSize(),
          (System.nanoTime() - started) / 1_000_000);
      return new StoredBackup(name, m, Optional.empty());
    } catch (IOException | SQLException | RuntimeException e) {
      try {
        target.delete(name);
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      if (e instanceof BackupException be) {
        throw be;
      }
      throw new BackupException(Problem.IO, part, "Creating the backup failed", e);
    } finally {
      if (work != null) {
        deleteQuietly(work);
      }
    }
  }

  private BackupManifest.Part nativeDump(Connection c, Path bin, String url, String name, Path work)
      throws SQLException, IOException {
    String snapshot;
    try (java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT pg_export_snapshot()")) {
      rs.next();
      snapshot = rs.getString(1);
    }
    Path file = work.resolve(PG_DUMP_PART);
    MessageDigest sha = sha256();
    try (OutputStream out =
        Encryption.encrypt(
            new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha),
            key.secretKey(),
            PG_DUMP_PART)) {
      PgDump.dump(bin, url, snapshot, out);
    }
    BackupManifest.Part p = new BackupManifest.Part(PG_DUMP_PART, Files.size(file), Rows.hex(sha));
    target.put(name, PG_DUMP_PART, file);
    Files.delete(file);
    notify(() -> listener.partWritten(name, PG_DUMP_PART, 0));
    return p;
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
    requireNonNull(out, "out");
    BackupManifest m = manifest(name);
    checkKey(m);
    BackupManifest.Part p =
        m.parts().stream()
            .filter(x -> x.name().equals(part))
            .findFirst()
            .orElseThrow(
                () ->
                    new BackupException(
                        Problem.MISSING_PART, part, "The backup has no such part", null));
    MessageDigest sha = sha256();
    try (InputStream raw = new DigestInputStream(target.open(name, part), sha)) {
      try {
        // Not closed here: closing would close raw, which is drained below for the checksum.
        InputStream plain = Encryption.decrypt(new BufferedInputStream(raw), key.secretKey(), part);
        Files.copy(plain, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        raw.transferTo(OutputStream.nullOutputStream());
        if (!Rows.hex(sha).equals(p.sha256())) {
          throw new BackupException(
              Problem.CHECKSUM_MISMATCH, part, "The part does not match its checksum", e);
        }
        throw partFailure(part, e);
      }
      raw.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw partFailure(part, e);
    }
    if (!Rows.hex(sha).equals(p.sha256())) {
      try {
        Files.deleteIfExists(out);
      } catch (IOException e) {
        LOG.debug("Could not delete a damaged export");
      }
      throw new BackupException(
          Problem.CHECKSUM_MISMATCH, part, "The part does not match its checksum", null);
    }
  }

  private static String partNameOf(String table) {
    return table + PART_SUFFIX;
  }

  // ---------------------------------------------------------------- list

  /**
   * Lists the committed backups on the target, newest first. A backup whose manifest cannot be read
   * is skipped (and logged).
   *
   * @return the backups
   * @throws BackupException if the target cannot be listed
   */
  public List<StoredBackup> list() {
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

  /**
   * Returns one committed backup.
   *
   * @param name its name
   * @return the backup
   * @throws BackupException with {@link Problem#NOT_FOUND} if there is none, {@link
   *     Problem#MISSING_PART} if its manifest is unreadable
   */
  public StoredBackup get(String name) {
    requireNonNull(name, "name");
    BackupManifest m = manifest(name);
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

  private BackupManifest manifest(String name) {
    try (InputStream in = target.open(name, BackupTarget.MANIFEST)) {
      BackupManifest m = ManifestJson.read(in.readAllBytes());
      if (!m.name().equals(name)) {
        throw new IOException("the manifest names another backup");
      }
      return m;
    } catch (NoSuchFileException e) {
      throw new BackupException(Problem.NOT_FOUND, null, "No such backup: " + name, e);
    } catch (IOException e) {
      throw new BackupException(
          Problem.MISSING_PART, BackupTarget.MANIFEST, "The manifest cannot be read", e);
    }
  }

  /**
   * Returns when the snapshot of the newest verified backup was taken: the age of the data a
   * restore would bring back now (the achieved recovery point).
   *
   * @return the time, or empty if no backup is verified
   * @throws BackupException if the target cannot be listed
   */
  public Optional<Instant> lastVerified() {
    return list().stream()
        .filter(StoredBackup::isVerified)
        .map(StoredBackup::createdAt)
        .findFirst();
  }

  // ---------------------------------------------------------------- verify

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
    long started = System.nanoTime();
    BackupManifest m = manifest(name);
    checkKey(m);
    for (BackupManifest.Part p : m.parts()) {
      try (InputStream in = target.open(name, p.name())) {
        MessageDigest sha = sha256();
        long size = new DigestInputStream(in, sha).transferTo(OutputStream.nullOutputStream());
        if (size != p.size() || !Rows.hex(sha).equals(p.sha256())) {
          throw new BackupException(
              Problem.CHECKSUM_MISMATCH,
              p.name(),
              "The part does not match its checksum: it was damaged or changed",
              null);
        }
      } catch (NoSuchFileException e) {
        throw new BackupException(Problem.MISSING_PART, p.name(), "A part is missing", e);
      } catch (IOException e) {
        throw new BackupException(Problem.IO, p.name(), "Reading a part failed", e);
      }
    }
    Optional<Path> pgRestore = PgDump.find("pg_restore");
    if (pgRestore.isPresent() && m.parts().stream().anyMatch(p -> p.name().equals(PG_DUMP_PART))) {
      Path tmp = null;
      try {
        tmp = Files.createTempFile("bsa-verify-", ".fc");
        exportPart(name, PG_DUMP_PART, tmp);
        PgDump.check(pgRestore.get(), tmp);
      } catch (IOException e) {
        throw new BackupException(
            Problem.CONTENT_MISMATCH, PG_DUMP_PART, "pg_restore cannot read the dump", e);
      } finally {
        if (tmp != null) {
          try {
            Files.deleteIfExists(tmp);
          } catch (IOException e) {
            LOG.debug("Left a temporary file behind");
          }
        }
      }
    }
    long rows = 0;
    Dialect scratchDialect;
    try (ScratchDatabase db = scratch.create()) {
      scratchDialect = db.dialect();
      try {
        var unused = SchemaMigrator.migrate(db.dataSource(), db.dialect());
      } catch (StorageException e) {
        throw new BackupException(Problem.IO, null, "Preparing the scratch database failed", e);
      }
      try (Connection c = db.dataSource().getConnection()) {
        Tables.beginWrite(c, db.dialect());
        for (BackupManifest.Table t : m.tables()) {
          rows += load(c, name, m, t, null).rowsInserted();
        }
        c.commit();
        Tables.beginSnapshot(c, db.dialect());
        for (BackupManifest.Table t : m.tables()) {
          List<String> columns = columnsOf(name, t);
          Rows.Digest d = Tables.digest(c, t.name(), columns, null);
          if (d.rows() != t.rows() || !d.checksum().equals(t.contentSha256())) {
            throw new BackupException(
                Problem.CONTENT_MISMATCH,
                t.part(),
                "The trial restore of table "
                    + t.name()
                    + " gave "
                    + d.rows()
                    + " row(s) and another content checksum than the manifest ("
                    + t.rows()
                    + " row(s))",
                null);
          }
        }
        c.rollback();
      } catch (SQLException e) {
        throw new BackupException(Problem.IO, null, "The trial restore failed", e);
      }
    }
    Instant at = clock.instant();
    try {
      Path f = Files.createTempFile("bsa-verified-", ".json");
      try {
        Files.writeString(
            f,
            "{\"verifiedAt\": \"" + at + "\", \"scratch\": \"" + scratchDialect.id() + "\"}\n",
            StandardCharsets.UTF_8);
        target.put(name, VERIFIED, f);
      } finally {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new BackupException(Problem.IO, VERIFIED, "Recording the verification failed", e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LOG.info("Verified backup {} ({} row(s)) in {} ms", name, rows, took.toMillis());
    return new VerifyReport(name, at, m.parts().size(), rows, scratchDialect, took);
  }

  private void checkKey(BackupManifest m) {
    if (!m.keyId().equals(key.id())) {
      String first = m.parts().isEmpty() ? BackupTarget.MANIFEST : m.parts().get(0).name();
      throw new BackupException(
          Problem.WRONG_KEY,
          first,
          "The backup is encrypted under key id "
              + m.keyId()
              + " but the key given has id "
              + key.id()
              + "; supply the key with that id",
          null);
    }
  }

  private List<String> columnsOf(String name, BackupManifest.Table t) {
    try (InputStream raw = target.open(name, t.part());
        DataInputStream in = plain(raw, t.part())) {
      return new Rows.Reader(in).columns();
    } catch (IOException e) {
      throw partFailure(t.part(), e);
    }
  }

  private DataInputStream plain(InputStream raw, String part) throws IOException {
    return new DataInputStream(
        new BufferedInputStream(
            new GZIPInputStream(
                Encryption.decrypt(new BufferedInputStream(raw), key.secretKey(), part),
                64 * 1024)));
  }

  private static BackupException partFailure(String part, IOException e) {
    if (e instanceof Encryption.TagMismatchException) {
      return new BackupException(
          Problem.DECRYPTION_FAILED,
          part,
          "The part fails authenticated decryption: wrong key or changed bytes",
          e);
    }
    if (e instanceof NoSuchFileException) {
      return new BackupException(Problem.MISSING_PART, part, "A part is missing", e);
    }
    return new BackupException(Problem.IO, part, "Reading a part failed", e);
  }

  /**
   * Loads one table's part into a connection in a write transaction. Checks the part's SHA-256
   * after reading it whole, so a damaged part fails before the caller commits.
   */
  private RestoreReport.TableChange load(
      Connection c, String name, BackupManifest m, BackupManifest.Table t, @Nullable String tenant)
      throws SQLException {
    BackupManifest.Part p =
        m.parts().stream()
            .filter(x -> x.name().equals(t.part()))
            .findFirst()
            .orElseThrow(
                () ->
                    new BackupException(
                        Problem.MISSING_PART, t.part(), "The manifest lists no such part", null));
    MessageDigest sha = sha256();
    long inserted = 0;
    try (InputStream raw = new DigestInputStream(target.open(name, t.part()), sha)) {
      try {
        DataInputStream in = plain(raw, t.part());
        Rows.Reader reader = new Rows.Reader(in);
        if (!reader.table().equals(t.name())) {
          throw new IOException("the part holds another table");
        }
        List<String> columns = reader.columns();
        List<String> targetColumns = Tables.columns(c, t.name());
        if (!targetColumns.containsAll(columns)) {
          throw new BackupException(
              Problem.INCOMPATIBLE,
              t.part(),
              "The target's table " + t.name() + " lacks columns the backup has",
              null);
        }
        int[] types = Tables.types(c, t.name(), columns);
        int tenantIndex = columns.indexOf(Tables.TENANT);
        String sql =
            "INSERT INTO "
                + t.name()
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
                + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          int pending = 0;
          @Nullable Object[] row;
          while ((row = reader.next()) != null) {
            if (tenant != null && (tenantIndex < 0 || !tenant.equals(row[tenantIndex]))) {
              continue;
            }
            Rows.bind(ps, row, types);
            ps.addBatch();
            inserted++;
            if (++pending == batchSize) {
              ps.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            ps.executeBatch();
          }
        }
        raw.transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        raw.transferTo(OutputStream.nullOutputStream());
        if (!Rows.hex(sha).equals(p.sha256())) {
          throw new BackupException(
              Problem.CHECKSUM_MISMATCH,
              t.part(),
              "The part does not match its checksum: it was damaged or changed",
              e);
        }
        throw partFailure(t.part(), e);
      }
    } catch (IOException e) {
      throw partFailure(t.part(), e);
    }
    if (!Rows.hex(sha).equals(p.sha256())) {
      throw new BackupException(
          Problem.CHECKSUM_MISMATCH,
          t.part(),
          "The part does not match its checksum: it was damaged or changed",
          null);
    }
    if (tenant == null && inserted != t.rows()) {
      throw new BackupException(
          Problem.CONTENT_MISMATCH, t.part(), "The part holds another row count", null);
    }
    long n = inserted;
    notify(() -> listener.tableRestored(name, t.name(), n));
    return new RestoreReport.TableChange(t.name(), 0, 0, inserted);
  }

  // ---------------------------------------------------------------- restore

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
    requireNonNull(options, "options");
    BackupManifest m = manifest(name);
    checkKey(m);
    @Nullable String tenant =
        options.tenant().map(TenantId::value).orElse(m.tenant().map(TenantId::value).orElse(null));
    if (m.tenant().isPresent() && !m.tenant().get().value().equals(tenant)) {
      throw new BackupException(
          Problem.INCOMPATIBLE, null, "The backup holds another tenant's data only", null);
    }
    // A tenant restore from a full backup filters rows; a tenant backup holds only that tenant.
    @Nullable String filter = m.tenant().isPresent() ? null : tenant;
    try {
      if (migrate && !options.dryRun()) {
        var unused = SchemaMigrator.migrate(dataSource, dialect);
      }
    } catch (StorageException e) {
      throw new BackupException(
          Problem.INCOMPATIBLE, null, "The target schema cannot be migrated", e);
    }
    try (Connection c = dataSource.getConnection()) {
      Tables.beginWrite(c, dialect);
      try {
        int version = Tables.schemaVersion(c);
        if (m.schemaVersion() > version) {
          throw new BackupException(
              Problem.INCOMPATIBLE,
              BackupTarget.MANIFEST,
              "The backup has schema version "
                  + m.schemaVersion()
                  + ", newer than the database's "
                  + version
                  + "; upgrade bsa first",
              null);
        }
        List<String> present = Tables.list(c);
        long before = 0;
        List<Long> counts = new ArrayList<>();
        for (BackupManifest.Table t : m.tables()) {
          if (!present.contains(t.name())) {
            throw new BackupException(
                Problem.INCOMPATIBLE, t.part(), "The target has no table " + t.name(), null);
          }
          long n = Tables.count(c, t.name(), tenant);
          counts.add(n);
          before += n;
        }
        if (options.dryRun()) {
          List<RestoreReport.TableChange> changes = new ArrayList<>();
          for (int i = 0; i < m.tables().size(); i++) {
            BackupManifest.Table t = m.tables().get(i);
            long insert = filter == null ? t.rows() : countRows(name, t, filter);
            long existing = counts.get(i);
            changes.add(new RestoreReport.TableChange(t.name(), existing, existing, insert));
          }
          c.rollback();
          if (before > 0 && !options.replaceExisting()) {
            throw notEmpty();
          }
          return new RestoreReport(
              name, Optional.ofNullable(tenant).map(TenantId::of), true, changes, Optional.empty());
        }
        if (before > 0 && !options.replaceExisting()) {
          throw notEmpty();
        }
        c.rollback();
        Optional<String> safety = Optional.empty();
        if (before > 0) {
          safety =
              Optional.of(
                  create(tenant == null ? null : TenantId.of(tenant), BackupManifest.Kind.SAFETY)
                      .name());
          LOG.info("Took safety backup {} before restoring over existing data", safety.get());
        }
        Tables.beginWrite(c, dialect);
        List<RestoreReport.TableChange> changes = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        for (int i = m.tables().size() - 1; i >= 0; i--) {
          deleted.add(0, Tables.delete(c, m.tables().get(i).name(), tenant));
        }
        for (int i = 0; i < m.tables().size(); i++) {
          BackupManifest.Table t = m.tables().get(i);
          RestoreReport.TableChange loaded = load(c, name, m, t, filter);
          changes.add(
              new RestoreReport.TableChange(
                  t.name(), counts.get(i), deleted.get(i), loaded.rowsInserted()));
        }
        c.commit();
        RestoreReport report =
            new RestoreReport(
                name, Optional.ofNullable(tenant).map(TenantId::of), false, changes, safety);
        LOG.info(
            "Restored backup {}: {} row(s) deleted, {} inserted",
            name,
            report.rowsDeleted(),
            report.rowsInserted());
        return report;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new BackupException(Problem.IO, null, "The restore failed and was rolled back", e);
    }
  }

  private static BackupException notEmpty() {
    return new BackupException(
        Problem.TARGET_NOT_EMPTY,
        null,
        "The database holds data in the restore's scope; restore with replaceExisting (a safety"
            + " backup is taken first) or into an empty database",
        null);
  }

  private long countRows(String name, BackupManifest.Table t, String tenant) {
    try (InputStream raw = target.open(name, t.part());
        DataInputStream in = plain(raw, t.part())) {
      Rows.Reader reader = new Rows.Reader(in);
      int idx = reader.columns().indexOf(Tables.TENANT);
      long n = 0;
      @Nullable Object[] row;
      while ((row = reader.next()) != null) {
        if (idx >= 0 && tenant.equals(row[idx])) {
          n++;
        }
      }
      return n;
    } catch (IOException e) {
      throw partFailure(t.part(), e);
    }
  }

  // ---------------------------------------------------------------- prune

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
    requireNonNull(policy, "policy");
    List<StoredBackup> all = list();
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

  /**
   * Returns the names that {@link #prune} would delete now, deleting nothing.
   *
   * @param policy the policy
   * @return the names
   */
  public List<String> pruneCandidates(RetentionPolicy policy) {
    requireNonNull(policy, "policy");
    List<StoredBackup> all = list();
    Set<String> keep = policy.keep(all, clock.instant());
    return all.stream().map(StoredBackup::name).filter(n -> !keep.contains(n)).toList();
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

  private void notify(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("A backup listener threw {}; ignored", e.getClass().getSimpleName());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      LOG.debug("Left a temporary backup folder behind");
    }
  }

  /** Builds {@link Backups}. Not thread-safe. */
  public static final class Builder {
    /** The default number of rows fetched and inserted per batch. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final DataSource dataSource;
    private final Dialect dialect;
    private @Nullable BackupTarget target;
    private @Nullable BackupKey key;
    private Clock clock = Clock.systemUTC();
    private int batchSize = DEFAULT_BATCH_SIZE;
    private BackupListener listener = BackupListener.none();
    private ScratchDatabase.Factory scratch = ScratchDatabase.sqliteFiles();
    private boolean migrate = true;
    private String description = "DataSource";
    private @Nullable String jdbcUrl;
    private boolean pgDump = true;

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
      if (value < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1");
      }
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
     * @throws IllegalStateException if the target or key is missing
     */
    public Backups build() {
      BackupTarget t = target;
      BackupKey k = key;
      if (t == null || k == null) {
        throw new IllegalStateException("target and key are required");
      }
      return new Backups(this, t, k);
    }
  }
}
