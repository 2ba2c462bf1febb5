package io.github.bsa.jdbc;

import io.github.bsa.jdbc.internal.DriverManagerDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/** Test databases: SQLite files and the PostgreSQL server named by {@code BSA_TEST_PG_URL}. */
final class TestDatabases {
  private TestDatabases() {}

  /** Returns the PostgreSQL URL, skipping the test when it is not configured. */
  static String postgresUrl() {
    String url = System.getenv("BSA_TEST_PG_URL");
    Assumptions.assumeTrue(
        url != null && !url.isBlank(), "BSA_TEST_PG_URL is not set: PostgreSQL tests skipped");
    return url;
  }

  static DataSource dataSource(String url) {
    Properties p = new Properties();
    if (url.startsWith("jdbc:sqlite:")) {
      p.setProperty("busy_timeout", "30000");
      p.setProperty("foreign_keys", "true");
    }
    return new DriverManagerDataSource(url, p);
  }

  /**
   * Returns a data source whose prepared statements fail after {@code writes} successful
   * executeUpdate/executeBatch calls (counted over all connections).
   */
  static DataSource failingAfter(DataSource real, int writes) {
    AtomicInteger left = new AtomicInteger(writes);
    return beforeEachWrite(
        real,
        () -> {
          if (left.getAndDecrement() <= 0) {
            throw new SQLException("injected failure", "08006");
          }
        });
  }

  /** Runs before every executeUpdate/executeBatch of a prepared statement (all connections). */
  interface WriteHook {
    void beforeWrite() throws SQLException;
  }

  /** Returns a data source that calls {@code hook} before each write, e.g. to report progress. */
  static DataSource beforeEachWrite(DataSource real, WriteHook hook) {
    return intercepting(
        real,
        (sql, ps, m, args) -> {
          if (isWrite(m)) {
            hook.beforeWrite();
          }
          return invoke(ps, m, args);
        });
  }

  /**
   * Returns a data source that calls {@code hook} before every executeUpdate/executeBatch of its
   * prepared statements (the hook may block, to hold a transaction open).
   */
  static DataSource beforeWrites(DataSource real, Runnable hook) {
    return beforeEachWrite(real, hook::run);
  }

  /** Runs after every executeUpdate of a prepared statement, with its SQL and row count. */
  interface AfterUpdate {
    void updated(String sql, int rows) throws Exception;
  }

  /** Returns a data source that reports each executeUpdate's SQL and row count (it may block). */
  /**
   * The same connections behind another {@link DataSource} type, as a host's pool would hand them
   * out: a store over it takes the path for sessions that outlive a save (on PostgreSQL, {@code
   * COPY} through the staging table, ADR 0300) instead of the one {@code open(url)} takes.
   */
  static DataSource hostDataSource(DataSource real) {
    return (DataSource)
        Proxy.newProxyInstance(
            TestDatabases.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> invoke(real, method, args));
  }

  static DataSource afterEachUpdate(DataSource real, AfterUpdate hook) {
    return intercepting(
        real,
        (sql, ps, m, args) -> {
          Object result = invoke(ps, m, args);
          if (m.getName().equals("executeUpdate") && result instanceof Integer n) {
            hook.updated(sql, n);
          }
          return result;
        });
  }

  private interface Interceptor {
    @Nullable Object call(
        String sql, PreparedStatement ps, java.lang.reflect.Method m, Object @Nullable [] args)
        throws Throwable;
  }

  private static boolean isWrite(java.lang.reflect.Method m) {
    return m.getName().equals("executeUpdate") || m.getName().equals("executeBatch");
  }

  /** Wraps every prepared statement of every connection so {@code interceptor} sees its calls. */
  private static DataSource intercepting(DataSource real, Interceptor interceptor) {
    InvocationHandler dsHandler =
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          if (!(result instanceof Connection c)) {
            return result;
          }
          InvocationHandler ch =
              (cp, cm, ca) -> {
                Object r = invoke(c, cm, ca);
                if (!(r instanceof PreparedStatement ps)) {
                  return r;
                }
                String sql = ca != null && ca.length > 0 ? String.valueOf(ca[0]) : "";
                InvocationHandler ph = (pp, pm, pa) -> interceptor.call(sql, ps, pm, pa);
                return Proxy.newProxyInstance(
                    TestDatabases.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class},
                    ph);
              };
          return Proxy.newProxyInstance(
              TestDatabases.class.getClassLoader(), new Class<?>[] {Connection.class}, ch);
        };
    return (DataSource)
        Proxy.newProxyInstance(
            TestDatabases.class.getClassLoader(), new Class<?>[] {DataSource.class}, dsHandler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object @Nullable [] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
