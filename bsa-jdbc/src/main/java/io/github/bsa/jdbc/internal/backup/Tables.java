package io.github.bsa.jdbc.internal.backup;

import io.github.bsa.jdbc.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The bsa tables of a database: discovery in restore order, snapshots, scoped counts. */
public final class Tables {
  /**
   * bsa's own tables (those its migrations create), in foreign-key order. Only these are backed up:
   * a host's tables that share the {@code bsa_} prefix (the server sample's {@code
   * bsa_server_api_key}) are not bsa's schema, so a trial restore into a freshly migrated scratch
   * database could not hold them.
   */
  private static final List<String> ORDER =
      List.of(
          "bsa_import", "bsa_statement", "bsa_transaction", "bsa_statement_transaction", "bsa_job");

  /** The tenant column every bsa table has. */
  public static final String TENANT = "tenant_id";

  private Tables() {}

  /**
   * Returns bsa's data tables present in the database (not the schema version table, not a host's
   * own {@code bsa_*} tables) in restore order.
   *
   * @param c the connection
   * @return the table names
   * @throws SQLException if the catalogue cannot be read
   */
  public static List<String> list(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    TreeSet<String> found = new TreeSet<>();
    String schema = c.getSchema();
    try (ResultSet rs = md.getTables(null, schema, "bsa%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String n = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (n.startsWith("bsa_") && !n.equals("bsa_schema_version") && n.matches("[a-z0-9_]+")) {
          found.add(n);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String t : ORDER) {
      if (found.remove(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Returns the column names of a table in ordinal order.
   *
   * @param c the connection
   * @param table a name from {@link #list}
   * @return the columns
   * @throws SQLException if the table cannot be read
   */
  public static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        out.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * Returns the SQL types of some columns of a table.
   *
   * @param c the connection
   * @param table the table
   * @param columns the columns
   * @return their {@link java.sql.Types}
   * @throws SQLException if the table cannot be read
   */
  public static int[] types(Connection c, String table, List<String> columns) throws SQLException {
    int[] out = new int[columns.size()];
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 0; i < out.length; i++) {
        out[i] = md.getColumnType(i + 1);
      }
    }
    return out;
  }

  /**
   * Starts a transaction that sees one consistent snapshot and, on PostgreSQL, every tenant's rows
   * (docs/adr/0040): {@code REPEATABLE READ}, read-only; on SQLite a deferred transaction, whose
   * first read fixes the snapshot (WAL mode lets writers continue).
   *
   * @param c the connection
   * @param dialect its dialect
   * @throws SQLException if it cannot be started
   */
  public static void beginSnapshot(Connection c, Dialect dialect) throws SQLException {
    c.setAutoCommit(false);
    if (dialect == Dialect.POSTGRESQL) {
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
    }
    allTenants(c, dialect);
  }

  /**
   * Starts a write transaction that may touch every tenant's rows.
   *
   * @param c the connection
   * @param dialect its dialect
   * @throws SQLException if it cannot be started
   */
  public static void beginWrite(Connection c, Dialect dialect) throws SQLException {
    c.setAutoCommit(false);
    allTenants(c, dialect);
  }

  private static void allTenants(Connection c, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT set_config('bsa.all_tenants', 'on', true)")) {
        rs.next();
      }
    }
  }

  /**
   * Returns the bsa schema version, 0 when there is none.
   *
   * @param c the connection
   * @return the version
   * @throws SQLException if it cannot be read
   */
  public static int schemaVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM bsa_schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Counts the rows of a table, of one tenant or all.
   *
   * @param c the connection
   * @param table the table
   * @param tenant the tenant, or null for all
   * @return the count
   * @throws SQLException if it cannot be counted
   */
  public static long count(Connection c, String table, @Nullable String tenant)
      throws SQLException {
    String sql = "SELECT COUNT(*) FROM " + table + (tenant == null ? "" : " WHERE tenant_id = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (tenant != null) {
        ps.setString(1, tenant);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Deletes the rows of a table, of one tenant or all.
   *
   * @param c the connection
   * @param table the table
   * @param tenant the tenant, or null for all
   * @return the rows deleted
   * @throws SQLException if it fails
   */
  public static long delete(Connection c, String table, @Nullable String tenant)
      throws SQLException {
    String sql = "DELETE FROM " + table + (tenant == null ? "" : " WHERE tenant_id = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (tenant != null) {
        ps.setString(1, tenant);
      }
      return ps.executeUpdate();
    }
  }

  /**
   * Streams the rows of a table (of one tenant or all) to a part writer.
   *
   * @param c the connection, in a snapshot
   * @param table the table
   * @param columns its columns
   * @param tenant the tenant, or null for all
   * @param out the writer
   * @param fetchSize rows fetched per round trip
   * @throws SQLException if reading fails
   * @throws java.io.IOException if writing fails
   */
  public static void dump(
      Connection c,
      String table,
      List<String> columns,
      @Nullable String tenant,
      Rows.Writer out,
      int fetchSize)
      throws SQLException, java.io.IOException {
    String sql =
        "SELECT "
            + String.join(", ", columns)
            + " FROM "
            + table
            + (tenant == null ? "" : " WHERE tenant_id = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(fetchSize);
      if (tenant != null) {
        ps.setString(1, tenant);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.write(Rows.read(rs, columns.size()));
        }
      }
    }
  }

  /**
   * Returns the row count and content checksum of a table as stored (of one tenant or all).
   *
   * @param c the connection
   * @param table the table
   * @param columns the columns, in the backup's order
   * @param tenant the tenant, or null for all
   * @return the digest
   * @throws SQLException if reading fails
   */
  public static Rows.Digest digest(
      Connection c, String table, List<String> columns, @Nullable String tenant)
      throws SQLException {
    Rows.Digest d = new Rows.Digest();
    String sql =
        "SELECT "
            + String.join(", ", columns)
            + " FROM "
            + table
            + (tenant == null ? "" : " WHERE tenant_id = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(1000);
      if (tenant != null) {
        ps.setString(1, tenant);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          d.add(Rows.read(rs, columns.size()));
        }
      }
    }
    return d;
  }
}
