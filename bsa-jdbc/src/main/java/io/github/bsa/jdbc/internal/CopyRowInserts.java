package io.github.bsa.jdbc.internal;

import io.github.bsa.core.model.Transaction;
import io.github.bsa.storage.internal.StoreSupport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL: streams each chunk of up to {@value #ROWS_PER_CHUNK} rows with {@code COPY .. FROM
 * STDIN} (text format) into a session temporary table, then moves it with one {@code INSERT INTO
 * bsa_transaction .. SELECT .. FROM pg_temp.bsa_txn_load ON CONFLICT DO NOTHING} and one plain
 * insert of the memberships from the same temporary rows (ADR 0300).
 *
 * <p>{@code COPY} straight into {@code bsa_transaction} is refused for a role without {@code
 * BYPASSRLS} (the table has row-level security); a temporary table has none and is private to the
 * session, and the rows reach the real tables only through {@code INSERT}, so the row-level
 * security {@code WITH CHECK} policy, the tenant's advisory lock and the conflict rule apply
 * exactly as before, and the update count is still the number of new rows. The temporary table is
 * created once per session ({@code CREATE TEMP TABLE IF NOT EXISTS}), emptied on commit ({@code ON
 * COMMIT DELETE ROWS}) and with {@code TRUNCATE} between chunks, so nothing of one save is left for
 * the next user of a pooled connection. Sessions whose role may not create temporary tables, or
 * connections that do not unwrap to pgjdbc's {@code PGConnection}, fall back to {@link
 * UnnestRowInserts}. Thread-safe (the privilege, once read, is kept in a volatile field).
 */
final class CopyRowInserts implements RowInserts {
  /**
   * Rows per chunk: a large import stays several statements (KillMidJobTest stops a writer between
   * two of them) and one chunk's text stays small (about 300 bytes a row).
   */
  static final int ROWS_PER_CHUNK = 1_000;

  /** The session's staging table: the transaction columns without the tenant, no constraints. */
  static final String CREATE_TEMP =
      "CREATE TEMP TABLE IF NOT EXISTS bsa_txn_load (account_key text, txn_id text,"
          + " statement_id text, seq bigint, txn_date date, booking_date date, value_date date,"
          + " amount numeric, amount_e4 bigint, currency text, description text, counterparty"
          + " text, counterparty_account text, reference text, end_to_end_id text, type_code"
          + " text, category text, balance numeric, attributes text, search_text text)"
          + " ON COMMIT DELETE ROWS";

  private static final String COPY = "COPY pg_temp.bsa_txn_load FROM STDIN";
  private static final String TXN_INSERT =
      TXN_INSERT_INTO
          + " SELECT CAST(? AS text), account_key, txn_id, statement_id, seq, txn_date,"
          + " booking_date, value_date, amount, amount_e4, currency, description, counterparty,"
          + " counterparty_account, reference, end_to_end_id, type_code, category, balance,"
          + " attributes, search_text FROM pg_temp.bsa_txn_load ON CONFLICT DO NOTHING";

  /**
   * The memberships, without {@code ON CONFLICT}: they belong to statements this save has just
   * inserted (their ids come from the tenant, the file hash and the position, and a known file
   * stops at its import row), and {@code ImportPlan} keeps each transaction id once per statement,
   * so no membership can exist already; a plain insert skips the speculative insertion (about a
   * third of this insert's server time, measured with psql on 20,000 rows), and if the impossible
   * happened the unique key fails the save, which rolls back whole.
   */
  private static final String MEMBER_INSERT =
      MEMBER_INSERT_INTO
          + " SELECT CAST(? AS text), statement_id, account_key, txn_id, seq"
          + " FROM pg_temp.bsa_txn_load";

  /**
   * pgjdbc's {@code PGConnection}, or null without pgjdbc. Reached by reflection: bsa-jdbc has no
   * compile-time dependency on the driver, and pgjdbc's classes carry annotations of a library it
   * does not ship.
   */
  private static final @Nullable Class<?> PG_CONNECTION = pgConnection();

  private final RowInserts fallback = new UnnestRowInserts();

  /** Whether the role may create temporary tables: asked once, on the first write. */
  private volatile @Nullable Boolean mayCreateTemp;

