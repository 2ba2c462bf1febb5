package io.github.bsa.jdbc.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.internal.StoreSupport;
import io.github.bsa.storage.spi.ImportPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes and deletes statements inside a transaction the caller opened ({@link TransactionRunner}).
 *
 * <p>An import writes its import row (a known source stops there: re-importing never duplicates),
 * its statements, then its transaction rows and their statement memberships in key order through
 * the dialect's {@link RowInserts}: multi-row {@code VALUES} on SQLite, {@code COPY} through a
 * session temporary table or {@code unnest} arrays on PostgreSQL (ADR 0080, ADR 0230, ADR 0300).
 * Deletes find a statement's rows by the primary-key prefix of its account ({@code tenant_id,
 * account_key}): schema version 4 has no index on {@code statement_id}. Immutable, thread-safe.
 */
public final class StatementWriter {
  private final Dialect dialect;
  private final RowInserts rows;

  /**
   * Creates the writer of a dialect.
   *
   * @param dialect the dialect
   * @param sessionPerCall whether every call gets a new database session (a data source without a
   *     pool, as {@code open(url)} uses): PostgreSQL then writes with {@code unnest} arrays, as a
   *     {@code COPY} staging table would be created anew for every save (ADR 0300)
   * @param kept the SQLite session {@code open(url)} keeps, whose multi-row inserts stay prepared
   *     (ADR 0380), or {@code null}
   */
  public StatementWriter(Dialect dialect, boolean sessionPerCall, @Nullable KeptSession kept) {
    this.dialect = dialect;
    this.rows = RowInserts.of(dialect, sessionPerCall, kept);
  }

  /**
   * On PostgreSQL, takes the tenant's transaction-scoped advisory lock: shared for a save,
   * exclusive for a purge. Without it a purge racing an import of the same tenant (READ COMMITTED)
   * deletes the statements after the import committed rows that reference them, and fails with
   * SQLSTATE 23503 (found by the multi-tenant soak, issue #17). Saves still run concurrently with
   * each other. SQLite serialises writers already.
   */
  private void tenantLock(Connection c, String tenant, boolean exclusive) throws SQLException {
    if (dialect != Dialect.POSTGRESQL) {
      return;
    }
    String sql =
        exclusive
            ? "SELECT pg_advisory_xact_lock(hashtext(?))"
            : "SELECT pg_advisory_xact_lock_shared(hashtext(?))";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, "bsa.tenant:" + tenant);
      ps.execute();
    }
  }

  /**
   * Writes one import: the import row first (a known source stops here), its statements, then its
   * transactions and their statement memberships.
   *
   * @param now the import time in epoch milliseconds
   * @return what was written
   * @throws SQLException from the driver; the caller rolls back
   */
  public ImportResult save(Connection c, TenantId tenant, ImportPlan plan, long now)
      throws SQLException {
    String t = tenant.value();
    tenantLock(c, t, false);
    // The first statement writes, so SQLite takes its write lock now (no lock upgrade later).
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO bsa_import (tenant_id, source_sha256, format, imported_at,"
                + " statement_count) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, t);
      ps.setString(2, plan.sourceSha256());
      ps.setString(3, plan.format());
      ps.setLong(4, now);
      ps.setInt(5, plan.parts().size());
      if (ps.executeUpdate() == 0) {
        return new ImportResult(plan.sourceSha256(), true, plan.statementIds(), 0, 0);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO bsa_statement (tenant_id, statement_id, source_sha256, seq, format,"
                + " account_key, imported_at, transaction_count, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ImportPlan.Part part : plan.parts()) {
        ps.setString(1, t);
        ps.setString(2, part.id().value());
        ps.setString(3, plan.sourceSha256());
        ps.setInt(4, part.index());
        ps.setString(5, plan.format());
        ps.setString(6, part.accountKey());
        ps.setLong(7, now);
        ps.setInt(8, part.statement().transactions().size());
        ps.setString(
            9, StoreSupport.statementJson(plan.format(), plan.sourceSha256(), part.statement()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    List<PendingRow> pending = PendingRow.inKeyOrder(plan);
    int added = rows.write(c, t, pending);
    return new ImportResult(
        plan.sourceSha256(), false, plan.statementIds(), added, pending.size() - added);
  }

  /**
   * Deletes one statement: its memberships, the statement, the transactions no other statement
   * holds, and the import row once it has no statement left.
   *
   * @return whether the statement existed
   * @throws SQLException from the driver; the caller rolls back
   */
  public boolean deleteStatement(Connection c, String t, String s) throws SQLException {
    String source = null;
    String account = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT source_sha256, account_key FROM bsa_statement"
                + " WHERE tenant_id = ? AND statement_id = ?")) {
      ps.setString(1, t);
      ps.setString(2, s);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          source = rs.getString(1);
          account = rs.getString(2);
        }
      }
    }
    if (source == null || account == null) {
      return false;
    }
    // a statement's memberships and the transactions it owns all carry its account key
    update(
        c,
        "DELETE FROM bsa_statement_transaction WHERE tenant_id = ? AND account_key = ?"
            + " AND statement_id = ?",
        t,
        account,
        s);
    update(c, "DELETE FROM bsa_statement WHERE tenant_id = ? AND statement_id = ?", t, s);
    update(
        c,
        "DELETE FROM bsa_transaction WHERE tenant_id = ? AND account_key = ? AND statement_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM bsa_statement_transaction m WHERE m.tenant_id ="
            + " bsa_transaction.tenant_id AND m.account_key = bsa_transaction.account_key"
            + " AND m.txn_id = bsa_transaction.txn_id)",
        t,
        account,
        s);
    update(
        c,
        "UPDATE bsa_transaction SET statement_id = (SELECT MIN(m.statement_id) FROM"
            + " bsa_statement_transaction m WHERE m.tenant_id = bsa_transaction.tenant_id"
            + " AND m.account_key = bsa_transaction.account_key"
            + " AND m.txn_id = bsa_transaction.txn_id)"
            + " WHERE tenant_id = ? AND account_key = ? AND statement_id = ?",
        t,
        account,
        s);
    update(
        c,
        "DELETE FROM bsa_import WHERE tenant_id = ? AND source_sha256 = ? AND NOT EXISTS"
            + " (SELECT 1 FROM bsa_statement s WHERE s.tenant_id = bsa_import.tenant_id"
            + " AND s.source_sha256 = bsa_import.source_sha256)",
        t,
        source);
    return true;
  }

  /**
   * Deletes every row of a tenant.
   *
   * @return the number of statements deleted
   * @throws SQLException from the driver; the caller rolls back
   */
  public int purge(Connection c, String t) throws SQLException {
    tenantLock(c, t, true);
    update(c, "DELETE FROM bsa_statement_transaction WHERE tenant_id = ?", t);
    update(c, "DELETE FROM bsa_transaction WHERE tenant_id = ?", t);
    int statements = update(c, "DELETE FROM bsa_statement WHERE tenant_id = ?", t);
    update(c, "DELETE FROM bsa_import WHERE tenant_id = ?", t);
    return statements;
  }

  @CanIgnoreReturnValue
  private static int update(Connection c, String sql, String... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }
}
