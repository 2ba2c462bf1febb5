package io.github.bsa.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.jdbc.internal.DriverManagerDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a SQLite statement database to a target folder: create (a consistent copy made with
 * {@code VACUUM INTO} while the database stays in use), verify (checksum, {@code PRAGMA
 * integrity_check} and schema), restore, list and retention. Each backup is {@code bsa-<UTC
 * time>.db} with a {@code .sha256} file beside it. Failures throw a {@link BsaException} with
 * {@link ErrorCode#BACKUP_FAILED}. Thread-safe for distinct target folders.
 *
 * <pre>{@code
 * JdbcBackups backups = JdbcBackups.sqlite(dataSource, Path.of("/var/backups/bsa"));
 * Backup b = backups.create();
 * backups.verify(b);
 * backups.prune(7);            // keep the newest seven
 * }</pre>
 *
 * <p>PostgreSQL databases are backed up with the host's tools ({@code pg_dump -Fc} by a role with
 * {@code BYPASSRLS}, since row-level security hides every row from a dump by an ordinary role); see
 * {@code docs/storage.md}.
 *
 * @since 0.1
 */
public final class JdbcBackups {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcBackups.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern NAME = Pattern.compile("bsa-(\\d{8}T\\d{9}Z)\\.db");

  private final DataSource dataSource;
  private final Path target;
  private final Clock clock;

  private JdbcBackups(DataSource dataSource, Path target, Clock clock) {
    this.dataSource = dataSource;
    this.target = target;
    this.clock = clock;
  }

  /**
   * Returns backups of a SQLite database into a folder (created when needed).
   *
   * @param dataSource the live database
   * @param targetDirectory the folder for backup files
   * @return the backups
   */
  public static JdbcBackups sqlite(DataSource dataSource, Path targetDirectory) {
    return sqlite(dataSource, targetDirectory, Clock.systemUTC());
  }

  /**
   * Returns backups of a SQLite database into a folder, with a clock for file names (tests).
   *
   * @param dataSource the live database
   * @param targetDirectory the folder for backup files
   * @param clock the clock
   * @return the backups
   */
  public static JdbcBackups sqlite(DataSource dataSource, Path targetDirectory, Clock clock) {
    return new JdbcBackups(
        requireNonNull(dataSource, "dataSource"),
        requireNonNull(targetDirectory, "targetDirectory").toAbsolutePath(),
        requireNonNull(clock, "clock"));
  }

  /**
   * Makes a consistent copy of the database.
   *
   * @return the backup
   * @throws BsaException with {@code BACKUP_FAILED} if it cannot be written
   */
  public Backup create() {
    long started = System.nanoTime();
    try {
      Files.createDirectories(target);
      Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      Path file = target.resolve("bsa-" + STAMP.format(now) + ".db");
      if (Files.exists(file)) {
        throw failed("A backup with this time stamp already exists", null);
      }
      // VACUUM INTO writes a partial file when it fails midway (disk full, interrupt): write to a
      // hidden temporary name, delete it on failure and move it into place only once complete.
      Path partial = target.resolve("." + file.getFileName() + ".partial");
      Files.deleteIfExists(partial);
      try {
        try (Connection c = dataSource.getConnection();
            PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
          ps.setString(1, partial.toString());
          ps.execute();
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      String sha = sha256(file);
      Files.writeString(
          sidecar(file), sha + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
      Backup b = new Backup(file, now, Files.size(file), sha);
      LOG.info(
          "Created a backup ({} bytes) in {} ms",
          b.size(),
          (System.nanoTime() - started) / 1_000_000);
      return b;
    } catch (IOException | SQLException e) {
      throw failed("Creating the backup failed", e);
    }
  }

  /**
   * Checks a backup: its checksum matches, SQLite finds it intact and it holds a bsa schema.
   *
   * @param backup the backup
   * @return the same backup
   * @throws BsaException with {@code BACKUP_FAILED} if any check fails
   */
  public Backup verify(Backup backup) {
    requireNonNull(backup, "backup");
    try {
      if (!Files.isRegularFile(backup.file())) {
        throw failed("The backup file is missing", null);
      }
      if (!sha256(backup.file()).equals(backup.sha256())) {
        throw failed("The backup file does not match its checksum", null);
      }
      Properties p = new Properties();
      p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
      DataSource ds = new DriverManagerDataSource("jdbc:sqlite:" + backup.file(), p);
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
          if (!rs.next() || !"ok".equals(rs.getString(1))) {
            throw failed("The backup database is damaged", null);
          }
        }
        try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM bsa_schema_version")) {
          if (!rs.next() || rs.getInt(1) < 1) {
            throw failed("The backup holds no bsa schema", null);
          }
        }
      }
      return backup;
    } catch (IOException | SQLException e) {
      throw failed("Verifying the backup failed", e);
    }
  }

