package io.github.bsa.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A minimal {@link DataSource} that opens a new connection per call through {@link DriverManager},
 * for the CLI and tests; hosts pass their own pooled data source instead. Its {@code toString()}
 * masks secrets.
 */
public final class DriverManagerDataSource implements DataSource {
  private final String url;
  private final Properties properties;
  private @Nullable PrintWriter logWriter;

  /**
   * Creates the data source.
   *
   * @param url the JDBC URL
   * @param properties connection properties (copied)
   */
  public DriverManagerDataSource(String url, Properties properties) {
    this.url = requireNonNull(url, "url");
    this.properties = new Properties();
    this.properties.putAll(properties);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties p = new Properties();
    p.putAll(properties);
    p.setProperty("user", username);
    p.setProperty("password", password);
    return DriverManager.getConnection(url, p);
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  @Override
  public String toString() {
    return "DriverManagerDataSource[" + Masking.maskUrl(url) + "]";
  }
}
