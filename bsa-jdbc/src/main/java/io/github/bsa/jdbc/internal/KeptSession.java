package io.github.bsa.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The one SQLite connection {@code open(url)} keeps for the store's life (ADR 0380), lent to one
 * call at a time: a save on it skips opening a connection and its pragmas, and its multi-row
 * inserts stay prepared between saves instead of being prepared again for every import (SQLite
 * parses a 250-row, 5,250-parameter statement each time). A call that finds it lent out (another
 * thread, or a call nested in one that holds it) opens a connection of its own as before. Holding
 * it open also keeps closing other connections from checkpointing and deleting the WAL file (ADR
 * 0080). Thread-safe: the lending is one compare-and-set, and the statement cache is only touched
 * by the borrower.
 */
public final class KeptSession implements AutoCloseable {
  private final Connection connection;
  private final AtomicBoolean lent = new AtomicBoolean();
  private final Map<String, PreparedStatement> prepared = new HashMap<>();
  private boolean configured;
  private boolean closed;

  /**
   * Keeps a connection.
   *
   * @param connection the connection, closed with this session
   */
  public KeptSession(Connection connection) {
    this.connection = connection;
  }

  /**
   * Borrows the connection if no one holds it.
   *
   * @return the connection, or {@code null} when it is lent out or closed; give it back with {@link
   *     #giveBack()}
   */
  @Nullable Connection tryBorrow() {
    if (!lent.compareAndSet(false, true)) {
      return null;
    }
    if (closed) {
      lent.set(false);
      return null;
    }
    return connection;
  }

  /** Returns the connection after {@link #tryBorrow()}. */
  void giveBack() {
    lent.set(false);
  }

  /** Whether {@code c} is this session's connection (then the caller holds it). */
  boolean owns(Connection c) {
    return c == connection;
  }

  /**
   * Whether the per-connection settings still have to be applied; true only the first time. Called
   * by the borrower.
   */
  boolean firstUse() {
    boolean first = !configured;
    configured = true;
    return first;
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
      ps = connection.prepareStatement(sql);
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
      for (PreparedStatement ps : prepared.values()) {
        try {
          ps.close();
        } catch (SQLException e) {
          // the connection's close below releases it as well
        }
      }
      prepared.clear();
      connection.close();
    } finally {
      lent.set(false);
    }
  }
}