  /**
   * Replaces the live database's content with a verified backup. Other connections should be idle;
   * SQLite's online backup API copies page by page under a lock.
   *
   * @param backup the backup
   * @throws BsaException with {@code BACKUP_FAILED} if the backup is bad or the restore fails
   */
  public void restore(Backup backup) {
    var unused = verify(backup);
    String path = backup.file().toString();
    if (path.indexOf('\'') >= 0 || path.indexOf('"') >= 0) {
      throw failed("Backup paths with quotes are not supported", null);
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // sqlite-jdbc's driver command (not SQL); the path is the file this class named.
      s.executeUpdate("restore from \"" + path + "\"");
      LOG.info("Restored a backup");
    } catch (SQLException e) {
      throw failed("Restoring the backup failed", e);
    }
  }

  /**
   * Lists the backups in the target folder, newest first.
   *
   * @return the backups
   * @throws BsaException with {@code BACKUP_FAILED} if the folder cannot be read
   */
  public List<Backup> list() {
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    List<Backup> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(target)) {
      for (Path f : files.toList()) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(sidecar(f))) {
          continue;
        }
        try {
          Instant at = STAMP.parse(m.group(1), Instant::from);
          String sha =
              Files.readString(sidecar(f), StandardCharsets.UTF_8).strip().split("\\s+", -1)[0];
          out.add(new Backup(f, at, Files.size(f), sha));
        } catch (DateTimeParseException e) {
          LOG.warn("Skipped a backup file with an unreadable time stamp");
        }
      }
    } catch (IOException e) {
      throw failed("Listing backups failed", e);
    }
    out.sort(Comparator.comparing(Backup::createdAt).reversed());
    return out;
  }

  /**
   * Deletes all but the newest backups.
   *
   * @param keep how many to keep, at least 1
   * @return the deleted backups
   * @throws IllegalArgumentException if {@code keep} is less than 1
   * @throws BsaException with {@code BACKUP_FAILED} if a file cannot be deleted
   */
  public List<Backup> prune(int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one backup");
    }
    List<Backup> all = list();
    List<Backup> deleted = new ArrayList<>();
    for (Backup b : all.subList(Math.min(keep, all.size()), all.size())) {
      try {
        Files.deleteIfExists(b.file());
        Files.deleteIfExists(sidecar(b.file()));
        deleted.add(b);
      } catch (IOException e) {
        throw failed("Deleting an old backup failed", e);
      }
    }
    if (!deleted.isEmpty()) {
      LOG.info("Deleted {} old backup(s)", deleted.size());
    }
    return deleted;
  }

  @Override
  public String toString() {
    return "JdbcBackups[sqlite]";
  }

  private static Path sidecar(Path file) {
    return file.resolveSibling(file.getFileName() + ".sha256");
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BsaException failed(String message, @Nullable Throwable cause) {
    return new BsaException(
        ErrorCode.BACKUP_FAILED, message, io.github.bsa.core.SourcePosition.UNKNOWN, cause);
  }
}
