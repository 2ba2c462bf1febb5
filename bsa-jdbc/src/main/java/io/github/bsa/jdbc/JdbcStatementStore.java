package io.github.bsa.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.core.event.BsaEventListener;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.jdbc.internal.DriverManagerDataSource;
import io.github.bsa.jdbc.internal.KeptSession;
import io.github.bsa.jdbc.internal.Masking;
import io.github.bsa.jdbc.internal.SchemaMigrator;
import io.github.bsa.jdbc.internal.SqlErrors;
import io.github.bsa.jdbc.internal.StatementWriter;
import io.github.bsa.jdbc.internal.StoreHealthCheck;
import io.github.bsa.jdbc.internal.TransactionQueries;
import io.github.bsa.jdbc.internal.TransactionRunner;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.StatementStore;
import io.github.bsa.storage.StorageException;
import io.github.bsa.storage.StoreHealth;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import io.github.bsa.storage.spi.ImportPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StatementStore} in PostgreSQL or SQLite, over a {@link DataSource} the host provides
 * (pooled or not). Every statement carries the tenant as a bound parameter; on PostgreSQL each
 * transaction also sets {@code bsa.tenant_id} with {@code set_config(.., true)} so the row-level
 * security policies of the schema hide other tenants' rows even from a faulty query. Each {@link
 * #save} runs as one database transaction with batched inserts: after a crash the database holds
 * the whole file or none of it. On SQLite every connection gets a busy timeout and the database is
 * switched to WAL mode.
 *
 * <p>The schema is migrated on {@link Builder#build()} unless {@link Builder#migrate(boolean)} is
 * off (hosts using Flyway or Liquibase take the scripts from {@link #migrationScripts(Dialect)}).
 * Thread-safe; {@link #toString()} masks credentials.
 *
 * <pre>{@code
 * JdbcStatementStore store = JdbcStatementStore.builder(dataSource)
 *     .dialect(Dialect.POSTGRESQL)
 *     .build();                       // applies pending migrations
 * store.save(tenant, analyzer.parse(file));
 * }</pre>
 *
 * @since 0.1
 */
public final class JdbcStatementStore implements StatementStore, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStatementStore.class);

  private final Dialect dialect;
  private final Clock clock;
  private final String description;
  private final TransactionRunner transactions;
  private final StatementWriter writer;
  private final TransactionQueries queries;
  private final StoreHealthCheck health;
  private final @Nullable KeptSession keeper;

  private JdbcStatementStore(Builder b, Dialect dialect, @Nullable KeptSession keeper) {
    this.keeper = keeper;
    this.dialect = dialect;
    this.clock = b.clock;
    this.description = b.description == null ? "DataSource" : b.description;
    this.transactions =
        new TransactionRunner(b.dataSource, dialect, b.busyTimeoutMillis, b.events, keeper);
    // a data source without a pool opens a session per call: no COPY staging table (ADR 0300)
    this.writer =
        new StatementWriter(dialect, b.dataSource instanceof DriverManagerDataSource, keeper);
    this.queries = new TransactionQueries(dialect);
    this.health = new StoreHealthCheck(b.dataSource, dialect);
  }

  /**
   * Returns a builder over a host's data source.
   *
   * @param dataSource the data source
   * @return the builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Opens a store at a JDBC URL without a pool, migrating the schema: for the CLI, tests and small
   * hosts. For SQLite the parent folder is created, the database runs in WAL mode with {@code
   * synchronous=NORMAL} (a committed import survives a crash of the process; a power loss may lose
   * the last commits but never corrupts the file). The store keeps one connection until {@link
   * #close()} and lends it to one call at a time (a call that finds it busy opens its own): no
   * connection is opened per save, SQLite's multi-row inserts stay prepared on it and PostgreSQL
   * copies through its session's staging table (ADR 0380); on SQLite it also keeps the close of
   * other connections from checkpointing and deleting the WAL file. A kept PostgreSQL session the
   * server ended fails the call that finds it and is replaced at the next. Close the store when
   * done.
   *
   * @param jdbcUrl a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL (credentials may be in
   *     it; they are masked in logs)
   * @return the store
   * @throws IllegalArgumentException if the URL is of another database
   * @throws StorageException if the database is unreachable or its schema does not match, or the
   *     JDBC driver is missing (the message names the Maven artifact to add)
   */
  public static JdbcStatementStore open(String jdbcUrl) {
    Dialect dialect = Dialect.fromUrl(jdbcUrl);
    Builder b =
        builder(JdbcDatabase.dataSource(jdbcUrl))
            .dialect(dialect)
            .description(Masking.maskUrl(jdbcUrl));
    b.keepOpen = true;
    return b.build();
  }

  /**
   * Returns the migration scripts of a dialect in version order, file name to SQL, for hosts that
   * run migrations with their own tool. Statements end with {@code ;} at the end of a line.
   *
   * @param dialect the dialect
   * @return an ordered map of file name to script
   */
  public static Map<String, String> migrationScripts(Dialect dialect) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (SchemaMigrator.Script s : SchemaMigrator.scripts(dialect)) {
      out.put(s.fileName(), s.sql());
    }
    return out;
  }

  /**
   * Returns the dialect.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Releases what {@link #open(String)} holds (the connection it keeps, once the call running on it
   * has ended); for a store over a host's data source it does nothing, as the data source belongs
   * to the host. Calls after it open a connection each.
   */
  @Override
  public void close() {
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException e) {
        LOG.debug("Closing the kept connection failed: {}", e.getSQLState());
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcStatementStore[" + dialect.id() + ", " + description + "]";
  }

  /**
   * Checks that the database answers within 5 seconds and has the newest schema this version knows.
   * Never throws for database failures.
   *
   * @return the health, with details {@code dialect}, {@code schemaVersion} and, on failure, {@code
   *     errorCode} and {@code sqlState}
   */
  @Override
  public StoreHealth health() {
    return health.run();
  }

  @Override
  @CanIgnoreReturnValue
  public ImportResult save(TenantId tenant, ParseResult result) {
    requireNonNull(tenant, "tenant");
    ImportPlan plan = ImportPlan.of(tenant, result);
    long started = System.nanoTime();
    ImportResult r =
        transactions.inTransaction(
            "Saving a statement", tenant, c -> writer.save(c, tenant, plan, clock.millis()));
    LOG.debug(
        "Saved {} statement(s), {} new and {} known transaction(s) in {} ms (source {})",
        r.statementIds().size(),
        r.transactionsAdded(),
        r.transactionsSkipped(),
        (System.nanoTime() - started) / 1_000_000,
        plan.sourceSha256().substring(0, Math.min(12, plan.sourceSha256().length())));
    return r;
  }

  @Override
  public List<StoredStatement> statements(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return transactions.inTransaction(
        "Listing statements", tenant, c -> TransactionQueries.statements(c, tenant, null));
  }

  @Override
  public Optional<StoredStatement> statement(TenantId tenant, StatementId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    List<StoredStatement> found =
        transactions.inTransaction(
            "Reading a statement", tenant, c -> TransactionQueries.statements(c, tenant, id));
    return found.stream().findFirst();
  }

  @Override
  public List<StoredTransaction> transactions(TenantId tenant, TransactionQuery query) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    TransactionQueries.Select select = queries.select(tenant, query);
    return transactions.inTransaction("Querying transactions", tenant, select::run);
  }

  @Override
  @CanIgnoreReturnValue
  public boolean deleteStatement(TenantId tenant, StatementId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "Deleting a statement", tenant, c -> writer.deleteStatement(c, tenant.value(), id.value()));
  }

  @Override
  @CanIgnoreReturnValue
  public int purge(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    int n =
        transactions.inTransaction(
            "Purging a tenant", tenant, c -> writer.purge(c, tenant.value()));
    LOG.info("Purged a tenant: {} statement(s) deleted", n);
    return n;
  }

  /** Builds a {@link JdbcStatementStore}. Not thread-safe. */
  public static final class Builder {
    /** The default SQLite busy timeout: 30 seconds. */
    public static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 30_000;

    private final DataSource dataSource;
    private @Nullable Dialect dialect;
    private boolean migrate = true;
    private Clock clock = Clock.systemUTC();
    private int busyTimeoutMillis = DEFAULT_BUSY_TIMEOUT_MILLIS;
    private BsaEventListener events = BsaEventListener.NONE;
    private @Nullable String description;
    // open(url): keep one connection for the store's life and lend it to one call at a time (ADR
    // 0380); on SQLite closing other connections then does not checkpoint and delete the WAL file
    // every time (ADR 0080).
    private boolean keepOpen;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the dialect; by default it is read from the connection's metadata.
     *
     * @param value the dialect
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dialect(Dialect value) {
      this.dialect = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets whether {@link #build()} applies pending migrations (default {@code true}). When off,
     * the host applies {@link #migrationScripts(Dialect)} itself.
     *
     * @param value whether to migrate
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder migrate(boolean value) {
      this.migrate = value;
      return this;
    }

    /**
     * Sets the clock for import times (tests).
     *
     * @param value the clock
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clock(Clock value) {
      this.clock = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets how long a SQLite writer waits for another writer's lock.
     *
     * @param millis 0 or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder busyTimeoutMillis(int millis) {
      if (millis < 0) {
        throw new IllegalArgumentException("busyTimeoutMillis must not be negative");
      }
      this.busyTimeoutMillis = millis;
      return this;
    }

    /**
     * Sets the listener for storage failures ({@link BsaEvent.StorageFailed}: operation, error
     * code, SQLSTATE; no data). A listener that throws never breaks storage.
     *
     * @param value the listener
     * @return this builder
     * @since 0.2
     */
    @CanIgnoreReturnValue
    public Builder events(BsaEventListener value) {
      this.events = BsaEventListener.guarded(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a description for {@code toString()} and logs; never put secrets in it.
     *
     * @param value the description
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder description(String value) {
      this.description = requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the store, detecting the dialect if unset, switching SQLite to WAL mode and applying
     * pending migrations.
     *
     * @return the store
     * @throws StorageException if the database is unreachable, not supported, or its schema does
     *     not match
     */
    public JdbcStatementStore build() {
      Dialect d = dialect;
      try (Connection c = dataSource.getConnection()) {
        if (d == null) {
          d =
              Dialect.fromUrl(
                  "jdbc:"
                      + c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                      + ":");
        }
        if (d == Dialect.SQLITE) {
          try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
          }
        }
      } catch (SQLException e) {
        throw SqlErrors.wrap("Connecting to the database", e);
      } catch (IllegalArgumentException e) {
        throw new StorageException(
            io.github.bsa.core.ErrorCode.STORAGE_UNAVAILABLE, "Unsupported database", null, e);
      }
      if (migrate) {
        var unused = SchemaMigrator.migrate(dataSource, d);
      }
      KeptSession keeper = null;
      if (keepOpen) {
        try {
          keeper = new KeptSession(dataSource, dataSource.getConnection());
        } catch (SQLException e) {
          throw SqlErrors.wrap("Connecting to the database", e);
        }
      }
      JdbcStatementStore store = new JdbcStatementStore(this, d, keeper);
      LOG.info("Opened the statement store ({})", store);
      return store;
    }
  }
}
