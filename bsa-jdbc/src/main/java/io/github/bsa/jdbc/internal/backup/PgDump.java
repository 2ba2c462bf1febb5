package io.github.bsa.jdbc.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code pg_dump -Fc} (and {@code pg_restore --list}) when the binaries are installed: on the
 * {@code PATH}, else the newest {@code /usr/lib/postgresql/<version>/bin}. The dump joins the
 * snapshot exported by the portable backup's transaction, so both forms hold the same data, and
 * sets {@code bsa.all_tenants} through {@code PGOPTIONS} with {@code --enable-row-security}, so an
 * ordinary role dumps every tenant's rows (docs/adr/0040). The password goes through {@code
 * PGPASSWORD}, never the command line.
 */
public final class PgDump {
  private static final Pattern URL =
      Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)(?:\\?(.*))?");

  private PgDump() {}

  /**
   * Finds a PostgreSQL client binary.
   *
   * @param name {@code pg_dump} or {@code pg_restore}
   * @return its path, if installed
   */
  public static Optional<Path> find(String name) {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator, -1)) {
        if (!dir.isEmpty()) {
          Path p = Path.of(dir, name);
          if (Files.isExecutable(p)) {
            return Optional.of(p);
          }
        }
      }
    }
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> versions = Files.list(lib)) {
        return versions
            .filter(v -> Files.isExecutable(v.resolve("bin").resolve(name)))
            .max(Comparator.comparing(PgDump::versionOf))
            .map(v -> v.resolve("bin").resolve(name));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int versionOf(Path dir) {
    try {
      return Integer.parseInt(String.valueOf(dir.getFileName()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Dumps the database of a JDBC URL in the custom format into a stream.
   *
   * @param binary the pg_dump binary
   * @param jdbcUrl the database
   * @param snapshot an exported snapshot id, or null
   * @param out where the dump goes (not closed)
   * @throws IOException if pg_dump fails
   */
  public static void dump(Path binary, String jdbcUrl, @Nullable String snapshot, OutputStream out)
      throws IOException {
    Conn c = parse(jdbcUrl);
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "-Fc", "--enable-row-security"));
    if (snapshot != null) {
      cmd.add("--snapshot=" + snapshot);
    }
    cmd.addAll(List.of("-h", c.host, "-p", c.port, "-d", c.db));
    if (c.user != null) {
      cmd.addAll(List.of("-U", c.user));
    }
    if (c.schema != null) {
      cmd.addAll(List.of("-n", c.schema));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PGOPTIONS", "-c bsa.all_tenants=on");
    if (c.password != null) {
      pb.environment().put("PGPASSWORD", c.password);
    }
    run(pb, out);
  }

  /**
   * Checks that a file is a readable pg_dump archive ({@code pg_restore --list}).
   *
   * @param binary the pg_restore binary
   * @param archive the decrypted archive
   * @throws IOException if it is not
   */
  public static void check(Path binary, Path archive) throws IOException {
    run(
        new ProcessBuilder(binary.toString(), "--list", archive.toString()),
        OutputStream.nullOutputStream());
  }

  private static void run(ProcessBuilder pb, OutputStream out) throws IOException {
    Path err = Files.createTempFile("bsa-pgdump-", ".err");
    try {
      pb.redirectError(err.toFile());
      Process p = pb.start();
      try (InputStream in = p.getInputStream()) {
        in.transferTo(out);
      }
      try {
        if (!p.waitFor(1, TimeUnit.HOURS)) {
          p.destroyForcibly();
          throw new IOException("timed out");
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (p.exitValue() != 0) {
        String first = Files.readAllLines(err).stream().findFirst().orElse("");
        throw new IOException(
            pb.command().get(0).replaceAll(".*/", "")
                + " exited with "
                + p.exitValue()
                + ": "
                + first);
      }
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private record Conn(
      String host,
      String port,
      String db,
      @Nullable String user,
      @Nullable String password,
      @Nullable String schema) {}

  private static Conn parse(String jdbcUrl) throws IOException {
    Matcher m = URL.matcher(jdbcUrl);
    if (!m.matches()) {
      throw new IOException("pg_dump needs a jdbc:postgresql://host[:port]/db URL");
    }
    Map<String, String> q = new HashMap<>();
    String query = m.group(4);
    if (query != null) {
      for (String kv : query.split("&", -1)) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          q.put(
              kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    String port = m.group(2);
    return new Conn(
        m.group(1),
        port == null ? "5432" : port,
        m.group(3),
        q.get("user"),
        q.get("password"),
        q.get("currentSchema"));
  }
}
