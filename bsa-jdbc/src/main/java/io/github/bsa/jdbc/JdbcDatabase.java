package io.github.bsa.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.jdbc.internal.DriverManagerDataSource;
import io.github.bsa.jdbc.internal.SchemaMigrator;
import io.github.bsa.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Getting a {@link DataSource} for a JDBC URL and bringing its schema up to date, for hosts without
 * a connection pool of their own and for hosts that migrate before they start (see {@code
 * docs/storage.md}). Stateless and thread-safe.
 *
 * <p>bsa-jdbc does not bring a JDBC driver: add {@code org.xerial:sqlite-jdbc} for SQLite or {@code
 * org.postgresql:postgresql} for PostgreSQL to your own dependencies. A missing driver is a {@link
 * StorageException} with {@link ErrorCode#STORAGE_UNAVAILABLE} naming the artifact to add.
 *
 * @since 0.2
 */
public final class JdbcDatabase {
  /** The busy timeout set on SQLite connections, in milliseconds. */
  static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

  private JdbcDatabase() {}

  /**
   * Returns a data source that opens a new connection per call through {@link DriverManager} (no
   * pool): enough for SQLite, the CLI and small hosts; a busy PostgreSQL host passes its pool
   * instead. For SQLite the parent folder of the file is created, and connections use WAL mode,
   * {@code synchronous=NORMAL}, foreign keys and a 30 s busy timeout. The schema is not touched.
   *
   * @param jdbcUrl a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL (credentials may be in
   *     it; its {@code toString()} masks them)
   * @return the data source
   * @throws IllegalArgumentException if the URL is of another database
   * @throws StorageException with {@code STORAGE_UNAVAILABLE} if the driver is not on the class or
   *     module path (the message names the Maven artifact) or the SQLite folder cannot be created
   */
  public static DataSource dataSource(String jdbcUrl) {
    Dialect dialect = Dialect.fromUrl(jdbcUrl);
    requireDriver(jdbcUrl, dialect);
    Properties p = new Properties();
    if (dialect == Dialect.SQLITE) {
      String path = jdbcUrl.substring("jdbc:sqlite:".length());
      int q = path.indexOf('?');
      path = q >= 0 ? path.substring(0, q) : path;
      if (!path.isEmpty() && !path.startsWith(":memory") && !path.startsWith("file:")) {
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
          if (parent != null) {
            Files.createDirectories(parent);
          }
        } catch (IOException e) {
          throw new StorageException(
              ErrorCode.STORAGE_UNAVAILABLE, "Cannot create the database folder", null, e);
        }
      }
      p.setProperty("journal_mode", "WAL");
      p.setProperty("synchronous", "NORMAL");
      p.setProperty("foreign_keys", "true");
      p.setProperty("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MILLIS));
    }
    return new DriverManagerDataSource(jdbcUrl, p);
  }

  /**
   * Applies the migration scripts this version of bsa-jdbc has not yet applied (statement storage
   * and the job queue, {@code V001__init.sql}, {@code V002__jobs.sql}, ...), in version order, in
   * one transaction; concurrent calls from several hosts are serialized. Safe to call at every
   * start.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @return the number of scripts applied (0 when the schema was up to date)
   * @throws StorageException with {@code SCHEMA_MISMATCH} if the database is newer than this
   *     version or an applied script was changed, {@code STORAGE_UNAVAILABLE} if it is unreachable
   */
  @CanIgnoreReturnValue
  public static int migrate(DataSource dataSource, Dialect dialect) {
    requireNonNull(dialect, "dialect");
    return SchemaMigrator.migrate(dataSource, dialect);
  }

  /**
   * Returns the newest schema version this version of bsa-jdbc knows for a dialect, the version
   * {@link #migrate} brings a database to.
   *
   * @param dialect the dialect
   * @return the version, such as 2
   */
  public static int schemaVersion(Dialect dialect) {
    return SchemaMigrator.newestVersion(requireNonNull(dialect, "dialect"));
  }

  static void requireDriver(String jdbcUrl, Dialect dialect) {
    try {
      DriverManager.getDriver(jdbcUrl);
    } catch (SQLException e) {
      throw new StorageException(
          ErrorCode.STORAGE_UNAVAILABLE,
          "No JDBC driver for "
              + dialect.id()
              + " on the class or module path: add the Maven dependency "
              + driverArtifact(dialect),
          e.getSQLState(),
          e);
    }
  }

  static String driverArtifact(Dialect dialect) {
    return dialect == Dialect.SQLITE ? "org.xerial:sqlite-jdbc" : "org.postgresql:postgresql";
  }
}
