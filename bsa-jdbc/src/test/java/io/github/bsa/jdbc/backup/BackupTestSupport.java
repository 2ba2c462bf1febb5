package io.github.bsa.jdbc.backup;

import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.jdbc.internal.backup.Tables;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.tck.Samples;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Databases for backup tests. A "fresh" PostgreSQL database is a new schema in the database of
 * {@code BSA_TEST_PG_URL} (the URL then names it with {@code currentSchema}), so the tests need no
 * CREATE DATABASE privilege; they are dropped by {@link #dropSchemas()}.
 */
public final class BackupTestSupport {
  private static final List<String> SCHEMAS = new ArrayList<>();

  private BackupTestSupport() {}

  /** Returns the PostgreSQL URL, skipping the test when it is not configured. */
  public static String postgresUrl() {
    String url = System.getenv("BSA_TEST_PG_URL");
    Assumptions.assumeTrue(
        url != null && !url.isBlank(), "BSA_TEST_PG_URL is not set: PostgreSQL tests skipped");
    return url;
  }

  /** Returns the URL of a new, empty PostgreSQL schema. */
  public static synchronized String freshPostgres() throws SQLException {
    String base = postgresUrl();
    String schema = "bk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    SCHEMAS.add(schema);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the schemas made by {@link #freshPostgres()}. */
  public static synchronized void dropSchemas() throws SQLException {
    if (SCHEMAS.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(postgresUrl());
        Statement s = c.createStatement()) {
      for (String schema : SCHEMAS) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    SCHEMAS.clear();
  }

  /** Drops the schemas a test made, after each test. */
  static final class DropSchemas implements org.junit.jupiter.api.extension.AfterEachCallback {
    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context)
        throws SQLException {
      if (System.getenv("BSA_TEST_PG_URL") != null) {
        dropSchemas();
      }
    }
  }

  /** Returns the URL of a new SQLite file. */
  public static String freshSqlite(Path dir) {
    return "jdbc:sqlite:" + dir.resolve(UUID.randomUUID() + ".db");
  }

  /** Saves {@code files} sample files of {@code perFile} transactions for a tenant. */
  public static void seed(String url, String tenant, int files, int perFile) {
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      for (int i = 0; i < files; i++) {
        var unused =
            store.save(
                TenantId.of(tenant),
                Samples.file(tenant + "-" + i, i * perFile, (i + 1) * perFile));
      }
    }
  }

  /** Returns each bsa table's row count and content checksum, of one tenant or all. */
  public static Map<String, String> contents(
      String url, @org.jspecify.annotations.Nullable String tenant) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url)) {
      Tables.beginSnapshot(c, io.github.bsa.jdbc.Dialect.fromUrl(url));
      for (String t : Tables.list(c)) {
        var d = Tables.digest(c, t, sortedColumns(c, t), tenant);
        out.put(t, d.rows() + " " + d.checksum());
      }
      c.rollback();
    }
    return out;
  }

  private static List<String> sortedColumns(Connection c, String t) throws SQLException {
    List<String> cols = new ArrayList<>(Tables.columns(c, t));
    cols.sort(null);
    return cols;
  }

  /** Returns backups of a URL to a folder under a key. */
  public static Backups backups(String url, Path folder, BackupKey key) {
    return Backups.builder(url).target(BackupTarget.folder(folder)).key(key).build();
  }
}
