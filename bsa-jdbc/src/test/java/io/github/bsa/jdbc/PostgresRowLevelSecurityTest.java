package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.tck.Samples;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The second line of defence: PostgreSQL row-level security hides other tenants' rows even from SQL
 * without a tenant predicate, for a non-superuser role that owns the tables.
 */
final class PostgresRowLevelSecurityTest {
  private String url = "";
  private TenantId a = TenantId.of("x");
  private TenantId b = TenantId.of("y");

  @BeforeEach
  void setUp() throws SQLException {
    url = TestDatabases.postgresUrl();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
      rs.next();
      Assumptions.assumeFalse(
          rs.getBoolean(1), "BSA_TEST_PG_URL is a superuser, which bypasses row-level security");
    }
    String run = UUID.randomUUID().toString().substring(0, 8);
    a = TenantId.of("rls-a-" + run);
    b = TenantId.of("rls-b-" + run);
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      store.save(a, Samples.file("rls-a", 0, 7));
      store.save(b, Samples.file("rls-b", 0, 3));
    }
  }

  private long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void setTenant(Connection c, TenantId tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('bsa.tenant_id', ?, true)")) {
      ps.setString(1, tenant.value());
      ps.executeQuery().close();
    }
  }

  @Test
  void queryWithoutTenantPredicate_seesOnlyTheCurrentTenant() throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      setTenant(c, a);
      assertThat(count(c, "bsa_transaction")).isEqualTo(7);
      assertThat(count(c, "bsa_statement")).isEqualTo(1);
      assertThat(count(c, "bsa_import")).isEqualTo(1);
      assertThat(count(c, "bsa_statement_transaction")).isEqualTo(7);
      c.commit();
      setTenant(c, b);
      assertThat(count(c, "bsa_transaction")).isEqualTo(3);
      c.commit();
    }
  }

  @Test
  void noTenantSet_seesNothing() throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(count(c, "bsa_transaction")).isZero();
      assertThat(count(c, "bsa_statement")).isZero();
    }
  }

  @Test
  void writingAnotherTenantsRow_isRejected() throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      setTenant(c, b);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO bsa_import (tenant_id, source_sha256, format, imported_at,"
                  + " statement_count) VALUES (?, 'x', 'csv', 0, 0)")) {
        ps.setString(1, a.value());
        assertThatThrownBy(ps::executeUpdate)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("row-level security");
      }
      c.rollback();
      setTenant(c, b);
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("DELETE FROM bsa_transaction")).isEqualTo(3);
      }
      c.rollback();
    }
  }
}
