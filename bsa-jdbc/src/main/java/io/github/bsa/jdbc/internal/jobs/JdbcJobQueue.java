package io.github.bsa.jdbc.internal.jobs;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.jdbc.internal.TransactionRunner;
import io.github.bsa.jdbc.internal.Transactions;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobOutcome;
import io.github.bsa.storage.jobs.JobPayload;
import io.github.bsa.storage.jobs.JobQueueFullException;
import io.github.bsa.storage.jobs.JobQueueStats;
import io.github.bsa.storage.jobs.JobState;
import io.github.bsa.storage.jobs.LeaseStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The SQL behind {@code JdbcJobStore}. Every statement is parameterised; tenant-facing queries
 * filter by {@code tenant_id}. Worker-facing updates are fenced by {@code state = 'RUNNING' AND
 * lease_owner = ?}, so a worker that lost its lease cannot overwrite the job.
 *
 * <p>Over 500 lines on purpose: it is the {@code JobStore} SPI's eight operations in SQL, each a
 * short transaction written out for both dialects next to each other (the row mapping is {@code
 * JobRows}, the dialect differences {@code JobDialect}); splitting it per operation would scatter
 * the fencing rule that every update shares.
 */
public final class JdbcJobQueue {
  /** Serialises enqueues on PostgreSQL so the queue bound holds under concurrency. */
  private static final long ENQUEUE_LOCK = 0x6273615f6a6f62L; // "bsa_job"

  private static final String CLAIM_SET =
      "UPDATE bsa_job SET state = 'RUNNING', attempts = attempts + 1, lease_owner = ?,"
          + " lease_expires_at = ?, started_at = ?, updated_at = ?";
  private static final String DUE =
      "SELECT id FROM bsa_job WHERE state = 'QUEUED' AND run_at <= ?"
          + " ORDER BY run_at, created_at, id LIMIT 1";
  private static final String OWNED = " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?";

  private final DataSource dataSource;
  private final Clock clock;
  private volatile @Nullable JobDialect dialect;

