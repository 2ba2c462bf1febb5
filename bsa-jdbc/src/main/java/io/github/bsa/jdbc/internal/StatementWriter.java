package io.github.bsa.jdbc.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.internal.StoreSupport;
import io.github.bsa.storage.spi.ImportPlan;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Writes and deletes statements inside a transaction the caller opened ({@link TransactionRunner}).
 *
 * <p>An import inserts its transactions with multi-row {@code INSERT .. VALUES (..), (..) ON
 * CONFLICT DO NOTHING} statements of {@value #ROWS_PER_INSERT} rows, each prepared once per import
 * and executed again for every chunk: one round trip and one statement execution per chunk instead
 * of one per row, on both dialects, and the update count still says exactly how many rows were new
 * (a JDBC batch rewritten by the driver, such as pgjdbc's {@code reWriteBatchedInserts}, reports
 * {@code SUCCESS_NO_INFO} instead, which would lose the added/skipped split). Rows go in key order,
 * so concurrent overlapping imports lock rows in the same order. Immutable, thread-safe.
 */
public final class StatementWriter {
  /** Rows per multi-row insert: 21 parameters a row stays far below both dialects' limits. */
  static final int ROWS_PER_INSERT = 250;

  private static final String TXN_INSERT =
      "INSERT INTO bsa_transaction (tenant_id, account_key, txn_id, statement_id, seq,"
          + " txn_date, booking_date, value_date, amount, amount_e4, currency,"
          + " description, counterparty, counterparty_account, reference,"
          + " end_to_end_id, type_code, category, balance, attributes, search_text) VALUES ";
  private static final String TXN_VALUES =
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String MEMBER_INSERT =
      "INSERT INTO bsa_statement_transaction (tenant_id, statement_id, account_key, txn_id, seq)"
          + " VALUES ";
  private static final String MEMBER_VALUES = "(?, ?, ?, ?, ?)";
  private static final String ON_CONFLICT = " ON CONFLICT DO NOTHING";

  private final Dialect dialect;
  private final SqlValues values;

  /**
   * Creates the writer of a dialect.
   *
   * @param dialect the dialect
   */
  public StatementWriter(Dialect dialect) {
    this.dialect = dialect;
    this.values = new SqlValues(dialect);
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

  /** One transaction row of the plan, with its statement. */
  private record Pending(ImportPlan.Part part, ImportPlan.Row row) {}

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
    List<Pending> rows = new ArrayList<>();
    for (ImportPlan.Part part : plan.parts()) {
      for (ImportPlan.Row row : part.rows()) {
        rows.add(new Pending(part, row));
      }
    }
    rows.sort(
        Comparator.comparing((Pending p) -> p.part().accountKey())
            .thenComparing(p -> p.row().txnId())
            .thenComparing(p -> p.part().id().value()));
    int added = 0;
    int full = rows.size() / ROWS_PER_INSERT;
    if (full > 0) {
      try (PreparedStatement ins =
              c.prepareStatement(insert(TXN_INSERT, TXN_VALUES, ROWS_PER_INSERT));
          PreparedStatement member =
              c.prepareStatement(insert(MEMBER_INSERT, MEMBER_VALUES, ROWS_PER_INSERT))) {
        for (int chunk = 0; chunk < full; chunk++) {
          added += write(ins, member, t, rows, chunk * ROWS_PER_INSERT, ROWS_PER_INSERT);
        }
      }
    }
    int rest = rows.size() - full * ROWS_PER_INSERT;
    if (rest > 0) {
      try (PreparedStatement ins = c.prepareStatement(insert(TXN_INSERT, TXN_VALUES, rest));
          PreparedStatement member =
              c.prepareStatement(insert(MEMBER_INSERT, MEMBER_VALUES, rest))) {
        added += write(ins, member, t, rows, full * ROWS_PER_INSERT, rest);
      }
    }
    return new ImportResult(
        plan.sourceSha256(), false, plan.statementIds(), added, rows.size() - added);
  }

  private static String insert(String head, String values, int rows) {
    StringBuilder sql = new StringBuilder(head.length() + rows * (values.length() + 2) + 24);
    sql.append(head);
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(values);
    }
    return sql.append(ON_CONFLICT).toString();
  }

  /** Binds and runs one chunk; returns the transactions that were new. */
  private int write(
      PreparedStatement ins,
      PreparedStatement member,
      String t,
      List<Pending> rows,
      int from,
      int count)
      throws SQLException {
    int i = 1;
    int m = 1;
    for (int r = from; r < from + count; r++) {
      Pending p = rows.get(r);
      Transaction x = p.row().transaction();
      ins.setString(i++, t);
      ins.setString(i++, p.part().accountKey());
      ins.setString(i++, p.row().txnId());
      ins.setString(i++, p.part().id().value());
      ins.setInt(i++, p.row().seq());
      values.setDate(ins, i++, x.date().orElse(null));
      values.setDate(ins, i++, x.bookingDate().orElse(null));
      values.setDate(ins, i++, x.valueDate().orElse(null));
      values.setDecimal(ins, i++, x.amount());
      ins.setLong(i++, StoreSupport.amountE4(x.amount(), RoundingMode.HALF_EVEN));
      SqlValues.setString(ins, i++, x.currency().map(Currency::getCurrencyCode).orElse(null));
      ins.setString(i++, x.description());
      SqlValues.setString(ins, i++, x.counterparty().orElse(null));
      SqlValues.setString(ins, i++, x.counterpartyAccount().orElse(null));
      SqlValues.setString(ins, i++, x.reference().orElse(null));
      SqlValues.setString(ins, i++, x.endToEndId().orElse(null));
      SqlValues.setString(ins, i++, x.typeCode().orElse(null));
      SqlValues.setString(ins, i++, x.category().orElse(null));
      values.setDecimal(ins, i++, x.balance().orElse(null));
      ins.setString(i++, SqlValues.encodeAttributes(x.attributes()));
      ins.setString(i++, StoreSupport.searchText(x));
      member.setString(m++, t);
      member.setString(m++, p.part().id().value());
      member.setString(m++, p.part().accountKey());
      member.setString(m++, p.row().txnId());
      member.setInt(m++, p.row().seq());
    }
    int added = ins.executeUpdate();
    int unused = member.executeUpdate();
    return added;
  }

  /**
   * Deletes one statement: its memberships, the statement, the transactions no other statement
   * holds, and the import row once it has no statement left.
   *
   * @return whether the statement existed
   * @throws SQLException from the driver; the caller rolls back
   */
  public boolean deleteStatement(Connection c, String t, String s) throws SQLException {
    update(
        c, "DELETE FROM bsa_statement_transaction WHERE tenant_id = ? AND statement_id = ?", t, s);
    String source = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT source_sha256 FROM bsa_statement WHERE tenant_id = ? AND statement_id = ?")) {
      ps.setString(1, t);
      ps.setString(2, s);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          source = rs.getString(1);
        }
      }
    }
    if (source == null) {
      return false;
    }
    update(c, "DELETE FROM bsa_statement WHERE tenant_id = ? AND statement_id = ?", t, s);
    update(
        c,
        "DELETE FROM bsa_transaction WHERE tenant_id = ? AND statement_id = ? AND NOT EXISTS"
            + " (SELECT 1 FROM bsa_statement_transaction m WHERE m.tenant_id ="
            + " bsa_transaction.tenant_id AND m.account_key = bsa_transaction.account_key"
            + " AND m.txn_id = bsa_transaction.txn_id)",
        t,
        s);
    update(
        c,
        "UPDATE bsa_transaction SET statement_id = (SELECT MIN(m.statement_id) FROM"
            + " bsa_statement_transaction m WHERE m.tenant_id = bsa_transaction.tenant_id"
            + " AND m.account_key = bsa_transaction.account_key"
            + " AND m.txn_id = bsa_transaction.txn_id)"
            + " WHERE tenant_id = ? AND statement_id = ?",
        t,
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
