package io.github.bsa.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The one connection {@code open(url)} keeps for the store's life (ADR 0380), lent to one call at a
 * time: a call on it skips opening a connection (and, on SQLite, its pragmas); on SQLite its
 * multi-row inserts stay prepared between saves instead of being prepared again for every import
 * (SQLite parses a 250-row, 5,250-parameter statement each time), and on PostgreSQL its session
 * keeps the {@code COPY} staging table (ADR 0300). A call that finds it lent out (another thread,
 * or a call nested in one that holds it) opens a connection of its own as before. On SQLite holding
 * it open also keeps closing other connections from checkpointing and deleting the WAL file (ADR
 * 0080). A connection that failed and no longer answers is closed and replaced at the next call.
 * Thread-safe: the lending is one compare-and-set, and the connection and the statement cache are
 * only touched by the borrower.
 */
public final class KeptSession implements AutoCloseable {
  private final DataSource dataSource;
  private final AtomicBoolean lent = new AtomicBoolean();
  private final Map<String, PreparedStatement> prepared = new HashMap<>();
  private @Nullable Connection connection;
  private boolean configured;
  private boolean closed;

  /**
   * Keeps a connection of a data source.
   *
   * @param dataSource where a replacement comes from
   * @param connection the first connection, closed with this session
   */
  public KeptSession(DataSource dataSource, Connection connection) {
    this.dataSource = dataSource;
    this.connection = connection;
  }

  /**
   * Borrows the connection if no one holds it.
   *
   * @return the connection, or {@code null} when it is lent out or closed; give it back with {@link
   *     #giveBack()}
   */
  @Nullable Connection tryBorrow() throws SQLException {
    if (!lent.compareAndSet(false, true)) {
      return null;
    }
    if (closed) {
      lent.set(false);
      return null;
    }
    Connection c = connection;
    if (c == null) {
      try {
        c = dataSource.getConnection();
      } catch (SQLException | RuntimeException e) {
        lent.set(false);
        throw e;
      }
      connection = c;
      configured = false;
    }
    return c;
  }

  /**
   * After a failed call on the borrowed connection: closes it if it no longer answers, so the next
   * call opens a new one. Called by the borrower.
   *
   * @param failure the failure, to which errors of the check are attached
   */
  void checkAfter(Throwable failure) {
    Connection c = connection;
    if (c == null) {
      return;
    }
    try {
      if (c.isValid(2)) {
        return;
      }
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
    closeStatements();
    connection = null;
    try {
      c.close();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Returns the connection after {@link #tryBorrow()}. */
  void giveBack() {
    lent.set(false);
  }

  /** Whether {@code c} is this session's connection (then the caller holds it). */
  boolean owns(Connection c) {
    return c == connection;
  }

  /** Whether the per-connection settings are still to be applied. Called by the borrower. */
  boolean needsSetup() {
    return !configured;
  }

  /** Records that the per-connection settings were applied. Called by the borrower. */
  void setupDone() {
    configured = true;
  }

  /**
   * Returns the kept prepared statement of a text, preparing it the first time. Called by the
   * borrower; the statement must not be closed by the caller.
   *
   * @throws SQLException from the driver
   */
  PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement ps = prepared.get(sql);
    if (ps == null) {
      ps = requireNonNull(connection).prepareStatement(sql);
      prepared.put(sql, ps);
    }
    return ps;
  }

  /**
   * Closes the kept statements and the connection once no call holds it; a call still running keeps
   * its connection until it ends, then the session stays closed.
   *
   * @throws SQLException from the driver
   */
  @Override
  public void close() throws SQLException {
    while (!lent.compareAndSet(false, true)) {
      LockSupport.parkNanos(1_000_000L); // a save still runs on it
    }
    try {
      if (closed) {
        return;
      }
      closed = true;
      closeStatements();
      Connection c = connection;
      connection = null;
      if (c != null) {
        c.close();
      }
    } finally {
      lent.set(false);
    }
  }

  private void closeStatements() {
    for (PreparedStatement ps : prepared.values()) {
      try {
        ps.close();
      } catch (SQLException e) {
        // closing the connection releases it as well
      }
    }
    prepared.clear();
  }
}
