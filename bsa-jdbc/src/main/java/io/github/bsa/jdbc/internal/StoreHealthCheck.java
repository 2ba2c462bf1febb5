package io.github.bsa.jdbc.internal;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.StorageException;
import io.github.bsa.storage.StoreHealth;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The statement store's health check: the database answers within 5 seconds and has the newest
 * schema this version knows. Never throws for database failures. Immutable, thread-safe.
 */
public final class StoreHealthCheck {
  private final DataSource dataSource;
  private final Dialect dialect;

  /**
   * Creates the check.
   *
   * @param dataSource the store's data source
   * @param dialect the dialect
   */
  public StoreHealthCheck(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * Runs the check.
   *
   * @return the health, with details {@code dialect}, {@code schemaVersion} and, on failure, {@code
   *     errorCode} and {@code sqlState}
   */
  public StoreHealth run() {
    long started = System.nanoTime();
    Map<String, String> details = new TreeMap<>();
    details.put("dialect", dialect.id());
    boolean healthy;
    String detail;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(5);
      int expected = SchemaMigrator.newestVersion(dialect);
      int actual;
      try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM bsa_schema_version")) {
        actual = rs.next() ? rs.getInt(1) : 0;
      }
      details.put("schemaVersion", Integer.toString(actual));
      details.put("expectedSchemaVersion", Integer.toString(expected));
      healthy = actual == expected;
      detail =
          healthy
              ? "schema version " + actual
              : "schema version " + actual + ", expected " + expected;
    } catch (SQLException e) {
      StorageException wrapped = SqlErrors.wrap("Health check", e);
      details.put("errorCode", wrapped.errorCode().name());
      wrapped.sqlState().ifPresent(state -> details.put("sqlState", state));
      healthy = false;
      detail = wrapped.getMessage();
    } catch (StorageException e) {
      details.put("errorCode", e.errorCode().name());
      healthy = false;
      detail = e.getMessage();
    }
    return new StoreHealth(healthy, Duration.ofNanos(System.nanoTime() - started), detail, details);
  }
}
