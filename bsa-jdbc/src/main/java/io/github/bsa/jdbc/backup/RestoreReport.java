package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import io.github.bsa.storage.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * What a restore changed, or with {@link RestoreOptions#dryRun()} would change. Immutable.
 *
 * @param backup the backup restored
 * @param tenant the only tenant restored, or empty for all
 * @param dryRun whether nothing was written
 * @param tables per table: rows in scope before, rows deleted, rows inserted
 * @param safetyBackup the safety backup taken before existing data was replaced, if any
 * @since 0.2
 */
public record RestoreReport(
    String backup,
    Optional<TenantId> tenant,
    boolean dryRun,
    List<TableChange> tables,
    Optional<String> safetyBackup) {

  /**
   * The change to one table.
   *
   * @param table the table name
   * @param rowsBefore rows in scope before the restore
   * @param rowsDeleted rows deleted (or that would be)
   * @param rowsInserted rows inserted from the backup (or that would be)
   */
  public record TableChange(String table, long rowsBefore, long rowsDeleted, long rowsInserted) {
    /** Validates the components. */
    public TableChange {
      requireNonNull(table, "table");
    }
  }

  /** Validates the components and copies the list. */
  public RestoreReport {
    requireNonNull(backup, "backup");
    requireNonNull(tenant, "tenant");
    tables = List.copyOf(tables);
    requireNonNull(safetyBackup, "safetyBackup");
  }

  /**
   * Returns the rows inserted over all tables.
   *
   * @return the count
   */
  public long rowsInserted() {
    return tables.stream().mapToLong(TableChange::rowsInserted).sum();
  }

  /**
   * Returns the rows deleted over all tables.
   *
   * @return the count
   */
  public long rowsDeleted() {
    return tables.stream().mapToLong(TableChange::rowsDeleted).sum();
  }
}
