package io.github.bsa.jdbc.internal;

import io.github.bsa.core.model.Transaction;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import io.github.bsa.storage.internal.StoreSupport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds and runs the store's reads: the transaction query from a {@link TransactionQuery} (only
 * fixed SQL fragments are concatenated; every value is a bound parameter) and the statement
 * listings. Immutable, thread-safe.
 */
public final class TransactionQueries {
  private static final String TXN_COLUMNS =
      "t.txn_id, t.account_key, t.statement_id, t.booking_date, t.value_date, t.amount,"
          + " t.currency, t.description, t.counterparty, t.counterparty_account, t.reference,"
          + " t.end_to_end_id, t.type_code, t.category, t.balance, t.attributes";
  private static final String STATEMENT_COLUMNS =
      "SELECT statement_id, source_sha256, format, seq, imported_at, body FROM bsa_statement";

  private final SqlValues values;

  /**
   * Creates the queries of a dialect.
   *
   * @param dialect the dialect
   */
  public TransactionQueries(Dialect dialect) {
    this.values = new SqlValues(dialect);
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps, int index) throws SQLException;
  }

  /** A built transaction query: its SQL and its bound values, run on a connection. */
  public final class Select {
    private final String sql;
    private final List<Binder> binds;

    private Select(String sql, List<Binder> binds) {
      this.sql = sql;
      this.binds = binds;
    }

    /**
     * Runs the query.
     *
     * @return the transactions in the query's order
     * @throws SQLException from the driver
     */
    public List<StoredTransaction> run(Connection c) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < binds.size(); i++) {
          binds.get(i).bind(ps, i + 1);
        }
        List<StoredTransaction> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(readTransaction(rs));
          }
        }
        return out;
      }
    }
  }

  /**
   * Builds the query of a tenant's transactions.
   *
   * @return the query, ready to run
   */
  public Select select(TenantId tenant, TransactionQuery query) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(TXN_COLUMNS)
            .append(" FROM bsa_transaction t WHERE t.tenant_id = ?");
    List<Binder> binds = new ArrayList<>();
    binds.add((ps, i) -> ps.setString(i, tenant.value()));
    query
        .accountKey()
        .ifPresent(
            a -> {
              sql.append(" AND t.account_key = ?");
              binds.add((ps, i) -> ps.setString(i, a));
            });
    query
        .from()
        .ifPresent(
            d -> {
              sql.append(" AND t.txn_date >= ?");
              binds.add((ps, i) -> values.setDate(ps, i, d));
            });
    query
        .to()
        .ifPresent(
            d -> {
              sql.append(" AND t.txn_date <= ?");
              binds.add((ps, i) -> values.setDate(ps, i, d));
            });
    query
        .minAmount()
        .ifPresent(
            a -> {
              sql.append(" AND t.amount_e4 >= ?");
              long v = StoreSupport.amountE4(a, RoundingMode.CEILING);
              binds.add((ps, i) -> ps.setLong(i, v));
            });
    query
        .maxAmount()
        .ifPresent(
            a -> {
              sql.append(" AND t.amount_e4 <= ?");
              long v = StoreSupport.amountE4(a, RoundingMode.FLOOR);
              binds.add((ps, i) -> ps.setLong(i, v));
            });
    query
        .category()
        .ifPresent(
            cat -> {
              sql.append(" AND t.category = ?");
              binds.add((ps, i) -> ps.setString(i, cat));
            });
    query
        .text()
        .ifPresent(
            text -> {
              sql.append(" AND t.search_text LIKE ? ESCAPE '\\'");
              String pattern = StoreSupport.likePattern(text);
              binds.add((ps, i) -> ps.setString(i, pattern));
            });
    query
        .statementId()
        .ifPresent(
            id -> {
              // the statement's account narrows the scan to a primary-key prefix; each row's
              // membership is then a primary-key lookup (schema version 4)
              sql.append(
                  " AND t.account_key = (SELECT s.account_key FROM bsa_statement s"
                      + " WHERE s.tenant_id = ? AND s.statement_id = ?)"
                      + " AND EXISTS (SELECT 1 FROM bsa_statement_transaction m"
                      + " WHERE m.tenant_id = t.tenant_id AND m.account_key = t.account_key"
                      + " AND m.txn_id = t.txn_id AND m.statement_id = ?)");
              binds.add((ps, i) -> ps.setString(i, tenant.value()));
              binds.add((ps, i) -> ps.setString(i, id.value()));
              binds.add((ps, i) -> ps.setString(i, id.value()));
            });
    sql.append(
        " ORDER BY CASE WHEN t.txn_date IS NULL THEN 1 ELSE 0 END, t.txn_date, t.account_key,"
            + " t.statement_id, t.seq LIMIT ? OFFSET ?");
    binds.add((ps, i) -> ps.setInt(i, query.limit()));
    binds.add((ps, i) -> ps.setInt(i, query.offset()));
    return new Select(sql.toString(), List.copyOf(binds));
  }

  private StoredTransaction readTransaction(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    String currency = rs.getString(7);
    String balance = rs.getString(15);
    Transaction.Builder b =
        Transaction.builder()
            .id(id)
            .bookingDate(values.getDate(rs, 4))
            .valueDate(values.getDate(rs, 5))
            .amount(new BigDecimal(rs.getString(6)))
            .currency(currency == null ? null : Currency.getInstance(currency))
            .description(rs.getString(8))
            .counterparty(rs.getString(9))
            .counterpartyAccount(rs.getString(10))
            .reference(rs.getString(11))
            .endToEndId(rs.getString(12))
            .typeCode(rs.getString(13))
            .category(rs.getString(14))
            .balance(balance == null ? null : new BigDecimal(balance));
    SqlValues.decodeAttributes(rs.getString(16)).forEach(b::attribute);
    return new StoredTransaction(id, rs.getString(2), StatementId.of(rs.getString(3)), b.build());
  }

  /**
   * Lists a tenant's statements in import order, or the one with an id.
   *
   * @param id a statement id, or {@code null} for all
   * @return the statements
   * @throws SQLException from the driver
   */
  public static List<StoredStatement> statements(
      Connection c, TenantId tenant, @Nullable StatementId id) throws SQLException {
    String sql =
        id == null
            ? STATEMENT_COLUMNS + " WHERE tenant_id = ? ORDER BY imported_at, source_sha256, seq"
            : STATEMENT_COLUMNS + " WHERE tenant_id = ? AND statement_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant.value());
      if (id != null) {
        ps.setString(2, id.value());
      }
      List<StoredStatement> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredStatement(
                  StatementId.of(rs.getString(1)),
                  tenant,
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  Instant.ofEpochMilli(rs.getLong(5)),
                  StoreSupport.statementFromJson(rs.getString(6))));
        }
      }
      return out;
    }
  }
}
