package io.github.bsa.jdbc.internal.backup;

import static java.util.Objects.requireNonNull;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupException.Problem;
import io.github.bsa.jdbc.backup.BackupKey;
import io.github.bsa.jdbc.backup.BackupListener;
import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.RestoreOptions;
import io.github.bsa.jdbc.backup.RestoreReport;
import io.github.bsa.jdbc.backup.RetentionPolicy;
import io.github.bsa.jdbc.backup.ScratchDatabase;
import io.github.bsa.jdbc.backup.StoredBackup;
import io.github.bsa.jdbc.backup.VerifyReport;
import io.github.bsa.jdbc.internal.SchemaMigrator;
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
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind {@link io.github.bsa.jdbc.backup.Backups}: create (one snapshot, a part per
 * table, then the manifest), verify (checksums, then a trial restore compared with the manifest),
 * restore (one transaction), prune. The format is described in docs/adr/0041. Thread-safe.
 *
 * <p>Longer than 500 lines on purpose: create, verify, restore and export share one part pipeline
 * (checksum, decrypt, decompress, row codec) and one way of naming the failing part; row encoding,
 * encryption, table access and targets are already their own classes.
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.bsa.jdbc.backup.Backups");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final String VERIFIED = "verified.json";
  private static final String PART_SUFFIX = ".rows.gz.aes";

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
  private final @Nullable String jdbcUrl;
  private final boolean pgDump;

  @SuppressWarnings("TooManyParameters")
  public Engine(
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
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.target = target;
    this.key = key;
    this.clock = clock;
    this.batchSize = batchSize;
    this.listener = listener;
    this.scratch = scratch;
    this.migrate = migrate;
    this.jdbcUrl = jdbcUrl;
    this.pgDump = pgDump;
  }

  // ---------------------------------------------------------------- create

  /** Creates a backup of all tenants (null) or one. */
  public StoredBackup create(@Nullable TenantId tenant, BackupManifest.Kind kind) {
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

  public Optional<Instant> lastVerified() {
    return list().stream()
        .filter(StoredBackup::isVerified)
        .map(StoredBackup::createdAt)
        .findFirst();
  }

  // ---------------------------------------------------------------- verify

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

  public List<String> pruneCandidates(RetentionPolicy policy) {
    requireNonNull(policy, "policy");
    List<StoredBackup> all = list();
    Set<String> keep = policy.keep(all, clock.instant());
    return all.stream().map(StoredBackup::name).filter(n -> !keep.contains(n)).toList();
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
}
