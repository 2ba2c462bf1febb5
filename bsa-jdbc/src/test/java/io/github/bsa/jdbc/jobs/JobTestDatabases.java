package io.github.bsa.jdbc.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * Test databases with the job schema. Until the bsa-jdbc migrator is merged, this applies {@code
 * V002__jobs.sql} directly. PostgreSQL tests get a fresh schema each and skip without {@code
 * BSA_TEST_PG_URL}.
 */
final class JobTestDatabases {
  static final String PG_ENV = "BSA_TEST_PG_URL";

  private JobTestDatabases() {}

  static DataSource sqlite(Path file) {
    DataSource ds =
        new UrlDataSource(
            "jdbc:sqlite:" + file.toAbsolutePath() + "?journal_mode=WAL&busy_timeout=10000");
    apply(ds, "sqlite");
    return ds;
  }

  static String pgUrlOrSkip() {
    String url = System.getenv(PG_ENV);
    Assumptions.assumeTrue(
        url != null && !url.isBlank(), PG_ENV + " is not set; PostgreSQL job tests skipped");
    return url;
  }

  /** Creates an empty schema with the job table and returns its name. */
  static String newPgSchema(String url) {
    String schema = "jobs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test schema", e);
    }
    apply(postgres(url, schema), "postgresql");
    return schema;
  }

  static DataSource postgres(String url, String schema) {
    return new UrlDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  static void dropPgSchema(String url, String schema) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // best effort: the throwaway cluster goes away anyway
    }
  }

  static void apply(DataSource ds, String dialect) {
    String resource =
        "/io/github/bsa/jdbc/internal/schema/"
            + dialect.toLowerCase(Locale.ROOT)
            + "/V002__jobs.sql";
    String script;
    try (InputStream in = JobTestDatabases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      int dash = line.indexOf("--");
      withoutComments.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : withoutComments.toString().split(";", -1)) {
        if (!sql.isBlank()) {
          s.execute(sql);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot apply " + resource, e);
    }
  }
}
