package io.github.bsa.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned SQL scripts of a dialect in version order and records them in {@code
 * bsa_schema_version}. Scripts are every resource {@code
 * io/github/bsa/jdbc/internal/schema/<dialect>/V<number>__<description>.sql}, found by listing that
 * folder in the jar or class directory that holds this class, so a module adding {@code
 * V002__jobs.sql} needs no registration. An applied script whose checksum changed, or a database
 * newer than the scripts, is a {@link ErrorCode#SCHEMA_MISMATCH}. Concurrent starts are serialized
 * (an advisory lock on PostgreSQL, {@code BEGIN IMMEDIATE} on SQLite).
 */
public final class SchemaMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
  private static final String ROOT = "io/github/bsa/jdbc/internal/schema/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
  private static final long PG_LOCK_KEY = 0x62_73_61_5f_6d_69_67L; // "bsa_mig"

  /**
   * One migration script.
   *
   * @param version its version
   * @param description the part of the name after {@code __}
   * @param fileName the resource file name
   * @param sql the script text
   */
  public record Script(int version, String description, String fileName, String sql) {
    /**
     * Returns the SHA-256 of the script, lower-case hex.
     *
     * @return the checksum
     */
    public String checksum() {
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * Returns the statements of the script: split at {@code ;} ending a line, comments dropped.
     *
     * @return the statements
     */
    public List<String> statements() {
      List<String> out = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : sql.split("\n", -1)) {
        String trimmed = line.strip();
        if (trimmed.startsWith("--") || trimmed.isEmpty()) {
          continue;
        }
        current.append(line).append('\n');
        if (trimmed.endsWith(";")) {
          String stmt = current.toString().strip();
          out.add(stmt.substring(0, stmt.length() - 1));
          current.setLength(0);
        }
      }
      if (!current.toString().isBlank()) {
        out.add(current.toString().strip());
      }
      return out;
    }
  }

  private SchemaMigrator() {}

  /**
   * Returns the scripts of a dialect in version order.
   *
   * @param dialect the dialect
   * @return the scripts
   * @throws StorageException with {@code SCHEMA_MISMATCH} if they cannot be read or two share a
   *     version
   */
  public static List<Script> scripts(Dialect dialect) {
    String folder = ROOT + dialect.id() + "/";
    TreeSet<String> names = new TreeSet<>();
    try {
      listInto(folder, names);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      throw new StorageException(
          ErrorCode.SCHEMA_MISMATCH, "Cannot list the migration scripts", null, e);
    }
    Map<Integer, Script> byVersion = new HashMap<>();
    for (String name : names) {
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        continue;
      }
      int version = Integer.parseInt(m.group(1));
      String sql = read(folder + name);
      Script previous = byVersion.put(version, new Script(version, m.group(2), name, sql));
      if (previous != null) {
        throw new StorageException(
            ErrorCode.SCHEMA_MISMATCH, "Two migration scripts have version " + version);
      }
    }
    if (byVersion.isEmpty()) {
      throw new StorageException(ErrorCode.SCHEMA_MISMATCH, "No migration scripts found");
    }
    return byVersion.values().stream().sorted(Comparator.comparingInt(Script::version)).toList();
  }

  /**
   * Returns the newest script version of a dialect.
   *
   * @param dialect the dialect
   * @return the version
   */
  public static int newestVersion(Dialect dialect) {
    List<Script> scripts = scripts(dialect);
    return scripts.get(scripts.size() - 1).version();
  }

  private static void listInto(String folder, Set<String> names)
      throws IOException, URISyntaxException {
    ClassLoader cl = SchemaMigrator.class.getClassLoader();
    URL url = cl == null ? null : cl.getResource(folder);
    if (url != null) {
      listUri(url.toURI(), "", names);
    }
    if (names.isEmpty()) {
      // Named modules and some class loaders do not expose folders: list the code source instead.
      CodeSource source = SchemaMigrator.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        Path location = Path.of(source.getLocation().toURI());
        if (Files.isDirectory(location)) {
          listPath(location.resolve(folder), names);
        } else {
          try (FileSystem fs = FileSystems.newFileSystem(location)) {
            listPath(fs.getPath(folder), names);
          }
        }
      }
    }
  }

  private static void listUri(URI uri, String unused, Set<String> names) throws IOException {
    if ("jar".equals(uri.getScheme())) {
      FileSystem fs;
      boolean close = false;
      try {
        fs = FileSystems.getFileSystem(uri);
      } catch (FileSystemNotFoundException e) {
        fs = FileSystems.newFileSystem(uri, Map.of());
        close = true;
      }
      try {
        String s = uri.toString();
        listPath(fs.getPath(s.substring(s.indexOf("!/") + 1)), names);
      } finally {
        if (close) {
          fs.close();
        }
      }
    } else {
      listPath(Path.of(uri), names);
    }
  }

  private static void listPath(Path dir, Set<String> names) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(p -> names.add(p.getFileName().toString()));
    }
  }

  private static String read(String resource) {
    // Class.getResourceAsStream finds resources of this class's own module even in a package the
    // module does not open (ClassLoader.getResourceAsStream does not, on the module path).
    try (InputStream in = SchemaMigrator.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new StorageException(ErrorCode.SCHEMA_MISMATCH, "Missing migration script");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new StorageException(
          ErrorCode.SCHEMA_MISMATCH, "Cannot read a migration script", null, e);
    }
  }

  /**
   * Brings the database to the newest schema.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @return the number of scripts applied
   * @throws StorageException if the database is unreachable or its schema does not match
   */
  public static int migrate(DataSource dataSource, Dialect dialect) {
    requireNonNull(dataSource, "dataSource");
    List<Script> scripts = scripts(dialect);
    try (Connection c = dataSource.getConnection()) {
      boolean sqlite = dialect == Dialect.SQLITE;
      if (sqlite) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("BEGIN IMMEDIATE");
        }
      } else {
        c.setAutoCommit(false);
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
          lock.setLong(1, PG_LOCK_KEY);
          try (ResultSet rs = lock.executeQuery()) {
            rs.next();
          }
        }
      }
      try {
        int applied = apply(c, scripts);
        if (sqlite) {
          try (Statement s = c.createStatement()) {
            s.execute("COMMIT");
          }
        } else {
          c.commit();
        }
        if (applied > 0) {
          LOG.info("Applied {} schema migration(s) ({})", applied, dialect.id());
        }
        return applied;
      } catch (SQLException | RuntimeException e) {
        if (sqlite) {
          try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
          }
        } else {
          c.rollback();
        }
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.wrap("Migrating the schema", e);
    }
  }

  private static int apply(Connection c, List<Script> scripts) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS bsa_schema_version ("
              + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
              + "checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)");
    }
    Map<Integer, String> applied = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum FROM bsa_schema_version")) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getString(2));
      }
    }
    int newest = scripts.get(scripts.size() - 1).version();
    for (int v : applied.keySet()) {
      if (v > newest) {
        throw new StorageException(
            ErrorCode.SCHEMA_MISMATCH,
            "The database schema (version "
                + v
                + ") is newer than this bsa version knows ("
                + newest
                + "); upgrade bsa");
      }
    }
    int count = 0;
    for (Script script : scripts) {
      String checksum = applied.get(script.version());
      if (checksum != null) {
        if (!checksum.equals(script.checksum())) {
          throw new StorageException(
              ErrorCode.SCHEMA_MISMATCH,
              "Migration " + script.fileName() + " was changed after it was applied");
        }
        continue;
      }
      try (Statement s = c.createStatement()) {
        for (String sql : script.statements()) {
          s.execute(sql);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO bsa_schema_version (version, description, checksum, applied_at)"
                  + " VALUES (?, ?, ?, ?)")) {
        ps.setInt(1, script.version());
        ps.setString(2, script.description());
        ps.setString(3, script.checksum());
        ps.setLong(4, System.currentTimeMillis());
        ps.executeUpdate();
      }
      count++;
    }
    return count;
  }
}
