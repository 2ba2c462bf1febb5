package io.github.bsa.jdbc.internal.backup;

import static java.util.Objects.requireNonNull;

import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupException.Problem;
import io.github.bsa.jdbc.backup.BackupKey;
import io.github.bsa.jdbc.backup.BackupListener;
import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.RestoreReport;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stored backup read back: its manifest, the key check, and the one part pipeline (checksum,
 * decrypt, decompress, row codec) that verification, restore and export share, with one way of
 * naming the failing part. Thread-safe.
 */
final class BackupParts {
  private static final Logger LOG = LoggerFactory.getLogger(BackupSettings.LOGGER);

  /** The record a successful verification leaves next to the manifest. */
  static final String VERIFIED = "verified.json";

  /** The part holding a {@code pg_dump -Fc} archive of a PostgreSQL database, when made. */
  static final String PG_DUMP_PART = "pg_dump.fc.aes";

  private final BackupTarget target;
  private final BackupKey key;
  private final int batchSize;
  private final BackupListener listener;

  BackupParts(BackupSettings settings) {
    this.target = settings.target();
    this.key = settings.key();
    this.batchSize = settings.batchSize();
    this.listener = settings.listener();
  }

  BackupManifest manifest(String name) {
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

  void checkKey(BackupManifest m) {
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

  void exportPart(String name, String part, Path out) {
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

  List<String> columnsOf(String name, BackupManifest.Table t) {
    try (InputStream raw = target.open(name, t.part());
        DataInputStream in = plain(raw, t.part())) {
      return new Rows.Reader(in).columns();
    } catch (IOException e) {
      throw partFailure(t.part(), e);
    }
  }

  DataInputStream plain(InputStream raw, String part) throws IOException {
    return new DataInputStream(
        new BufferedInputStream(
            new GZIPInputStream(
                Encryption.decrypt(new BufferedInputStream(raw), key.secretKey(), part),
                64 * 1024)));
  }

  static BackupException partFailure(String part, IOException e) {
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

  RestoreReport.TableChange load(
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
    notifyListener(() -> listener.tableRestored(name, t.name(), n));
    return new RestoreReport.TableChange(t.name(), 0, 0, inserted);
  }

  /** Runs a listener call; a listener that throws is logged and ignored. */
  static void notifyListener(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("A backup listener threw {}; ignored", e.getClass().getSimpleName());
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
