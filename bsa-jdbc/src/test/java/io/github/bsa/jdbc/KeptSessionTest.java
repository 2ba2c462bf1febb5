package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StorageException;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite session {@code open(url)} keeps and lends to one save at a time, with its multi-row
 * inserts prepared once (ADR 0380): a save that fails half-way on it leaves nothing written and the
 * next save on the same kept statements succeeds; saves from several threads (one on the kept
 * session, the others on connections of their own) count exactly; after {@code close()} saves still
 * work on connections of their own.
 */
class KeptSessionTest {
  @TempDir Path dir;

  @Test
  void aFailedSaveOnTheKeptSessionLeavesNothingAndTheNextOneSucceeds() throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("kept.db");
    TenantId tenant = TenantId.of("kept");
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      // prepares the kept 250-row inserts
      assertThat(store.save(tenant, result("warm", "ACC-0", 0, 600)).transactionsAdded())
          .isEqualTo(600);
      try (Connection c = DriverManager.getConnection(url)) {
        c.createStatement()
            .execute(
                "CREATE TRIGGER kept_fail BEFORE INSERT ON bsa_statement_transaction"
                    + " WHEN NEW.seq = 600 BEGIN SELECT RAISE(ABORT, 'refused'); END");
      }
      // the third 250-row chunk fails after two ran on the kept statements
      assertThatThrownBy(() -> store.save(tenant, result("fails", "ACC-1", 0, 700)))
          .isInstanceOf(StorageException.class);
      assertThat(store.statements(tenant)).hasSize(1);
      assertThat(store.transactions(tenant, TransactionQuery.builder().limit(5_000).build()))
          .hasSize(600);
      try (Connection c = DriverManager.getConnection(url)) {
        c.createStatement().execute("DROP TRIGGER kept_fail");
      }
      ImportResult retried = store.save(tenant, result("fails", "ACC-1", 0, 700));
      assertThat(retried.alreadyImported()).isFalse();
      assertThat(retried.transactionsAdded()).isEqualTo(700);
      assertThat(store.save(tenant, result("fails", "ACC-1", 0, 700)).alreadyImported()).isTrue();
      assertThat(store.transactions(tenant, TransactionQuery.builder().limit(5_000).build()))
          .hasSize(1_300);
    }
  }

  @Test
  void savesFromSeveralThreadsCountExactly() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("threads.db");
    TenantId tenant = TenantId.of("threads");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      List<Future<ImportResult>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        int n = i;
        // files of two accounts, each overlapping the previous file of its account by half
        results.add(
            pool.submit(
                () -> store.save(tenant, result("f" + n, "ACC-" + (n % 2), n / 2 * 300, 600))));
      }
      int added = 0;
      for (Future<ImportResult> r : results) {
        ImportResult x = r.get();
        assertThat(x.transactionsAdded() + x.transactionsSkipped()).isEqualTo(600);
        added += x.transactionsAdded();
      }
      // each account: rows 0 .. 5 * 300 + 600
      assertThat(added).isEqualTo(2 * (5 * 300 + 600));
      assertThat(store.transactions(tenant, TransactionQuery.builder().limit(10_000).build()))
          .hasSize(added);
    } finally {
      pool.shutdownNow();
    }
    // closed: the store still saves, on connections of its own
    JdbcStatementStore closed = JdbcStatementStore.open(url);
    closed.close();
    assertThat(closed.save(tenant, result("late", "ACC-9", 0, 300)).transactionsAdded())
        .isEqualTo(300);
  }

  @Test
  void postgresqlCopiesOnTheKeptSessionAndReplacesItWhenItsServerSessionEnds() throws Exception {
    String name = "bsa-kept-" + UUID.randomUUID().toString().substring(0, 8);
    String url = TestDatabases.postgresUrl() + "&ApplicationName=" + name;
    TenantId tenant = TenantId.of(name);
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      try {
        assertThat(store.save(tenant, result("pg-a", "ACC-0", 0, 2_345)).transactionsAdded())
            .isEqualTo(2_345);
        ImportResult overlap = store.save(tenant, result("pg-b", "ACC-0", 1_000, 2_345));
        assertThat(overlap.transactionsAdded()).isEqualTo(1_000);
        assertThat(overlap.transactionsSkipped()).isEqualTo(1_345);
        // the server ends the kept session (a restart, an idle timeout, an administrator)
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
            PreparedStatement ps =
                c.prepareStatement(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE application_name = ?")) {
          ps.setString(1, name);
          try (ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
          }
        }
        // the call that finds it gone fails whole; the next one runs on a new session
        try {
          var unused = store.save(tenant, result("pg-c", "ACC-1", 0, 1_500));
        } catch (StorageException expected) {
          assertThat(store.statements(tenant)).hasSize(2);
        }
        ImportResult after = store.save(tenant, result("pg-c", "ACC-1", 0, 1_500));
        assertThat(after.transactionsAdded() + after.transactionsSkipped()).isEqualTo(1_500);
        assertThat(store.save(tenant, result("pg-c", "ACC-1", 0, 1_500)).alreadyImported())
            .isTrue();
        assertThat(store.transactions(tenant, TransactionQuery.builder().limit(10_000).build()))
            .hasSize(3_345 + 1_500);
      } finally {
        int unused = store.purge(tenant);
      }
    }
  }

  /** One statement of {@code count} payments numbered from {@code from}, of a file and account. */
  private static ParseResult result(String file, String account, int from, int count) {
    List<Transaction> rows = IntStream.range(from, from + count).mapToObj(i -> payment(i)).toList();
    Statement statement =
        Statement.builder()
            .account(Account.builder().number(account).build())
            .transactions(rows)
            .build();
    String sha = String.format("%064x", file.hashCode());
    return ParseResult.builder().format("csv").sourceSha256(sha).addStatement(statement).build();
  }

  private static Transaction payment(int i) {
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 365);
    return Transaction.builder()
        .bookingDate(day)
        .amount(BigDecimal.valueOf(i, 2))
        .description("Payment " + i)
        .build();
  }
}
