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
    InvocationHandler dsHandler =
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          if (result instanceof Connection c) {
            return wrapConnection(c, hook);
          }
          return result;
        };
    return (DataSource)
        Proxy.newProxyInstance(
            TestDatabases.class.getClassLoader(), new Class<?>[] {DataSource.class}, dsHandler);
  }

  private static Connection wrapConnection(Connection c, WriteHook hook) {
    InvocationHandler h =
        (proxy, method, args) -> {
          Object result = invoke(c, method, args);
          if (result instanceof PreparedStatement ps) {
            return wrapStatement(ps, hook);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            TestDatabases.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private static PreparedStatement wrapStatement(PreparedStatement ps, WriteHook hook) {
    InvocationHandler h =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("executeUpdate") || name.equals("executeBatch")) {
            hook.beforeWrite();
          }
          return invoke(ps, method, args);
        };
    return (PreparedStatement)
        Proxy.newProxyInstance(
            TestDatabases.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, h);
  }

  /**
   * Returns a data source that calls {@code hook} before every executeUpdate/executeBatch of its
   * prepared statements (the hook may block, to hold a transaction open).
   */
  static DataSource beforeWrites(DataSource real, Runnable hook) {
    InvocationHandler dsHandler =
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          if (result instanceof Connection c) {
            InvocationHandler ch =
                (cp, cm, ca) -> {
                  Object r = invoke(c, cm, ca);
                  if (r instanceof PreparedStatement ps) {
                    InvocationHandler ph =
                        (pp, pm, pa) -> {
                          String name = pm.getName();
                          if (name.equals("executeUpdate") || name.equals("executeBatch")) {
                            hook.run();
                          }
                          return invoke(ps, pm, pa);
                        };
                    return Proxy.newProxyInstance(
                        TestDatabases.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class},
                        ph);
                  }
                  return r;
                };
            return Proxy.newProxyInstance(
                TestDatabases.class.getClassLoader(), new Class<?>[] {Connection.class}, ch);
          }
          return result;
        };
    return (DataSource)
        Proxy.newProxyInstance(
            TestDatabases.class.getClassLoader(), new Class<?>[] {DataSource.class}, dsHandler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
