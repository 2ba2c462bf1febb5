package io.github.bsa.jdbc.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A real data source whose connections fail on {@code commit()} with {@link #COMMIT_FAILURE}, and
 * then fail to restore auto-commit and to roll back with a retryable serialization error (SQLState
 * 40001): the error a {@code finally { setAutoCommit(true) }} would throw in place of the real one.
 */
public final class CommitFailures {
  /** The message of the injected commit failure. */
  public static final String COMMIT_FAILURE = "injected commit failure";

  private final DataSource dataSource;
  private final AtomicInteger commits = new AtomicInteger();

  /**
   * Wraps a data source.
   *
   * @param real the real data source
   */
  public CommitFailures(DataSource real) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          return result instanceof Connection c ? wrap(c) : result;
        };
    this.dataSource =
        (DataSource)
            Proxy.newProxyInstance(
                CommitFailures.class.getClassLoader(), new Class<?>[] {DataSource.class}, handler);
  }

  /** Returns the failing data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Returns how often {@code commit()} was called (once per attempt). */
  public int commits() {
    return commits.get();
  }

  private Connection wrap(Connection c) {
    boolean[] failed = {false};
    InvocationHandler handler =
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "commit" -> {
              commits.incrementAndGet();
              failed[0] = true;
              throw new SQLException(COMMIT_FAILURE, "XX000");
            }
            case "rollback", "setAutoCommit" -> {
              if (failed[0] && (args == null || args.length == 0 || Boolean.TRUE.equals(args[0]))) {
                var unused = invoke(c, method, args); // leave the real connection clean
                throw new SQLException("injected " + method.getName() + " failure", "40001");
              }
              return invoke(c, method, args);
            }
            default -> {
              return invoke(c, method, args);
            }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            CommitFailures.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static @Nullable Object invoke(Object target, Method method, Object @Nullable [] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
