package io.github.bsa.jdbc.internal;

import io.github.bsa.core.model.Transaction;
import io.github.bsa.storage.internal.StoreSupport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL: one {@code INSERT .. SELECT .. FROM unnest(?, ?, ..) ON CONFLICT DO NOTHING} per
 * chunk of up to {@value #ROWS_PER_CHUNK} rows, each column bound as one array. The server parses
 * and plans one statement per chunk instead of one per 250 rows with 5,250 parameters; the rows
 * still go through {@code INSERT}, so the row-level-security check ({@code WITH CHECK}) and the
 * conflict rule apply as for any insert, and the update count is exactly the number of new rows.
 * ({@code COPY FROM} is refused on a table with row-level security for roles without {@code
 * BYPASSRLS}, so COPY would need a temporary table per connection and a second copy of every row:
 * see ADR 0230.)
 */
final class UnnestRowInserts implements RowInserts {
  /**
   * Rows per statement: bounds the size of one array parameter (about 300 bytes a row) and keeps a
   * large import in several statements (KillMidJobTest stops a writer between two of them).
   */
  static final int ROWS_PER_CHUNK = 1_000;

  private static final String TXN_INSERT =
      TXN_INSERT_INTO
          + " SELECT CAST(? AS text), u.* FROM unnest(CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS date[]), CAST(? AS date[]),"
          + " CAST(? AS date[]), CAST(? AS numeric[]), CAST(? AS bigint[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS numeric[]),"
          + " CAST(? AS text[]), CAST(? AS text[])) AS u ON CONFLICT DO NOTHING";
  private static final String MEMBER_INSERT =
      MEMBER_INSERT_INTO
          + " SELECT CAST(? AS text), u.* FROM unnest(CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS bigint[])) AS u ON CONFLICT DO NOTHING";
  private static final int TXN_ARRAYS = 20;
  private static final int MEMBER_ARRAYS = 4;

  @Override
  public int write(Connection c, String t, List<PendingRow> rows) throws SQLException {
    int added = 0;
    try (PreparedStatement ins = c.prepareStatement(TXN_INSERT);
        PreparedStatement member = c.prepareStatement(MEMBER_INSERT)) {
      for (int from = 0; from < rows.size(); from += ROWS_PER_CHUNK) {
        int count = Math.min(ROWS_PER_CHUNK, rows.size() - from);
        added += write(c, ins, member, t, rows.subList(from, from + count));
      }
    }
    return added;
  }

  private static int write(
      Connection c,
      PreparedStatement ins,
      PreparedStatement member,
      String t,
      List<PendingRow> rows)
      throws SQLException {
    int n = rows.size();
    @Nullable String[][] txn = new String[TXN_ARRAYS][n];
    @Nullable String[][] mem = new String[MEMBER_ARRAYS][n];
    for (int r = 0; r < n; r++) {
      PendingRow p = rows.get(r);
      Transaction x = p.row().transaction();
      String account = p.part().accountKey();
      String statement = p.part().id().value();
      String seq = Integer.toString(p.row().seq());
      int k = 0;
      txn[k++][r] = account;
      txn[k++][r] = p.row().txnId();
      txn[k++][r] = statement;
      txn[k++][r] = seq;
      txn[k++][r] = date(x.date().orElse(null));
      txn[k++][r] = date(x.bookingDate().orElse(null));
      txn[k++][r] = date(x.valueDate().orElse(null));
      txn[k++][r] = decimal(x.amount());
      txn[k++][r] = Long.toString(StoreSupport.amountE4(x.amount(), RoundingMode.HALF_EVEN));
      txn[k++][r] = x.currency().map(Currency::getCurrencyCode).orElse(null);
      txn[k++][r] = x.description();
      txn[k++][r] = x.counterparty().orElse(null);
      txn[k++][r] = x.counterpartyAccount().orElse(null);
      txn[k++][r] = x.reference().orElse(null);
      txn[k++][r] = x.endToEndId().orElse(null);
      txn[k++][r] = x.typeCode().orElse(null);
      txn[k++][r] = x.category().orElse(null);
      txn[k++][r] = decimal(x.balance().orElse(null));
      txn[k++][r] = SqlValues.encodeAttributes(x.attributes());
      txn[k][r] = StoreSupport.searchText(x);
      mem[0][r] = statement;
      mem[1][r] = account;
      mem[2][r] = p.row().txnId();
      mem[3][r] = seq;
    }
    int added = run(c, ins, t, txn);
    int unused = run(c, member, t, mem);
    return added;
  }

  private static int run(Connection c, PreparedStatement ps, String t, @Nullable String[][] columns)
      throws SQLException {
    ps.setString(1, t);
    Array[] arrays = new Array[columns.length];
    try {
      for (int i = 0; i < columns.length; i++) {
        arrays[i] = c.createArrayOf("text", columns[i]);
        ps.setArray(i + 2, arrays[i]);
      }
      return ps.executeUpdate();
    } finally {
      for (Array a : arrays) {
        if (a != null) {
          a.free();
        }
      }
    }
  }

  private static @Nullable String date(@Nullable LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static @Nullable String decimal(@Nullable BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}
