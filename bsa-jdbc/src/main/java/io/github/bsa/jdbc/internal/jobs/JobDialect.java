package io.github.bsa.jdbc.internal.jobs;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the job store speaks to, told apart by the JDBC product name. */
public enum JobDialect {
  /** PostgreSQL 12 or later: claims with {@code FOR UPDATE SKIP LOCKED}. */
  POSTGRESQL,
  /** SQLite 3.35 or later: claims with one {@code UPDATE ... RETURNING}. */
  SQLITE;

  /**
   * Returns the dialect of a connection.
   *
   * @param c the connection
   * @return the dialect
   * @throws SQLException if the metadata cannot be read
   * @throws BsaException with {@link ErrorCode#SCHEMA_MISMATCH} for another database
   */
  public static JobDialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("sqlite")) {
      return SQLITE;
    }
    throw new BsaException(
        ErrorCode.SCHEMA_MISMATCH, "The job store supports PostgreSQL and SQLite only");
  }
}
