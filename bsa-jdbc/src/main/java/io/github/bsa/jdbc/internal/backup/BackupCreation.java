package io.github.bsa.jdbc.internal.backup;

import static io.github.bsa.jdbc.internal.backup.BackupParts.PG_DUMP_PART;
import static io.github.bsa.jdbc.internal.backup.BackupParts.notifyListener;
import static io.github.bsa.jdbc.internal.backup.BackupParts.sha256;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupException.Problem;
import io.github.bsa.jdbc.backup.BackupKey;
import io.github.bsa.jdbc.backup.BackupListener;
import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.StoredBackup;
import io.github.bsa.storage.TenantId;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creating a backup: one snapshot, a part per table (and a {@code pg_dump} archive on PostgreSQL
 * when asked), then the manifest, which makes the backup visible. Thread-safe.
 */
final class BackupCreation {
  private static final Logger LOG = LoggerFactory.getLogger(BackupSettings.LOGGER);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final String PART_SUFFIX = ".rows.gz.aes";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final BackupTarget target;
  private final BackupKey key;
  private final Clock clock;
  private final int batchSize;
  private final BackupListener listener;
  private final @Nullable String jdbcUrl;
  private final boolean pgDump;

  BackupCreation(BackupSettings settings) {
    this.dataSource = settings.dataSource();
    this.dialect = settings.dialect();
    this.target = settings.target();
    this.key = settings.key();
    this.clock = settings.clock();
    this.batchSize = settings.batchSize();
    this.listener = settings.listener();
    this.jdbcUrl = settings.jdbcUrl();
    this.pgDump = settings.pgDump();
  }

  /** Creates a backup of all tenants (null) or one. */
  StoredBackup create(@Nullable TenantId tenant, BackupManifest.Kind kind) {
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
            notifyListener(() -> listener.partWritten(name, partNameOf(table), digest.rows()));
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
    notifyListener(() -> listener.partWritten(name, PG_DUMP_PART, 0));
    return p;
  }

  private static String partNameOf(String table) {
    return table + PART_SUFFIX;
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
