package io.github.bsa.jdbc.internal;

import io.github.bsa.core.model.Transaction;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.internal.StoreSupport;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Multi-row {@code INSERT .. VALUES (..), (..) ON CONFLICT DO NOTHING} statements of {@value
 * #ROWS_PER_INSERT} rows, each prepared once per import and executed again for every chunk: one
 * statement execution per chunk instead of one per row, and the update count still says exactly how
 * many rows were new (a JDBC batch rewritten by the driver reports {@code SUCCESS_NO_INFO} instead,
 * which would lose the added/skipped split). Used on SQLite (ADR 0080).
 */
final class ValuesRowInserts implements RowInserts {
  /** Rows per multi-row insert: 21 parameters a row stays far below both dialects' limits. */
  static final int ROWS_PER_INSERT = 250;

  private static final String TXN_INSERT = TXN_INSERT_INTO + " VALUES ";
  private static final String TXN_VALUES =
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String MEMBER_INSERT = MEMBER_INSERT_INTO + " VALUES ";
  private static final String MEMBER_VALUES = "(?, ?, ?, ?, ?)";
  private static final String ON_CONFLICT = " ON CONFLICT DO NOTHING";

  private static final String TXN_FULL = insert(TXN_INSERT, TXN_VALUES, ROWS_PER_INSERT);
  private static final String MEMBER_FULL = insert(MEMBER_INSERT, MEMBER_VALUES, ROWS_PER_INSERT);

  private final SqlValues values;
  private final @Nullable KeptSession kept;

  ValuesRowInserts(Dialect dialect, @Nullable KeptSession kept) {
    this.values = new SqlValues(dialect);
    this.kept = kept;
  }

  @Override
  public int write(Connection c, String t, List<PendingRow> rows) throws SQLException {
    int added = 0;
    int full = rows.size() / ROWS_PER_INSERT;
    if (full > 0) {
      KeptSession session = kept;
      if (session != null && session.owns(c)) {
        // the kept session's full-size inserts stay prepared between saves (ADR 0380)
        PreparedStatement ins = session.prepared(TXN_FULL);
        PreparedStatement member = session.prepared(MEMBER_FULL);
        for (int chunk = 0; chunk < full; chunk++) {
          added += write(ins, member, t, rows, chunk * ROWS_PER_INSERT, ROWS_PER_INSERT);
        }
      } else {
        try (PreparedStatement ins = c.prepareStatement(TXN_FULL);
            PreparedStatement member = c.prepareStatement(MEMBER_FULL)) {
          for (int chunk = 0; chunk < full; chunk++) {
            added += write(ins, member, t, rows, chunk * ROWS_PER_INSERT, ROWS_PER_INSERT);
          }
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
    return added;
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
      List<PendingRow> rows,
      int from,
      int count)
      throws SQLException {
    int i = 1;
    int m = 1;
    for (int r = from; r < from + count; r++) {
      PendingRow p = rows.get(r);
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
}
