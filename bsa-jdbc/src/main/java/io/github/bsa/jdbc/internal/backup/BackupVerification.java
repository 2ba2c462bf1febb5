package io.github.bsa.jdbc.internal.backup;

import static io.github.bsa.jdbc.internal.backup.BackupParts.PG_DUMP_PART;
import static io.github.bsa.jdbc.internal.backup.BackupParts.VERIFIED;
import static io.github.bsa.jdbc.internal.backup.BackupParts.sha256;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupException.Problem;
import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.ScratchDatabase;
import io.github.bsa.jdbc.backup.VerifyReport;
import io.github.bsa.jdbc.internal.SchemaMigrator;
import io.github.bsa.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifying a backup: every part against its checksum, the {@code pg_dump} archive through {@code
 * pg_restore} when there is one, then a trial restore into a scratch database compared with the
 * manifest; a success is recorded next to the manifest. Thread-safe.
 */
final class BackupVerification {
  private static final Logger LOG = LoggerFactory.getLogger(BackupSettings.LOGGER);

  private final BackupTarget target;
  private final Clock clock;
  private final ScratchDatabase.Factory scratch;
  private final BackupParts parts;

  BackupVerification(BackupSettings settings, BackupParts parts) {
    this.target = settings.target();
    this.clock = settings.clock();
    this.scratch = settings.scratch();
    this.parts = parts;
  }

  VerifyReport verify(String name) {
    long started = System.nanoTime();
    BackupManifest m = parts.manifest(name);
    parts.checkKey(m);
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
        parts.exportPart(name, PG_DUMP_PART, tmp);
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
          rows += parts.load(c, name, m, t, null).rowsInserted();
        }
        c.commit();
        Tables.beginSnapshot(c, db.dialect());
        for (BackupManifest.Table t : m.tables()) {
          List<String> columns = parts.columnsOf(name, t);
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
}
