package io.github.bsa.samples.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Smoke test of the monitoring sample: meters recorded; Sentry silent without a DSN. */
final class MonitoringSampleTest {
  private static final String DATA = System.getProperty("monitoring.data", "../data");

  @Test
  void withoutADsn_metersAreRecorded_andSentrySendsNothing() throws Exception {
    String out = run(DATA);
    assertThat(out)
        .contains("meter bsa.parse")
        .contains("format=mt940")
        .contains("outcome=failure")
        .contains("bsa.parse.transactions")
        .contains("sentry enabled=false last=00000000000000000000000000000000");
  }

  @Test
  void withADsn_failuresReachSentry_withoutStatementData() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] raw = exchange.getRequestBody().readAllBytes();
          String enc = exchange.getRequestHeaders().getFirst("Content-Encoding");
          bodies.add(
              new String("gzip".equalsIgnoreCase(enc) ? gunzip(raw) : raw, StandardCharsets.UTF_8));
          byte[] ok = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, ok.length);
          exchange.getResponseBody().write(ok);
          exchange.close();
        });
    server.start();
    try {
      String dsn = "http://public@127.0.0.1:" + server.getAddress().getPort() + "/1";
      String out = run(DATA, dsn);
      assertThat(out).contains("sentry enabled=true");
    } finally {
      server.stop(0);
    }
    String all = String.join("\n", bodies);
    assertThat(all).contains("bsa parse failed").contains("UNSUPPORTED_FORMAT");
    assertThat(all).doesNotContain("Green Grocer", "Salary", "Rent", "NL91", "2500.00");
  }

  private static byte[] gunzip(byte[] raw) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
      return in.readAllBytes();
    }
  }

  private static String run(String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      MonitoringSample.main(args);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    old.print(out);
    return out;
  }
}
