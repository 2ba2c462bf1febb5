package io.github.bsa.jdbc.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of its own in a temporary folder on a free port, started with the Debian
 * binaries (initdb, pg_ctl) so a test can stop it. Skips the test (JUnit assumption) when the
 * binaries are absent. Run as the {@code postgres} user when the tests run as root. Shared with
 * other modules' tests through bsa-jdbc's test-jar (test scope only; not part of the library).
 *
 * <p>Not thread-safe: one test owns one cluster.
 */
public final class ThrowawayPostgres implements AutoCloseable {
  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private final Path dir;
  private final int port;
  private boolean running;

  private ThrowawayPostgres(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /**
   * Creates and starts a cluster, or skips the test when the PostgreSQL 15 binaries are absent.
   *
   * @return the running cluster; close it to stop it and delete its folder
   * @throws IOException when initdb or pg_ctl fails
   * @throws InterruptedException when interrupted while waiting for them
   */
  public static ThrowawayPostgres start() throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl")),
        "PostgreSQL 15 binaries absent: test skipped");
    Path dir = Files.createTempDirectory("bsa-pg-");
    if (isRoot()) {
      run(List.of("chown", "postgres:postgres", dir.toString()), false);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ThrowawayPostgres pg = new ThrowawayPostgres(dir, port);
    run(
        List.of(
            BIN.resolve("initdb").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8"),
        true);
    run(
        List.of(
            BIN.resolve("pg_ctl").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-l",
            dir.resolve("log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-h 127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off",
            "start"),
        true);
    pg.running = true;
    return pg;
  }

  /**
   * Returns the JDBC URL of the cluster's {@code postgres} database as the {@code postgres} user.
   *
   * @return the URL
   */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&connectTimeout=5";
  }

  /**
   * Stops the cluster cleanly ({@code pg_ctl -m fast}); does nothing when it is stopped.
   *
   * @throws IOException when pg_ctl fails
   * @throws InterruptedException when interrupted while waiting for it
   */
  public void stop() throws IOException, InterruptedException {
    stop("fast");
  }

  /**
   * Stops the cluster as a crash would ({@code pg_ctl -m immediate}); does nothing when it is
   * stopped.
   *
   * @throws IOException when pg_ctl fails
   * @throws InterruptedException when interrupted while waiting for it
   */
  public void kill() throws IOException, InterruptedException {
    stop("immediate");
  }

  private void stop(String mode) throws IOException, InterruptedException {
    if (running) {
      running = false;
      run(
          List.of(
              BIN.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-m",
              mode,
              "-w",
              "stop"),
          true);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        run(List.of("rm", "-rf", dir.toString()), false);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(List<String> command, boolean asPostgres)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (asPostgres && isRoot()) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("Command failed: " + command.get(0) + ": " + out);
    }
  }
}