  @Override
  public int write(Connection c, String t, List<PendingRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    Class<?> type = PG_CONNECTION;
    if (type == null || !c.isWrapperFor(type) || !mayCreateTemp(c)) {
      return fallback.write(c, t, rows);
    }
    Object pg = c.unwrap(type);
    try (Statement s = c.createStatement()) {
      s.execute(CREATE_TEMP);
    }
    int added = 0;
    StringBuilder text = new StringBuilder(ROWS_PER_CHUNK * 320);
    try (PreparedStatement ins = c.prepareStatement(TXN_INSERT);
        PreparedStatement member = c.prepareStatement(MEMBER_INSERT)) {
      for (int from = 0; from < rows.size(); from += ROWS_PER_CHUNK) {
        int to = Math.min(rows.size(), from + ROWS_PER_CHUNK);
        if (from > 0) {
          try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE pg_temp.bsa_txn_load");
          }
        }
        text.setLength(0);
        for (int r = from; r < to; r++) {
          append(text, rows.get(r));
        }
        copyIn(type, pg, text.toString().getBytes(StandardCharsets.UTF_8));
        ins.setString(1, t);
        added += ins.executeUpdate();
        member.setString(1, t);
        int unused = member.executeUpdate();
      }
    }
    return added;
  }

  /** Whether pgjdbc is present, so the COPY path can run. */
  static boolean available() {
    return PG_CONNECTION != null;
  }

  private static @Nullable Class<?> pgConnection() {
    try {
      return Class.forName(
          "org.postgresql.PGConnection", false, CopyRowInserts.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /** {@code pg.getCopyAPI().copyIn(COPY, bytes)} through pgjdbc's public API. */
  private static void copyIn(Class<?> type, Object pg, byte[] bytes) throws SQLException {
    try {
      Object api = type.getMethod("getCopyAPI").invoke(pg);
      var unused =
          api.getClass()
              .getMethod("copyIn", String.class, InputStream.class)
              .invoke(api, COPY, new ByteArrayInputStream(bytes));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new SQLException("COPY into the staging table failed", "58030", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new SQLException("pgjdbc's COPY API is not reachable", "0A000", e);
    }
  }

  private boolean mayCreateTemp(Connection c) throws SQLException {
    Boolean known = mayCreateTemp;
    if (known == null) {
      try (Statement s = c.createStatement();
          java.sql.ResultSet rs =
              s.executeQuery("SELECT has_database_privilege(current_database(), 'TEMP')")) {
        known = rs.next() && rs.getBoolean(1);
      }
      mayCreateTemp = known;
    }
    return known;
  }

  /** Appends one row in COPY's text format: tab-separated, {@code \N} for null, escaped. */
  private static void append(StringBuilder b, PendingRow p) {
    Transaction x = p.row().transaction();
    field(b, p.part().accountKey()).append('\t');
    field(b, p.row().txnId()).append('\t');
    field(b, p.part().id().value()).append('\t');
    b.append(p.row().seq()).append('\t');
    date(b, x.date().orElse(null)).append('\t');
    date(b, x.bookingDate().orElse(null)).append('\t');
    date(b, x.valueDate().orElse(null)).append('\t');
    decimal(b, x.amount()).append('\t');
    b.append(StoreSupport.amountE4(x.amount(), RoundingMode.HALF_EVEN)).append('\t');
    field(b, x.currency().map(java.util.Currency::getCurrencyCode).orElse(null)).append('\t');
    field(b, x.description()).append('\t');
    field(b, x.counterparty().orElse(null)).append('\t');
    field(b, x.counterpartyAccount().orElse(null)).append('\t');
    field(b, x.reference().orElse(null)).append('\t');
    field(b, x.endToEndId().orElse(null)).append('\t');
    field(b, x.typeCode().orElse(null)).append('\t');
    field(b, x.category().orElse(null)).append('\t');
    decimal(b, x.balance().orElse(null)).append('\t');
    field(b, SqlValues.encodeAttributes(x.attributes())).append('\t');
    field(b, StoreSupport.searchText(x)).append('\n');
  }

  /**
   * Appends a text value escaped for COPY's text format: backslash, tab, newline and carriage
   * return are written as backslash sequences, so no value can end a field or a row early.
   */
  static StringBuilder field(StringBuilder b, @Nullable String s) {
    if (s == null) {
      return b.append("\\N");
    }
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(ch);
      }
    }
    return b;
  }

  private static StringBuilder date(StringBuilder b, @Nullable LocalDate d) {
    if (d == null) {
      return b.append("\\N");
    }
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      return b.append(d); // ISO with sign or padding; the server parses it
    }
    b.append(y).append('-');
    two(b, d.getMonthValue()).append('-');
    return two(b, d.getDayOfMonth());
  }

  private static StringBuilder two(StringBuilder b, int v) {
    return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  private static StringBuilder decimal(StringBuilder b, @Nullable BigDecimal d) {
    return d == null ? b.append("\\N") : b.append(d.toPlainString());
  }
}
