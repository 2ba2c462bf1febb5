package io.github.bsa.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The SQL dialects {@link JdbcStatementStore} supports.
 *
 * @since 0.1
 */
public enum Dialect {
  /** PostgreSQL 12 or later, with row-level security as a second line of tenant isolation. */
  POSTGRESQL("postgresql"),
  /** SQLite 3.35 or later, in WAL mode with a busy timeout. */
  SQLITE("sqlite");

  private final String id;

  Dialect(String id) {
    this.id = id;
  }

  /**
   * Returns the lower-case id, also the name of the folder of its migration scripts.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the dialect of a JDBC URL.
   *
   * @param jdbcUrl a URL such as {@code jdbc:sqlite:/path/bsa.db} or {@code
   *     jdbc:postgresql://host/db}
   * @return the dialect
   * @throws IllegalArgumentException if the URL is of another database
   */
  public static Dialect fromUrl(String jdbcUrl) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (lower.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    throw new IllegalArgumentException(
        "Unsupported JDBC URL; use jdbc:postgresql: or jdbc:sqlite: URLs");
  }
}
