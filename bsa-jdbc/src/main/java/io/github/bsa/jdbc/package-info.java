/**
 * The JDBC statement store for PostgreSQL and SQLite over a host's {@link javax.sql.DataSource}:
 * start with {@link io.github.bsa.jdbc.JdbcStatementStore}. See {@code docs/storage.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.jdbc;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
