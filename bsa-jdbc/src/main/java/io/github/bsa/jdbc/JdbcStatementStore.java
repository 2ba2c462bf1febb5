package io.github.bsa.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.jdbc.internal.DriverManagerDataSource;
import io.github.bsa.jdbc.internal.Masking;
import io.github.bsa.jdbc.internal.SchemaMigrator;
import io.github.bsa.jdbc.internal.SqlErrors;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
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
  private static final int MAX_ATTEMPTS = 5;
  private static final String TXN_COLUMNS =
      "t.txn_id, t.account_key, t.statement_id, t.booking_date, t.value_date, t.amount,"
          + " t.currency, t.description, t.counterparty, t.counterparty_account, t.reference,"
          + " t.end_to_end_id, t.type_code, t.category, t.balance, t.attributes";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Clock clock;
  private final int busyTimeoutMillis;
  private final String description;

  private JdbcStatementStore(Builder b, Dialect dialect) {
    this.dataSource = b.dataSource;
    this.dialect = dialect;
    this.clock = b.clock;
    this.busyTimeoutMillis = b.busyTimeoutMillis;
    this.description = b.description == null ? "DataSource" : b.description;
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
   * hosts. For SQLite the parent folder is created.
   *
   * @param jdbcUrl a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL (credentials may be in
   *     it; they are masked in logs)
   * @return the store
   * @throws IllegalArgumentException if the URL is of another database
   * @throws StorageException if the database is unreachable or its schema does not match
   */
  public static JdbcStatementStore open(String jdbcUrl) {
    Dialect dialect = Dialect.fromUrl(jdbcUrl);
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
        } catch (java.io.IOException e) {
          throw new StorageException(
              io.github.bsa.core.ErrorCode.STORAGE_UNAVAILABLE,
              "Cannot create the database folder",
              null,
              e);
        }
      }
      p.setProperty("journal_mode", "WAL");
      p.setProperty("synchronous", "NORMAL");
      p.setProperty("foreign_keys", "true");
      p.setProperty("busy_timeout", Integer.toString(Builder.DEFAULT_BUSY_TIMEOUT_MILLIS));
    }
    return builder(new DriverManagerDataSource(jdbcUrl, p))
        .dialect(dialect)
        .description(Masking.maskUrl(jdbcUrl))
        .build();
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

  /** Does nothing: the data source belongs to the host. */
  @Override
  public void close() {}

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
    return new StoreHealth(
        healthy, java.time.Duration.ofNanos(System.nanoTime() - started), detail, details);
  }

  // ---------------------------------------------------------------- transactions

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(String operation, TenantId tenant, Work<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        prepare(c);
        c.setAutoCommit(false);
        try {
          if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement ps =
                c.prepareStatement("SELECT set_config('bsa.tenant_id', ?, true)")) {
              ps.setString(1, tenant.value());
              try (ResultSet rs = ps.executeQuery()) {
                rs.next();
              }
            }
          }
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          try {
            c.rollback();
          } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
          }
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        last = e;
        if (!SqlErrors.isRetryable(e) || attempt == MAX_ATTEMPTS) {
          break;
        }
        LOG.debug("{} conflicted (attempt {}), retrying", operation, attempt);
        try {
          Thread.sleep(10L * attempt);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    throw SqlErrors.wrap(operation, requireNonNull(last));
  }

  private void prepare(Connection c) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + busyTimeoutMillis); // an int, not a value from input
        s.execute("PRAGMA foreign_keys = ON");
      }
    }
  }

  // ---------------------------------------------------------------- save

  @Override
  @CanIgnoreReturnValue
  public ImportResult save(TenantId tenant, ParseResult result) {
    requireNonNull(tenant, "tenant");
    ImportPlan plan = ImportPlan.of(tenant, result);
    long started = System.nanoTime();
    ImportResult r = inTransaction("Saving a statement", tenant, c -> save(c, tenant, plan));
    LOG.debug(
        "Saved {} statement(s), {} new and {} known transaction(s) in {} ms (source {})",
        r.statementIds().size(),
        r.transactionsAdded(),
        r.transactionsSkipped(),
        (System.nanoTime() - started) / 1_000_000,
        plan.sourceSha256().substring(0, Math.min(12, plan.sourceSha256().length())));
    return r;
  }

  private ImportResult save(Connection c, TenantId tenant, ImportPlan plan) throws SQLException {
    long now = clock.millis();
    String t = tenant.value();
    tenantLock(c, t, false);
    // The first statement writes, so SQLite takes its write lock now (no lock upgrade later).
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO bsa_import (tenant_id, source_sha256, format, imported_at,"
                + " statement_count) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, t);
      ps.setString(2, plan.sourceSha256());
      ps.setString(3, plan.format());
      ps.setLong(4, now);
      ps.setInt(5, plan.parts().size());
      if (ps.executeUpdate() == 0) {
        return new ImportResult(plan.sourceSha256(), true, plan.statementIds(), 0, 0);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO bsa_statement (tenant_id, statement_id, source_sha256, seq, format,"
                + " account_key, imported_at, transaction_count, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ImportPlan.Part part : plan.parts()) {
        ps.setString(1, t);
        ps.setString(2, part.id().value());
        ps.setString(3, plan.sourceSha256());
        ps.setInt(4, part.index());
        ps.setString(5, plan.format());
        ps.setString(6, part.accountKey());
        ps.setLong(7, now);
        ps.setInt(8, part.statement().transactions().size());
        ps.setString(
            9, ImportPlan.statementJson(plan.format(), plan.sourceSha256(), part.statement()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    // Insert in key order, so concurrent overlapping imports lock rows in the same order.
    record Pending(ImportPlan.Part part, ImportPlan.Row row) {}
    List<Pending> rows = new ArrayList<>();
    for (ImportPlan.Part part : plan.parts()) {
      for (ImportPlan.Row row : part.rows()) {
        rows.add(new Pending(part, row));
      }
    }
    rows.sort(
        Comparator.comparing((Pending p) -> p.part().accountKey())
            .thenComparing(p -> p.row().txnId())
            .thenComparing(p -> p.part().id().value()));
    int added = 0;
    int skipped = 0;
    try (PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO bsa_transaction (tenant_id, account_key, txn_id, statement_id, seq,"
                    + " txn_date, booking_date, value_date, amount, amount_e4, currency,"
                    + " description, counterparty, counterparty_account, reference,"
                    + " end_to_end_id, type_code, category, balance, attributes, search_text)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING");
        PreparedStatement member =
            c.prepareStatement(
                "INSERT INTO bsa_statement_transaction (tenant_id, statement_id, account_key,"
                    + " txn_id, seq) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      int batched = 0;
      for (Pending p : rows) {
        Transaction x = p.row().transaction();
        int i = 1;
        ins.setString(i++, t);
        ins.setString(i++, p.part().accountKey());
        ins.setString(i++, p.row().txnId());
        ins.setString(i++, p.part().id().value());
        ins.setInt(i++, p.row().seq());
        setDate(ins, i++, x.date().orElse(null));
        setDate(ins, i++, x.bookingDate().orElse(null));
        setDate(ins, i++, x.valueDate().orElse(null));
        setDecimal(ins, i++, x.amount());
        ins.setLong(i++, ImportPlan.amountE4(x.amount(), RoundingMode.HALF_EVEN));
        setString(ins, i++, x.currency().map(Currency::getCurrencyCode).orElse(null));
        ins.setString(i++, x.description());
        setString(ins, i++, x.counterparty().orElse(null));
        setString(ins, i++, x.counterpartyAccount().orElse(null));
        setString(ins, i++, x.reference().orElse(null));
        setString(ins, i++, x.endToEndId().orElse(null));
        setString(ins, i++, x.typeCode().orElse(null));
        setString(ins, i++, x.category().orElse(null));
        setDecimal(ins, i++, x.balance().orElse(null));
        ins.setString(i++, encodeAttributes(x.attributes()));
        ins.setString(i, ImportPlan.searchText(x));
        ins.addBatch();
        member.setString(1, t);
        member.setString(2, p.part().id().value());
        member.setString(3, p.part().accountKey());
        member.setString(4, p.row().txnId());
        member.setInt(5, p.row().seq());
        member.addBatch();
        if (++batched == 500) {
          int[] counts = ins.executeBatch();
          added += countAdded(counts);
          skipped += counts.length - countAdded(counts);
          member.executeBatch();
          batched = 0;
        }
      }
      if (batched > 0) {
        int[] counts = ins.executeBatch();
        added += countAdded(counts);
        skipped += counts.length - countAdded(counts);
        member.executeBatch();
      }
    }
    return new ImportResult(plan.sourceSha256(), false, plan.statementIds(), added, skipped);
  }

  private static int countAdded(int[] counts) {
    int n = 0;
    for (int c : counts) {
      if (c > 0 || c == Statement.SUCCESS_NO_INFO) {
        n++;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- reads

  @Override
  public List<StoredStatement> statements(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return inTransaction(
        "Listing statements",
        tenant,
        c ->
            readStatements(
                c,
                tenant,
                "SELECT statement_id, source_sha256, format, seq, imported_at, body"
                    + " FROM bsa_statement WHERE tenant_id = ?"
                    + " ORDER BY imported_at, source_sha256, seq",
                null));
  }

  @Override
  public Optional<StoredStatement> statement(TenantId tenant, StatementId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    List<StoredStatement> found =
        inTransaction(
            "Reading a statement",
            tenant,
            c ->
                readStatements(
                    c,
                    tenant,
                    "SELECT statement_id, source_sha256, format, seq, imported_at, body"
                        + " FROM bsa_statement WHERE tenant_id = ? AND statement_id = ?",
                    id.value()));
    return found.stream().findFirst();
  }

  private static List<StoredStatement> readStatements(
      Connection c, TenantId tenant, String sql, @Nullable String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant.value());
      if (id != null) {
        ps.setString(2, id);
      }
      List<StoredStatement> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredStatement(
                  StatementId.of(rs.getString(1)),
                  tenant,
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  Instant.ofEpochMilli(rs.getLong(5)),
                  ImportPlan.statementFromJson(rs.getString(6))));
        }
      }
      return out;
    }
  }

  @Override
  public List<StoredTransaction> transactions(TenantId tenant, TransactionQuery query) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    // Only fixed SQL fragments are concatenated; every value is a bound parameter.
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(TXN_COLUMNS)
            .append(" FROM bsa_transaction t WHERE t.tenant_id = ?");
    List<Binder> binds = new ArrayList<>();
    binds.add((ps, i) -> ps.setString(i, tenant.value()));
    query
        .accountKey()
        .ifPresent(
            a -> {
              sql.append(" AND t.account_key = ?");
              binds.add((ps, i) -> ps.setString(i, a));
            });
    query
        .from()
        .ifPresent(
            d -> {
              sql.append(" AND t.txn_date >= ?");
              binds.add((ps, i) -> setDate(ps, i, d));
            });
    query
        .to()
        .ifPresent(
            d -> {
              sql.append(" AND t.txn_date <= ?");
              binds.add((ps, i) -> setDate(ps, i, d));
            });
    query
        .minAmount()
        .ifPresent(
            a -> {
              sql.append(" AND t.amount_e4 >= ?");
              long v = ImportPlan.amountE4(a, RoundingMode.CEILING);
              binds.add((ps, i) -> ps.setLong(i, v));
            });
    query
        .maxAmount()
        .ifPresent(
            a -> {
              sql.append(" AND t.amount_e4 <= ?");
              long v = ImportPlan.amountE4(a, RoundingMode.FLOOR);
              binds.add((ps, i) -> ps.setLong(i, v));
            });
    query
        .category()
        .ifPresent(
            cat -> {
              sql.append(" AND t.category = ?");
              binds.add((ps, i) -> ps.setString(i, cat));
            });
    query
        .text()
        .ifPresent(
            text -> {
              sql.append(" AND t.search_text LIKE ? ESCAPE '\\'");
              String pattern = ImportPlan.likePattern(text);
              binds.add((ps, i) -> ps.setString(i, pattern));
            });
    query
        .statementId()
        .ifPresent(
            id -> {
              sql.append(
                  " AND EXISTS (SELECT 1 FROM bsa_statement_transaction m"
                      + " WHERE m.tenant_id = t.tenant_id AND m.account_key = t.account_key"
                      + " AND m.txn_id = t.txn_id AND m.statement_id = ?)");
              binds.add((ps, i) -> ps.setString(i, id.value()));
            });
    sql.append(
        " ORDER BY CASE WHEN t.txn_date IS NULL THEN 1 ELSE 0 END, t.txn_date, t.account_key,"
            + " t.statement_id, t.seq LIMIT ? OFFSET ?");
    binds.add((ps, i) -> ps.setInt(i, query.limit()));
    binds.add((ps, i) -> ps.setInt(i, query.offset()));
    String text = sql.toString();
    return inTransaction(
        "Querying transactions",
        tenant,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(text)) {
            for (int i = 0; i < binds.size(); i++) {
              binds.get(i).bind(ps, i + 1);
            }
            List<StoredTransaction> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(readTransaction(rs));
              }
            }
            return out;
          }
        });
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps, int index) throws SQLException;
  }

  private StoredTransaction readTransaction(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    String currency = rs.getString(7);
    String balance = rs.getString(15);
    Transaction.Builder b =
        Transaction.builder()
            .id(id)
            .bookingDate(getDate(rs, 4))
            .valueDate(getDate(rs, 5))
            .amount(new BigDecimal(rs.getString(6)))
            .currency(currency == null ? null : Currency.getInstance(currency))
            .description(rs.getString(8))
            .counterparty(rs.getString(9))
            .counterpartyAccount(rs.getString(10))
            .reference(rs.getString(11))
            .endToEndId(rs.getString(12))
            .typeCode(rs.getString(13))
            .category(rs.getString(14))
            .balance(balance == null ? null : new BigDecimal(balance));
    decodeAttributes(rs.getString(16)).forEach(b::attribute);
    return new StoredTransaction(id, rs.getString(2), StatementId.of(rs.getString(3)), b.build());
  }

  // ---------------------------------------------------------------- deletes

  @Override
  @CanIgnoreReturnValue
  public boolean deleteStatement(TenantId tenant, StatementId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    String t = tenant.value();
    String s = id.value();
    return inTransaction(
        "Deleting a statement",
        tenant,
        c -> {
          update(
              c,
              "DELETE FROM bsa_statement_transaction WHERE tenant_id = ? AND statement_id = ?",
              t,
              s);
          String source = null;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT source_sha256 FROM bsa_statement WHERE tenant_id = ? AND statement_id = ?")) {
            ps.setString(1, t);
            ps.setString(2, s);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                source = rs.getString(1);
              }
            }
          }
          if (source == null) {
            return false;
          }
          update(c, "DELETE FROM bsa_statement WHERE tenant_id = ? AND statement_id = ?", t, s);
          update(
              c,
              "DELETE FROM bsa_transaction WHERE tenant_id = ? AND statement_id = ? AND NOT EXISTS"
                  + " (SELECT 1 FROM bsa_statement_transaction m WHERE m.tenant_id ="
                  + " bsa_transaction.tenant_id AND m.account_key = bsa_transaction.account_key"
                  + " AND m.txn_id = bsa_transaction.txn_id)",
              t,
              s);
          update(
              c,
              "UPDATE bsa_transaction SET statement_id = (SELECT MIN(m.statement_id) FROM"
                  + " bsa_statement_transaction m WHERE m.tenant_id = bsa_transaction.tenant_id"
                  + " AND m.account_key = bsa_transaction.account_key"
                  + " AND m.txn_id = bsa_transaction.txn_id)"
                  + " WHERE tenant_id = ? AND statement_id = ?",
              t,
              s);
          update(
              c,
              "DELETE FROM bsa_import WHERE tenant_id = ? AND source_sha256 = ? AND NOT EXISTS"
                  + " (SELECT 1 FROM bsa_statement s WHERE s.tenant_id = bsa_import.tenant_id"
                  + " AND s.source_sha256 = bsa_import.source_sha256)",
              t,
              source);
          return true;
        });
  }

  @Override
  @CanIgnoreReturnValue
  public int purge(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    String t = tenant.value();
    int n =
        inTransaction(
            "Purging a tenant",
            tenant,
            c -> {
              tenantLock(c, t, true);
              update(c, "DELETE FROM bsa_statement_transaction WHERE tenant_id = ?", t);
              update(c, "DELETE FROM bsa_transaction WHERE tenant_id = ?", t);
              int statements = update(c, "DELETE FROM bsa_statement WHERE tenant_id = ?", t);
              update(c, "DELETE FROM bsa_import WHERE tenant_id = ?", t);
              return statements;
            });
    LOG.info("Purged a tenant: {} statement(s) deleted", n);
    return n;
  }

  /**
   * On PostgreSQL, takes the tenant's transaction-scoped advisory lock: shared for a save,
   * exclusive for a purge. Without it a purge racing an import of the same tenant (READ COMMITTED)
   * deletes the statements after the import committed rows that reference them, and fails with
   * SQLSTATE 23503 (found by the multi-tenant soak, issue #17). Saves still run concurrently with
   * each other. SQLite serialises writers already.
   */
  private void tenantLock(Connection c, String tenant, boolean exclusive) throws SQLException {
    if (dialect != Dialect.POSTGRESQL) {
      return;
    }
    String sql =
        exclusive
            ? "SELECT pg_advisory_xact_lock(hashtext(?))"
            : "SELECT pg_advisory_xact_lock_shared(hashtext(?))";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, "bsa.tenant:" + tenant);
      ps.execute();
    }
  }

  @CanIgnoreReturnValue
  private static int update(Connection c, String sql, String... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- dialect binding

  private void setDate(PreparedStatement ps, int i, @Nullable LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, dialect == Dialect.POSTGRESQL ? Types.DATE : Types.VARCHAR);
    } else if (dialect == Dialect.POSTGRESQL) {
      ps.setObject(i, d);
    } else {
      ps.setString(i, d.toString());
    }
  }

  private @Nullable LocalDate getDate(ResultSet rs, int i) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      return rs.getObject(i, LocalDate.class);
    }
    String s = rs.getString(i);
    return s == null ? null : LocalDate.parse(s);
  }

  private void setDecimal(PreparedStatement ps, int i, @Nullable BigDecimal d) throws SQLException {
    if (d == null) {
      ps.setNull(i, dialect == Dialect.POSTGRESQL ? Types.NUMERIC : Types.VARCHAR);
    } else if (dialect == Dialect.POSTGRESQL) {
      ps.setBigDecimal(i, d);
    } else {
      ps.setString(i, d.toPlainString());
    }
  }

  private static void setString(PreparedStatement ps, int i, @Nullable String s)
      throws SQLException {
    if (s == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, s);
    }
  }

  /** Encodes attributes as {@code key=value} lines, escaping {@code %}, newline and {@code =}. */
  static String encodeAttributes(Map<String, String> attributes) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      b.append(escape(e.getKey())).append('=').append(escape(e.getValue())).append('\n');
    }
    return b.toString();
  }

  static Map<String, String> decodeAttributes(@Nullable String text) {
    Map<String, String> out = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String line : text.split("\n", -1)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        out.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
      }
    }
    return out;
  }

  private static String escape(String s) {
    return s.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D").replace("=", "%3D");
  }

  private static String unescape(String s) {
    return s.replace("%3D", "=").replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
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
    private @Nullable String description;

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
      JdbcStatementStore store = new JdbcStatementStore(this, d);
      LOG.info("Opened the statement store ({})", store);
      return store;
    }
  }
}