  /**
   * Creates a queue.
   *
   * @param dataSource where the {@code bsa_job} table lives
   * @param clock the clock for timestamps and leases
   */
  public JdbcJobQueue(DataSource dataSource, Clock clock) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.clock = requireNonNull(clock, "clock");
  }

  private Connection connect() throws SQLException {
    Connection c = dataSource.getConnection();
    try {
      JobDialect d = dialect;
      if (d == null) {
        d = JobDialect.of(c);
        dialect = d;
      }
      if (d == JobDialect.SQLITE) {
        // writers queue up instead of failing at once with SQLITE_BUSY
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA busy_timeout = 10000");
        }
      }
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private JobDialect dialect() {
    return requireNonNull(dialect, "dialect is set by connect()");
  }

  private long now() {
    return clock.millis();
  }

  /**
   * See {@code JobStore.enqueue}.
   *
   * @param tenant the owner
   * @param payload the input
   * @param maxAttempts the attempts
   * @param maxQueued the bound
   * @return the job
   */
  public Job enqueue(TenantId tenant, JobPayload payload, int maxAttempts, int maxQueued) {
    requireNonNull(tenant, "tenant");
    requireNonNull(payload, "payload");
    if (maxAttempts < 1 || maxQueued < 1) {
      throw new IllegalArgumentException("maxAttempts and maxQueued must be at least 1");
    }
    JobId id = JobId.random();
    long now = now();
    String sql =
        "INSERT INTO bsa_job (id, tenant_id, state, attempts, max_attempts, created_at,"
            + " updated_at, run_at, file_name, format, date_order, charset, format_options,"
            + " run_analysis, payload) SELECT ?, ?, 'QUEUED', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
            + " WHERE (SELECT COUNT(*) FROM bsa_job WHERE state = 'QUEUED') < ?";
    try (Connection c = connect()) {
      TransactionRunner.Work<Integer> insert =
          tx -> {
            if (dialect() == JobDialect.POSTGRESQL) {
              try (PreparedStatement lock =
                  tx.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, ENQUEUE_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                  rs.next();
                }
              }
            }
            try (PreparedStatement ps = tx.prepareStatement(sql)) {
              int i = 1;
              ps.setString(i++, id.value());
              ps.setString(i++, tenant.value());
              ps.setInt(i++, maxAttempts);
              ps.setLong(i++, now);
              ps.setLong(i++, now);
              ps.setLong(i++, now);
              JobRows.setString(ps, i++, payload.fileName().orElse(null));
              JobRows.setString(ps, i++, payload.format().orElse(null));
              JobRows.setString(ps, i++, payload.dateOrder().map(Enum::name).orElse(null));
              JobRows.setString(ps, i++, payload.charset().orElse(null));
              ps.setString(i++, JobRows.encodeOptions(payload.formatOptions()));
              ps.setBoolean(i++, payload.analyse());
              ps.setBytes(i++, payload.bytes());
              ps.setLong(i, maxQueued);
              return ps.executeUpdate();
            }
          };
      // PostgreSQL: the advisory lock and the bounded insert in one transaction; SQLite's single
      // statement is atomic by itself (and its writers are serialised by the database lock)
      int inserted =
          dialect() == JobDialect.POSTGRESQL
              ? Transactions.inTransaction(c, insert)
              : insert.run(c);
      if (inserted == 0) {
        throw new JobQueueFullException(maxQueued);
      }
      return get(c, tenant, id).orElseThrow();
    } catch (SQLException e) {
      throw failure("enqueue", e);
    }
  }

  /**
   * See {@code JobStore.claim}.
   *
   * @param workerId the worker
   * @param lease the lease
   * @return the claimed job
   */
  public Optional<Job> claim(String workerId, Duration lease) {
    requireNonNull(workerId, "workerId");
    requireNonNull(lease, "lease");
    long now = now();
    try (Connection c = connect()) {
      if (dialect() == JobDialect.SQLITE) {
        String sql =
            CLAIM_SET
                + " WHERE id = ("
                + DUE
                + ") AND state = 'QUEUED' RETURNING "
                + JobRows.COLUMNS;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          bindClaim(ps, workerId, now, lease);
          ps.setLong(5, now);
          return single(ps);
        }
      }
      return Transactions.inTransaction(
          c,
          tx -> {
            String id;
            try (PreparedStatement ps = tx.prepareStatement(DUE + " FOR UPDATE SKIP LOCKED")) {
              ps.setLong(1, now);
              try (ResultSet rs = ps.executeQuery()) {
                id = rs.next() ? rs.getString(1) : null;
              }
            }
            if (id == null) {
              return Optional.empty();
            }
            try (PreparedStatement ps =
                tx.prepareStatement(CLAIM_SET + " WHERE id = ? RETURNING " + JobRows.COLUMNS)) {
              bindClaim(ps, workerId, now, lease);
              ps.setString(5, id);
              return single(ps);
            }
          });
    } catch (SQLException e) {
      throw failure("claim", e);
    }
  }

  private static void bindClaim(PreparedStatement ps, String workerId, long now, Duration lease)
      throws SQLException {
    ps.setString(1, workerId);
    ps.setLong(2, now + lease.toMillis());
    ps.setLong(3, now);
    ps.setLong(4, now);
  }

  private static Optional<Job> single(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(JobRows.read(rs)) : Optional.empty();
    }
  }

  /**
   * See {@code JobStore.renewLease}.
   *
   * @param id the job
   * @param workerId the worker
   * @param lease the lease
   * @return the status
   */
  public LeaseStatus renewLease(JobId id, String workerId, Duration lease) {
    requireNonNull(id, "id");
    requireNonNull(workerId, "workerId");
    requireNonNull(lease, "lease");
    long now = now();
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE bsa_job SET lease_expires_at = ?, updated_at = ?"
                    + OWNED
                    + " RETURNING cancel_requested")) {
      ps.setLong(1, now + lease.toMillis());
      ps.setLong(2, now);
      ps.setString(3, id.value());
      ps.setString(4, workerId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return LeaseStatus.LOST;
        }
        return rs.getBoolean(1) ? LeaseStatus.CANCEL_REQUESTED : LeaseStatus.RENEWED;
      }
    } catch (SQLException e) {
      throw failure("renewLease", e);
    }
  }

  /**
   * See {@code JobStore.complete}.
   *
   * @param id the job
   * @param workerId the worker
   * @param outcome the outcome
   * @return whether the job was updated
   */
  public boolean complete(JobId id, String workerId, JobOutcome outcome) {
    requireNonNull(id, "id");
    requireNonNull(workerId, "workerId");
    requireNonNull(outcome, "outcome");
    long now = now();
    boolean retry = outcome.state() == JobState.QUEUED;
    String sql =
        "UPDATE bsa_job SET state = ?, result_ref = ?, error_code = ?, error_message = ?,"
            + (retry ? " run_at = ?," : " finished_at = ?,")
            + " updated_at = ?, lease_owner = NULL, lease_expires_at = NULL"
            + OWNED;
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, outcome.state().name());
      JobRows.setString(ps, 2, outcome.resultRef().orElse(null));
      JobRows.setString(ps, 3, outcome.errorCode().map(Enum::name).orElse(null));
      JobRows.setString(ps, 4, outcome.errorMessage().orElse(null));
      ps.setLong(5, retry ? outcome.retryAt().orElseThrow().toEpochMilli() : now);
      ps.setLong(6, now);
      ps.setString(7, id.value());
      ps.setString(8, workerId);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("complete", e);
    }
  }

  /**
   * See {@code JobStore.cancel}.
   *
   * @param tenant the tenant
   * @param id the job
   * @return whether the job was cancelled or flagged
   */
  public boolean cancel(TenantId tenant, JobId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    try (Connection c = connect()) {
      // two attempts cover a job that moved between QUEUED and RUNNING in between
      for (int round = 0; round < 2; round++) {
        long now = now();
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE bsa_job SET state = 'CANCELLED', finished_at = ?, updated_at = ?,"
                    + " error_code = 'CANCELLED', error_message = 'The job was cancelled'"
                    + " WHERE id = ? AND tenant_id = ? AND state = 'QUEUED'")) {
          ps.setLong(1, now);
          ps.setLong(2, now);
          ps.setString(3, id.value());
          ps.setString(4, tenant.value());
          if (ps.executeUpdate() == 1) {
            return true;
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE bsa_job SET cancel_requested = ?, updated_at = ?"
                    + " WHERE id = ? AND tenant_id = ? AND state = 'RUNNING'")) {
          ps.setBoolean(1, true);
          ps.setLong(2, now);
          ps.setString(3, id.value());
          ps.setString(4, tenant.value());
          if (ps.executeUpdate() == 1) {
            return true;
          }
        }
        Optional<Job> j = get(c, tenant, id);
        if (j.isEmpty() || j.get().state().isTerminal()) {
          return false;
        }
      }
      return false;
    } catch (SQLException e) {
      throw failure("cancel", e);
    }
  }

  /**
   * See {@code JobStore.get}.
   *
   * @param tenant the tenant
   * @param id the job
   * @return the job
   */
  public Optional<Job> get(TenantId tenant, JobId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    try (Connection c = connect()) {
      return get(c, tenant, id);
    } catch (SQLException e) {
      throw failure("get", e);
    }
  }

  private static Optional<Job> get(Connection c, TenantId tenant, JobId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + JobRows.COLUMNS + " FROM bsa_job WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, id.value());
      ps.setString(2, tenant.value());
      return single(ps);
    }
  }

  /**
   * See {@code JobStore.list}.
   *
   * @param tenant the tenant
   * @param states the states
   * @param limit the limit
   * @return the jobs
   */
  public List<Job> list(TenantId tenant, Set<JobState> states, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(states, "states");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    if (states.isEmpty()) {
      return List.of();
    }
    String placeholders = states.stream().map(s -> "?").collect(Collectors.joining(", "));
    String sql =
        "SELECT "
            + JobRows.COLUMNS
            + " FROM bsa_job WHERE tenant_id = ? AND state IN ("
            + placeholders
            + ") ORDER BY created_at DESC, id DESC LIMIT ?";
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, tenant.value());
      for (JobState s : states) {
        ps.setString(i++, s.name());
      }
      ps.setInt(i, limit);
      List<Job> jobs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          jobs.add(JobRows.read(rs));
        }
      }
      return List.copyOf(jobs);
    } catch (SQLException e) {
      throw failure("list", e);
    }
  }

  /**
   * See {@code JobStore.requeueExpired}.
   *
   * @return the number of jobs changed
   */
  public int requeueExpired() {
    long now = now();
    String expired = " WHERE state = 'RUNNING' AND lease_expires_at < ?";
    String clear = ", lease_owner = NULL, lease_expires_at = NULL, updated_at = ?";
    try (Connection c = connect()) {
      int changed = 0;
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE bsa_job SET state = 'CANCELLED', finished_at = ?, error_code = 'CANCELLED',"
                  + " error_message = 'The job was cancelled'"
                  + clear
                  + expired
                  + " AND cancel_requested = ?")) {
        ps.setLong(1, now);
        ps.setLong(2, now);
        ps.setLong(3, now);
        ps.setBoolean(4, true);
        changed += ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE bsa_job SET state = 'FAILED', finished_at = ?, error_code = 'LIMIT_EXCEEDED',"
                  + " error_message = 'The worker stopped renewing its lease on the last attempt'"
                  + clear
                  + expired
                  + " AND attempts >= max_attempts")) {
        ps.setLong(1, now);
        ps.setLong(2, now);
        ps.setLong(3, now);
        changed += ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE bsa_job SET state = 'QUEUED', run_at = ?" + clear + expired)) {
        ps.setLong(1, now);
        ps.setLong(2, now);
        ps.setLong(3, now);
        changed += ps.executeUpdate();
      }
      return changed;
    } catch (SQLException e) {
      throw failure("requeueExpired", e);
    }
  }

  /**
   * See {@code JobStore.queueStats}: counts over all tenants, no tenant data.
   *
   * @return the stats
   */
  public JobQueueStats queueStats() {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT SUM(CASE WHEN state = 'QUEUED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN state = 'RUNNING' THEN 1 ELSE 0 END),"
                    + " MIN(CASE WHEN state = 'QUEUED' THEN created_at END)"
                    + " FROM bsa_job WHERE state IN ('QUEUED', 'RUNNING')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      int queued = rs.getInt(1);
      int running = rs.getInt(2);
      long oldest = rs.getLong(3);
      boolean none = rs.wasNull();
      JobQueueStats stats = new JobQueueStats(queued, running, null);
      return none ? stats : stats.withOldestQueued(Instant.ofEpochMilli(oldest));
    } catch (SQLException e) {
      throw failure("queueStats", e);
    }
  }

  /**
   * Wraps a JDBC failure. The message names the operation and SQLState only, since driver messages
   * may quote values.
   */
  private static BsaException failure(String operation, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = String.valueOf(e.getMessage());
    ErrorCode code;
    if (state.startsWith("23") || state.startsWith("40")) {
      code = ErrorCode.STORAGE_CONFLICT;
    } else if (state.equals("42P01")
        || state.equals("42703")
        || message.contains("no such table")
        || message.contains("no such column")) {
      // An unmigrated database is permanent, not worth retrying: see JdbcDatabase.migrate.
      code = ErrorCode.SCHEMA_MISMATCH;
    } else {
      code = ErrorCode.STORAGE_UNAVAILABLE;
    }
    return new BsaException(
        code,
        "Job store "
            + operation
            + " failed (SQLState "
            + (state.isEmpty() ? "none" : state)
            + ")"
            + (code == ErrorCode.SCHEMA_MISMATCH
                ? ": the bsa_job table is missing; migrate with JdbcDatabase.migrate"
                : ""),
        SourcePosition.UNKNOWN,
        e);
  }
}
