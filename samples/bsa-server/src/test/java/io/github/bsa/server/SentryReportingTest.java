package io.github.bsa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sentry.Sentry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;

/**
 * Sentry reporting against a local HTTP server standing in for Sentry: nothing is sent without a
 * DSN; with one, an unexpected error arrives without request data.
 */
class SentryReportingTest {
  HttpServer sink;
  final List<String> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startSink() throws IOException {
    sink =
        HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    sink.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
              body = in.readAllBytes();
            }
          }
          received.add(
              exchange.getRequestURI().getPath() + "\n" + new String(body, StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    sink.start();
  }

  @AfterEach
  void stopSink() {
    Sentry.close();
    sink.stop(0);
  }

  static ServerProperties properties(String dsn) {
    return new ServerProperties(
        null,
        false,
        new ServerProperties.Jwt(null, "i", "a", "tenant", Duration.ofSeconds(30)),
        new ServerProperties.Uploads(1, 1, 1, Map.of()),
        new ServerProperties.Jobs(1, 1, 1, Duration.ofSeconds(30)),
        new ServerProperties.AnalysisCache(1, Duration.ofSeconds(1)),
        dsn);
  }

  @Test
  void withoutDsn_nothingIsSent() throws Exception {
    DisposableBean bean = new BsaServerApplication().sentry(properties(""));
    assertThat(Sentry.isEnabled()).isFalse();
    new Problems().unexpected(new IllegalStateException("boom"));
    Sentry.flush(2000);
    bean.destroy();
    Thread.sleep(300);
    assertThat(received).isEmpty();
  }

  @Test
  void withDsn_unexpectedErrorIsReportedWithoutRequestData() throws Exception {
    String dsn = "http://publickey@127.0.0.1:" + sink.getAddress().getPort() + "/42";
    DisposableBean bean = new BsaServerApplication().sentry(properties(dsn));
    assertThat(Sentry.isEnabled()).isTrue();
    new Problems().unexpected(new IllegalStateException("boom"));
    Sentry.flush(5000);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (received.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    bean.destroy();
    assertThat(received).isNotEmpty();
    String envelope = String.join("\n", received);
    assertThat(envelope).contains("/api/42/envelope/").contains("IllegalStateException");
    assertThat(envelope).doesNotContain("\"request\"").doesNotContain("\"user\"");
  }
}
