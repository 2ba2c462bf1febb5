package io.github.bsa.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import io.github.bsa.storage.spi.ImportPlan;
import io.github.bsa.storage.tck.Samples;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL {@code COPY} path of ADR 0300: rows staged in a session temporary table still pass
 * row-level security on their way into the real tables, {@code COPY} straight into the real table
 * stays refused, text with COPY's special characters survives, and nothing is left staged after a
 * save. The round trip also runs on SQLite, whose writer is unchanged, as the reference.
 */
final class CopyRowInsertsTest {
  @TempDir Path dir;

  /** Text with every character COPY's text format treats specially, and some that it does not. */
  private static final String NASTY =
      "tab\there, new\nline, return\r, back\\slash, \\N, \\., end-of-data \\.\n, quote \" ' , ü €"
          + " \uD83D\uDCB3";

  private static String postgresUrl() {
    String url = System.getenv("BSA_TEST_PG_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(), "BSA_TEST_PG_URL is not set");
    return url;
  }

  /** A store over a host-like data source: its saves take the COPY path (ADR 0300). */
  private static JdbcStatementStore copyStore(String url) {
    javax.sql.DataSource real = io.github.bsa.jdbc.JdbcDatabase.dataSource(url);
    javax.sql.DataSource host =
        (javax.sql.DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                CopyRowInsertsTest.class.getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, args) -> {
                  try {
                    return method.invoke(real, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return JdbcStatementStore.builder(host).build();
  }

  private static void assumeNotSuperuser(Connection c) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
      rs.next();
      Assumptions.assumeFalse(rs.getBoolean(1), "the role bypasses row-level security");
    }
  }

  private static void setTenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('bsa.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.executeQuery().close();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void pathChoice_copyOnlyWhenSessionsOutliveASave() {
    assertThat(RowInserts.of(io.github.bsa.jdbc.Dialect.POSTGRESQL, false, null))
        .isInstanceOf(CopyRowInserts.class);
    assertThat(RowInserts.of(io.github.bsa.jdbc.Dialect.POSTGRESQL, true, null))
        .isInstanceOf(UnnestRowInserts.class);
    assertThat(RowInserts.of(io.github.bsa.jdbc.Dialect.SQLITE, false, null))
        .isInstanceOf(ValuesRowInserts.class);
  }

  @Test
  void anotherTenantsRows_throughTheCopyPath_areRefusedByRowLevelSecurity() throws SQLException {
    anotherTenantsRows_areRefused(new CopyRowInserts());
  }

  @Test
  void anotherTenantsRows_throughTheUnnestFallback_areRefusedByRowLevelSecurity()
      throws SQLException {
    anotherTenantsRows_areRefused(new UnnestRowInserts());
  }

  @Test
  void unnestFallback_countsNewRowsExactly() throws SQLException {
    String url = postgresUrl();
    JdbcStatementStore.open(url).close();
    TenantId tenant = TenantId.of("unnest-" + UUID.randomUUID().toString().substring(0, 8));
    List<PendingRow> rows =
        PendingRow.inKeyOrder(ImportPlan.of(tenant, Samples.file("unnest", 0, 1_234)));
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      setTenant(c, tenant.value());
      UnnestRowInserts unnest = new UnnestRowInserts();
      assertThat(unnest.write(c, tenant.value(), rows)).isEqualTo(1_234);
      assertThat(unnest.write(c, tenant.value(), rows)).isZero();
      assertThat(count(c, "SELECT count(*) FROM bsa_transaction")).isEqualTo(1_234);
      assertThat(count(c, "SELECT count(*) FROM bsa_statement_transaction")).isEqualTo(1_234);
      c.rollback();
    }
  }

  private static void anotherTenantsRows_areRefused(RowInserts inserts) throws SQLException {
    String url = postgresUrl();
    JdbcStatementStore.open(url).close(); // migrated
    String run = UUID.randomUUID().toString().substring(0, 8);
    TenantId victim = TenantId.of("copy-victim-" + run);
    String attacker = "copy-attacker-" + run;
    List<PendingRow> rows = PendingRow.inKeyOrder(ImportPlan.of(victim, Samples.file("x", 0, 5)));
    try (Connection c = DriverManager.getConnection(url)) {
      assumeNotSuperuser(c);
      c.setAutoCommit(false);
      setTenant(c, attacker);
      assertThatThrownBy(() -> inserts.write(c, victim.value(), rows))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
      c.rollback();
      setTenant(c, victim.value());
      assertThat(count(c, "SELECT count(*) FROM bsa_transaction")).isZero();
      assertThat(count(c, "SELECT count(*) FROM bsa_statement_transaction")).isZero();
      c.rollback();
    }
  }

  @Test
  void copyStraightIntoTheTable_isRefusedForTheStoresRole() throws SQLException {
    String url = postgresUrl();
    JdbcStatementStore.open(url).close();
    try (Connection c = DriverManager.getConnection(url)) {
      assumeNotSuperuser(c);
      // the server refuses before it asks for data, so no row needs to be sent
      assertThatThrownBy(
              () -> {
                try (java.sql.Statement s = c.createStatement()) {
                  s.execute("COPY bsa_transaction FROM STDIN");
                }
              })
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
    }
  }

  @Test
  void postgres_specialCharacters_roundTrip_andNothingStaysStaged() throws SQLException {
    String url = postgresUrl();
    try (JdbcStatementStore store = copyStore(url)) {
      roundTrip(store);
    }
    // the staging table is emptied at commit and at rollback, in the same session
    TenantId tenant = TenantId.of("copy-staged-" + UUID.randomUUID().toString().substring(0, 8));
    List<PendingRow> rows =
        PendingRow.inKeyOrder(
            ImportPlan.of(tenant, Samples.file("staged", 0, CopyRowInserts.ROWS_PER_CHUNK + 10)));
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      setTenant(c, tenant.value());
      CopyRowInserts copy = new CopyRowInserts();
      assertThat(copy.write(c, tenant.value(), rows)).isEqualTo(rows.size());
      assertThat(count(c, "SELECT count(*) FROM pg_temp.bsa_txn_load"))
          .as("the last chunk is staged until the transaction ends")
          .isEqualTo(10);
      c.commit();
      assertThat(count(c, "SELECT count(*) FROM pg_temp.bsa_txn_load")).isZero();
      setTenant(c, tenant.value());
      assertThat(count(c, "SELECT count(*) FROM bsa_transaction")).isEqualTo(rows.size());
      // the same transactions in another file's statement: all known, new memberships
      List<PendingRow> again =
          PendingRow.inKeyOrder(
              ImportPlan.of(
                  tenant, Samples.file("staged-again", 0, CopyRowInserts.ROWS_PER_CHUNK + 10)));
      assertThat(copy.write(c, tenant.value(), again)).as("all known").isZero();
      assertThat(count(c, "SELECT count(*) FROM pg_temp.bsa_txn_load")).isEqualTo(10);
      c.rollback();
      assertThat(count(c, "SELECT count(*) FROM pg_temp.bsa_txn_load")).isZero();
      c.commit();
    }
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      int unused = store.purge(tenant);
    }
  }

  @Test
  void postgres_largeImport_manyChunks_countsAndStagingStayExact() throws SQLException {
    String url = postgresUrl();
    TenantId tenant = TenantId.of("copy-chunks-" + UUID.randomUUID().toString().substring(0, 8));
    int n = CopyRowInserts.ROWS_PER_CHUNK * 2 + 345;
    try (JdbcStatementStore store = copyStore(url)) {
      ImportResult first = store.save(tenant, Samples.file("chunks-a", 0, n));
      assertThat(first.transactionsAdded()).isEqualTo(n);
      // overlaps the first file by 1,500 rows across a chunk boundary
      ImportResult second = store.save(tenant, Samples.file("chunks-b", n - 1_500, n + 700));
      assertThat(second.transactionsAdded()).isEqualTo(700);
      assertThat(second.transactionsSkipped()).isEqualTo(1_500);
      assertThat(store.transactions(tenant, TransactionQuery.all())).hasSize(n + 700);
      int unused = store.purge(tenant);
    }
  }

  @Test
  void postgres_openUrl_unnestPath_specialCharacters_roundTrip() {
    try (JdbcStatementStore store = JdbcStatementStore.open(postgresUrl())) {
      roundTrip(store);
    }
  }

  @Test
  void sqlite_specialCharacters_roundTrip() {
    try (JdbcStatementStore store = JdbcStatementStore.open("jdbc:sqlite:" + dir.resolve("c.db"))) {
      roundTrip(store);
    }
  }

  /** The values a store must keep exactly (ids are assigned on save). */
  private static List<Object> texts(Transaction t) {
    return List.of(
        t.description(),
        t.counterparty().orElse(""),
        t.reference().orElse(""),
        t.category().orElse(""),
        t.attributes(),
        t.amount(),
        t.bookingDate().orElseThrow());
  }

  private static void roundTrip(JdbcStatementStore store) {
    TenantId tenant = TenantId.of("copy-text-" + UUID.randomUUID().toString().substring(0, 8));
    List<Transaction> txns = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Transaction base = Samples.transaction(i, true);
      txns.add(
          Transaction.builder()
              .bookingDate(base.bookingDate().orElseThrow())
              .amount(base.amount())
              .currency(base.currency().orElseThrow())
              .description(NASTY + i)
              .counterparty(NASTY)
              .reference("R\\" + i)
              .category("\t")
              .attribute("k=\\N\n", NASTY)
              .build());
    }
    Statement statement =
        Statement.builder()
            .account(io.github.bsa.core.model.Account.builder().number("NASTY-1").build())
            .transactions(txns)
            .build();
    ImportResult r = store.save(tenant, Samples.result("nasty", statement));
    assertThat(r.transactionsAdded()).isEqualTo(3);
    List<List<Object>> back =
        store.transactions(tenant, TransactionQuery.all()).stream()
            .map(StoredTransaction::transaction)
            .map(CopyRowInsertsTest::texts)
            .toList();
    assertThat(back)
        .containsExactlyInAnyOrderElementsOf(txns.stream().map(CopyRowInsertsTest::texts).toList());
    assertThat(store.save(tenant, Samples.result("nasty", statement)).alreadyImported()).isTrue();
    int unused = store.purge(tenant);
  }
}
