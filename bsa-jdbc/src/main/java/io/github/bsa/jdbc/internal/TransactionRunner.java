package io.github.bsa.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.core.event.BsaEventListener;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.StorageException;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.internal.Backoff;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in one database transaction per call: takes a connection, sets the tenant for
 * PostgreSQL's row-level security ({@code set_config('bsa.tenant_id', .., true)}), commits or rolls
 * back, and retries serialization failures and deadlocks up to {@value #MAX_ATTEMPTS} times with
 * bsa's shared {@link Backoff}. On SQLite every connection gets the busy timeout and foreign keys.
 * Immutable, thread-safe.
 */
public final class TransactionRunner {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionRunner.class);
  private static final int MAX_ATTEMPTS = 5;

  /**
   * bsa's one backoff formula: 10, 20, 40, 40 ms (plus up to 25% jitter) between the five attempts.
   * Before it shared {@link Backoff} the runner waited 10, 20, 30, 40 ms without jitter; the jitter
   * keeps two conflicting writers from retrying in step. The loop itself stays here, not in {@link
   * Backoff#retry}: each attempt takes a fresh connection, the work throws the checked {@link
   * SQLException}, a conflict is logged at debug (it is expected under contention), and the final
   * failure is wrapped and reported as an event.
   */
  private static final Backoff BACKOFF = Backoff.of(Duration.ofMillis(10), Duration.ofMillis(40));

  private final DataSource dataSource;
  private final Dialect dialect;
  private final BsaEventListener events;
  private final int busyTimeoutMillis;
  private final @Nullable KeptSession kept;

  /** Work on one connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Runs the work.
     *
     * @throws SQLException to roll back (and retry when retryable)
     */
    T run(Connection c) throws SQLException;
  }

  /**
   * Creates the runner.
   *
   * @param dataSource the host's data source
   * @param dialect the dialect
   * @param busyTimeoutMillis SQLite's busy timeout
   * @param events told of each transaction that finally failed (guarded by the caller)
   * @param kept the session {@code open(url)} keeps, lent to one call at a time, or {@code null}
   */
  public TransactionRunner(
      DataSource dataSource,
      Dialect dialect,
      int busyTimeoutMillis,
      BsaEventListener events,
      @Nullable KeptSession kept) {
    this.dataSource = dataSource;
    this.kept = kept;
    this.dialect = dialect;
    this.busyTimeoutMillis = busyTimeoutMillis;
    this.events = events;
  }

  /**
   * Runs work in one transaction for a tenant.
   *
   * @param operation what is done, for messages (no personal data)
   * @return the work's result
   * @throws io.github.bsa.storage.StorageException when the work fails for good
   */
  public <T> T inTransaction(String operation, TenantId tenant, Work<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return attempt(tenant, work);
      } catch (SQLException e) {
        last = e;
        if (!SqlErrors.isRetryable(e) || attempt == MAX_ATTEMPTS) {
          break;
        }
        LOG.debug("{} conflicted (attempt {}), retrying", operation, attempt);
        if (!Backoff.sleep(BACKOFF.delay(attempt))) {
          break; // interrupted: the flag is kept, the last failure is reported
        }
      }
    }
    StorageException failure = SqlErrors.wrap(operation, requireNonNull(last));
    events.onEvent(
        new BsaEvent.StorageFailed(
            operation, failure.errorCode(), failure.sqlState().orElse(null)));
    throw failure;
  }

  /** One attempt: on the kept session when it is free (ADR 0380), else on a new connection. */
  private <T> T attempt(TenantId tenant, Work<T> work) throws SQLException {
    KeptSession session = kept;
    Connection borrowed = session == null ? null : session.tryBorrow();
    if (session != null && borrowed != null) {
      try {
        if (session.needsSetup()) {
          prepare(borrowed);
          session.setupDone();
        }
        return run(borrowed, tenant, work);
      } catch (SQLException | RuntimeException e) {
        session.checkAfter(e);
        throw e;
      } finally {
        session.giveBack();
      }
    }
    try (Connection c = dataSource.getConnection()) {
      prepare(c);
      return run(c, tenant, work);
    }
  }

  private <T> T run(Connection c, TenantId tenant, Work<T> work) throws SQLException {
    return Transactions.inTransaction(
        c,
        tx -> {
          if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement ps =
                tx.prepareStatement("SELECT set_config('bsa.tenant_id', ?, true)")) {
              ps.setString(1, tenant.value());
              try (ResultSet rs = ps.executeQuery()) {
                rs.next();
              }
            }
          }
          return work.run(tx);
        });
  }

  private void prepare(Connection c) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + busyTimeoutMillis); // an int, not a value from input
        s.execute("PRAGMA foreign_keys = ON");
        // WAL: a commit is durable against a crash of the process without an fsync per commit
        s.execute("PRAGMA synchronous = NORMAL");
        // 32 MB of page cache instead of 2 MB: the five indexes of a large import stay cached
        s.execute("PRAGMA cache_size = -32768");
      }
    }
  }
}
