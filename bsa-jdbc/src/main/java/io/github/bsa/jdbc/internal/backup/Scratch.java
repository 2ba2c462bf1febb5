package io.github.bsa.jdbc.internal.backup;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.ScratchDatabase;
import io.github.bsa.jdbc.internal.DriverManagerDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** The scratch databases of {@link ScratchDatabase}. */
public final class Scratch {
  private static final Pattern PG_URL =
      Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

  private Scratch() {}

  /**
   * Returns a temporary SQLite database file.
   *
   * @return the scratch database
   */
  public static ScratchDatabase sqlite() {
    try {
      Path dir = Files.createTempDirectory("bsa-scratch-");
      Path file = dir.resolve("scratch.db");
      Properties p = new Properties();
      p.setProperty("foreign_keys", "true");
      p.setProperty("journal_mode", "WAL");
      p.setProperty("synchronous", "OFF");
      DataSource ds = new DriverManagerDataSource("jdbc:sqlite:" + file, p);
      return new Db(
          ds,
          Dialect.SQLITE,
          () -> {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
              deleteQuietly(dir.resolve("scratch.db" + suffix));
            }
            deleteQuietly(dir);
          });
    } catch (IOException e) {
      throw new BackupException(
          BackupException.Problem.IO, null, "Cannot create a scratch database", e);
    }
  }

  /**
   * Creates a PostgreSQL scratch database through an administrative connection.
   *
   * @param adminUrl the administrative URL
   * @return the scratch database
   */
  public static ScratchDatabase postgres(String adminUrl) {
    Matcher m = PG_URL.matcher(adminUrl);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a jdbc:postgresql://host/db URL");
    }
    byte[] r = new byte[6];
    new SecureRandom().nextBytes(r);
    String name = "bsa_scratch_" + HexFormat.of().formatHex(r);
    String query = m.group(3) == null ? "" : m.group(3);
    String url = m.group(1) + name + query;
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new BackupException(
          BackupException.Problem.IO,
          null,
          "Cannot create a PostgreSQL scratch database (the role needs CREATEDB)",
          e);
    }
    DataSource ds = new DriverManagerDataSource(url, new Properties());
    return new Db(
        ds,
        Dialect.POSTGRESQL,
        () -> {
          try (Connection c = DriverManager.getConnection(adminUrl);
              Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
          } catch (SQLException e) {
            throw new BackupException(
                BackupException.Problem.IO, null, "Cannot drop the scratch database", e);
          }
        });
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // left for the temp cleaner
    }
  }

  /** A scratch database and how to drop it. */
  private record Db(DataSource dataSource, Dialect dialect, Runnable drop)
      implements ScratchDatabase {
    @Override
    public void close() {
      drop.run();
    }
  }
}
