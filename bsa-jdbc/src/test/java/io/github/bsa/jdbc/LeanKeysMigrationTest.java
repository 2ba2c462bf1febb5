package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.jdbc.internal.SchemaMigrator;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.StoredTransaction;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 4 (ADR 0230) migrates a database written at version 3 without losing or changing a
 * row: two overlapping statements are written with the version-3 schema, the migration runs, and
 * the same reads, re-imports and deletes then behave as before; the dropped indexes are gone.
 */
final class LeanKeysMigrationTest {
  private static final TenantId TENANT = TenantId.of("lean");

  @TempDir Path dir;

  @Test
  void sqlite_keepsEveryRow_andDropsTheSecondaryIndexes() throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("v3.db");
    DataSource ds = TestDatabases.dataSource(url);
    check(ds, Dialect.SQLITE);
    try (Connection c = ds.getConnection()) {
      assertThat(
              strings(c, "SELECT sql FROM sqlite_master WHERE name = 'bsa_transaction'", List.of()))
          .singleElement()
          .asString()
          .contains("WITHOUT ROWID");
      assertThat(
              strings(
                  c,
                  "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN"
                      + " ('bsa_transaction', 'bsa_statement_transaction')"
                      + " AND name NOT LIKE 'sqlite_autoindex%'",
                  List.of()))
          .isEmpty();
    }
  }

  @Test
  void postgres_keepsEveryRow_andDropsTheSecondaryIndexes() throws SQLException {
    String base = TestDatabases.postgresUrl();
    String schema = "lean_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(base)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    try {
      String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      DataSource ds = TestDatabases.dataSource(url);
      check(ds, Dialect.POSTGRESQL);
      try (Connection c = ds.getConnection()) {
        assertThat(
                strings(
                    c,
                    "SELECT indexname FROM pg_indexes WHERE schemaname = ? AND tablename IN"
                        + " ('bsa_transaction', 'bsa_statement_transaction') ORDER BY indexname",
                    List.of(schema)))
            .containsExactly("bsa_statement_transaction_pkey", "bsa_transaction_pkey");
      }
    } finally {
      try (Connection c = DriverManager.getConnection(base)) {
        c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static void check(DataSource ds, Dialect dialect) throws SQLException {
    applyUpToVersion3(ds, dialect);
    ParseResult first = result("first", 0, 40);
    ParseResult second = result("second", 25, 40); // 15 transactions shared with the first
    List<StoredTransaction> before;
    List<StoredStatement> statements;
    try (JdbcStatementStore v3 =
        JdbcStatementStore.builder(ds).dialect(dialect).migrate(false).build()) {
      assertThat(v3.save(TENANT, first).transactionsAdded()).isEqualTo(40);
      assertThat(v3.save(TENANT, second).transactionsAdded()).isEqualTo(25);
      before = v3.transactions(TENANT, TransactionQuery.all());
      statements = v3.statements(TENANT);
    }
    assertThat(SchemaMigrator.migrate(ds, dialect)).isEqualTo(1);
    try (JdbcStatementStore store = JdbcStatementStore.builder(ds).dialect(dialect).build()) {
      assertThat(store.health().healthy()).isTrue();
      assertThat(store.transactions(TENANT, TransactionQuery.all())).isEqualTo(before);
      assertThat(store.statements(TENANT))
          .usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(statements);
      var secondId = statements.get(1).id();
      assertThat(
              store.transactions(TENANT, TransactionQuery.builder().statementId(secondId).build()))
          .hasSize(40);
      ImportResult again = store.save(TENANT, first);
      assertThat(again.alreadyImported()).isTrue();
      assertThat(store.deleteStatement(TENANT, statements.get(0).id())).isTrue();
      List<StoredTransaction> left = store.transactions(TENANT, TransactionQuery.all());
      assertThat(left).hasSize(40).allSatisfy(t -> assertThat(t.statementId()).isEqualTo(secondId));
      ImportResult back = store.save(TENANT, first);
      assertThat(back.transactionsAdded()).isEqualTo(25);
      assertThat(back.transactionsSkipped()).isEqualTo(15);
      assertThat(store.purge(TENANT)).isEqualTo(2);
    }
  }

  /** Applies the scripts of versions 1 to 3 as the migrator of that version did. */
  private static void applyUpToVersion3(DataSource ds, Dialect dialect) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.createStatement()
          .execute(
              "CREATE TABLE bsa_schema_version (version INTEGER PRIMARY KEY, description TEXT NOT"
                  + " NULL, checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)");
      for (SchemaMigrator.Script script : SchemaMigrator.scripts(dialect)) {
        if (script.version() > 3) {
          continue;
        }
        for (String sql : script.statements()) {
          c.createStatement().execute(sql);
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO bsa_schema_version (version, description, checksum, applied_at)"
                    + " VALUES (?, ?, ?, 0)")) {
          ps.setInt(1, script.version());
          ps.setString(2, script.description());
          ps.setString(3, script.checksum());
          ps.executeUpdate();
        }
      }
    }
  }

  private static List<String> strings(Connection c, String sql, List<String> params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setString(i + 1, params.get(i));
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private static ParseResult result(String file, int from, int count) {
    List<Transaction> transactions = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      transactions.add(
          Transaction.builder()
              .bookingDate(LocalDate.of(2026, 2, 1).plusDays(i % 20))
              .amount(BigDecimal.valueOf(-i - 1, 2))
              .description("Payment " + i)
              .reference("R" + i)
              .build());
    }
    return ParseResult.builder()
        .format("csv")
        .sourceSha256(String.format("%064x", file.hashCode()))
        .addStatement(
            Statement.builder()
                .account(Account.builder().number("ACC-LEAN").build())
                .transactions(transactions)
                .build())
        .build();
  }
}
