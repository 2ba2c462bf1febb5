package io.github.bsa.parsers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing in the parse path reaches the network (issue #17). A forked JVM parses documents that
 * name a URL of this test's trap listener (XML DTDs, external entities, a PDF link, a PDF ICC
 * profile and remote action) with every proxy setting pointed at the trap too, so that any
 * connection, direct or proxied, to any host, is counted. A second run inside a network namespace
 * ({@code unshare -n}, when available: root on Linux) checks that the parses end the same with no
 * network at all, rather than hanging.
 */
final class NoNetworkTest {
  @TempDir Path tmp;

  @Test
  void parsing_hostileReferences_opensNoConnection() throws Exception {
    try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = new AtomicInteger();
      Thread acceptor =
          new Thread(
              () -> {
                while (!trap.isClosed()) {
                  try {
                    Socket s = trap.accept();
                    connections.incrementAndGet();
                    s.close();
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      String port = Integer.toString(trap.getLocalPort());
      List<String> command = new ArrayList<>(javaCommand());
      command.addAll(
          List.of(
              "-Dhttp.proxyHost=127.0.0.1",
              "-Dhttp.proxyPort=" + port,
              "-Dhttps.proxyHost=127.0.0.1",
              "-Dhttps.proxyPort=" + port,
              "-Dhttp.nonProxyHosts=",
              "-DsocksProxyHost=127.0.0.1",
              "-DsocksProxyPort=" + port,
              "-DsocksNonProxyHosts=",
              "-Djava.net.useSystemProxies=false",
              NetworkProbe.class.getName(),
              "http://127.0.0.1:" + port + "/"));
      List<String> outcomes = run(command);
      assertThat(outcomes).hasSizeGreaterThan(10);
      assertThat(outcomes).noneMatch(o -> o.contains("UNEXPECTED"));
      assertThat(outcomes).anyMatch(o -> o.startsWith("OUTCOME pdf/remote-references PARSED"));
      assertThat(connections.get()).as("connections to the trap").isZero();
    }
  }

  @Test
  void parsing_withoutAnyNetwork_endsTheSame() throws Exception {
    Assumptions.assumeTrue(canUnshare(), "unshare -n is not available here (needs root on Linux)");
    List<String> command = new ArrayList<>(List.of("unshare", "-n"));
    command.addAll(javaCommand());
    command.addAll(List.of(NetworkProbe.class.getName(), "http://192.0.2.1/"));
    List<String> outcomes = run(command);
    assertThat(outcomes).hasSizeGreaterThan(10);
    assertThat(outcomes).noneMatch(o -> o.contains("UNEXPECTED"));
  }

  private List<String> javaCommand() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m",
        "-Dpdfbox.fontcache=" + tmp,
        "-cp",
        System.getProperty("java.class.path"));
  }

  private List<String> run(List<String> command) throws Exception {
    Path log = tmp.resolve("probe-" + System.nanoTime() + ".log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(180, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(done).as("probe finished; output:%n%s", String.join("\n", lines)).isTrue();
    assertThat(lines).as("output:%n%s", String.join("\n", lines)).contains("DONE");
    return lines.stream().filter(l -> l.startsWith("OUTCOME ")).toList();
  }

  private static boolean canUnshare() {
    try {
      Process p =
          new ProcessBuilder("unshare", "-n", "true")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
