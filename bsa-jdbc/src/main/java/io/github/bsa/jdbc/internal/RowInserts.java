package io.github.bsa.jdbc.internal;

import io.github.bsa.jdbc.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Inserts the transaction rows of an import and their statement memberships, skipping rows the
 * tenant already has ({@code ON CONFLICT DO NOTHING}), and counts the new ones exactly. One
 * implementation per dialect: multi-row {@code VALUES} on SQLite ({@link ValuesRowInserts}); on
 * PostgreSQL {@code COPY} into a session temporary table and {@code INSERT .. SELECT} per chunk
 * ({@link CopyRowInserts}), or one {@code INSERT .. SELECT .. FROM unnest(arrays)} per chunk
 * ({@link UnnestRowInserts}). Immutable, thread-safe.
 */
interface RowInserts {
  /** The head of both dialects' transaction insert: the table and its columns in order. */
  String TXN_INSERT_INTO =
      "INSERT INTO bsa_transaction (tenant_id, account_key, txn_id, statement_id, seq,"
          + " txn_date, booking_date, value_date, amount, amount_e4, currency,"
          + " description, counterparty, counterparty_account, reference,"
          + " end_to_end_id, type_code, category, balance, attributes, search_text)";

  /** The head of both dialects' membership insert. */
  String MEMBER_INSERT_INTO =
      "INSERT INTO bsa_statement_transaction (tenant_id, statement_id, account_key, txn_id, seq)";

  /**
   * Writes the rows inside the caller's transaction.
   *
   * @param c the connection, in a transaction
   * @param tenant the tenant id
   * @param rows the rows in key order
   * @return how many transactions were new
   * @throws SQLException from the driver; the caller rolls back
   */
  int write(Connection c, String tenant, List<PendingRow> rows) throws SQLException;

  /**
   * Returns the inserts of a dialect: on PostgreSQL {@code COPY} through a temporary table when
   * sessions outlive a save and pgjdbc is present (ADR 0300), else {@code unnest} arrays (a new
   * session per save would create the staging table every time; another driver); multi-row {@code
   * VALUES} on SQLite.
   *
   * @param dialect the dialect
   * @param sessionPerCall whether every save runs in a new database session
   * @param kept the SQLite session kept by {@code open(url)}, or {@code null}
   */
  static RowInserts of(Dialect dialect, boolean sessionPerCall, @Nullable KeptSession kept) {
    if (dialect != Dialect.POSTGRESQL) {
      return new ValuesRowInserts(dialect, kept);
    }
    if (sessionPerCall) {
      if (kept != null && CopyRowInserts.available()) {
        return onKept(kept);
      }
      return new UnnestRowInserts();
    }
    if (CopyRowInserts.available()) {
      return new CopyRowInserts();
    }
    return new UnnestRowInserts();
  }

  /**
   * {@code open(url)} on PostgreSQL: {@code COPY} on the kept session, whose staging table outlives
   * a save, and {@code unnest} arrays on a connection of a call's own (ADR 0380).
   */
  private static RowInserts onKept(KeptSession kept) {
    RowInserts copy = new CopyRowInserts();
    RowInserts unnest = new UnnestRowInserts();
    return (c, tenant, rows) ->
        kept.owns(c) ? copy.write(c, tenant, rows) : unnest.write(c, tenant, rows);
  }
}
