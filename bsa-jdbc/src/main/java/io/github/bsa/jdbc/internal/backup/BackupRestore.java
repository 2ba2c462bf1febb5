package io.github.bsa.jdbc.internal.backup;

import static io.github.bsa.jdbc.internal.backup.BackupParts.partFailure;
import static java.util.Objects.requireNonNull;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupException.Problem;
import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.RestoreOptions;
import io.github.bsa.jdbc.backup.RestoreReport;
import io.github.bsa.jdbc.internal.SchemaMigrator;
import io.github.bsa.storage.StorageException;
import io.github.bsa.storage.TenantId;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup in one transaction: the target schema migrated and checked, the rows in the
 * restore's scope counted (a dry run stops there), a safety backup taken when they would be
 * replaced, then deleted and loaded part by part. Thread-safe.
 */
final class BackupRestore {
  private static final Logger LOG = LoggerFactory.getLogger(BackupSettings.LOGGER);

  private final DataSource dataSource;
  private final Dialect dialect;
  private final BackupTarget target;
  private final boolean migrate;
  private final BackupParts parts;
  private final BackupCreation creation;

  BackupRestore(BackupSettings settings, BackupParts parts, BackupCreation creation) {
    this.dataSource = settings.dataSource();
    this.dialect = settings.dialect();
    this.target = settings.target();
    this.migrate = settings.migrate();
    this.parts = parts;
    this.creation = creation;
  }

  RestoreReport restore(String name, RestoreOptions options) {
    requireNonNull(options, "options");
    BackupManifest m = parts.manifest(name);
    parts.checkKey(m);
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
                  creation
                      .create(
                          tenant == null ? null : TenantId.of(tenant), BackupManifest.Kind.SAFETY)
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
          RestoreReport.TableChange loaded = parts.load(c, name, m, t, filter);
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
        DataInputStream in = parts.plain(raw, t.part())) {
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
}
