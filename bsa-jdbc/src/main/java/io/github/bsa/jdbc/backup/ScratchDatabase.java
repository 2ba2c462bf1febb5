package io.github.bsa.jdbc.backup;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.internal.backup.Scratch;
import javax.sql.DataSource;

/**
 * An empty, throw-away database that {@link Backups#verify(String)} restores a backup into, then
 * drops. Because the backup format is portable, the scratch database need not be of the source's
 * dialect: the default is a temporary SQLite file ({@link #sqliteFiles()}), which needs no
 * privileges; {@link #postgres(String)} creates and drops a PostgreSQL database through an
 * administrative connection, to verify on the production engine. See {@code docs/adr/0041}.
 *
 * @since 0.2
 */
public interface ScratchDatabase extends AutoCloseable {
  /**
   * Returns the scratch database.
   *
   * @return the data source
   */
  DataSource dataSource();

  /**
   * Returns its dialect.
   *
   * @return the dialect
   */
  Dialect dialect();

  /** Drops the scratch database. */
  @Override
  void close();

  /**
   * Creates scratch databases. Implementations must be thread-safe.
   *
   * @since 0.2
   */
  @FunctionalInterface
  interface Factory {
    /**
     * Creates an empty scratch database.
     *
     * @return the database, which the caller closes
     */
    ScratchDatabase create();
  }

  /**
   * Returns a factory of temporary SQLite files (deleted on close).
   *
   * @return the factory
   */
  static Factory sqliteFiles() {
    return Scratch::sqlite;
  }

  /**
   * Returns a factory that creates a PostgreSQL database {@code bsa_scratch_<random>} through an
   * administrative connection (a role with {@code CREATEDB}) and drops it on close.
   *
   * @param adminJdbcUrl a {@code jdbc:postgresql:} URL of the server, for example its {@code
   *     postgres} database
   * @return the factory
   */
  static Factory postgres(String adminJdbcUrl) {
    java.util.Objects.requireNonNull(adminJdbcUrl, "adminJdbcUrl");
    return () -> Scratch.postgres(adminJdbcUrl);
  }
}
