package io.github.bsa.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol with the JDK's WebSocket client: no
 * driver binary, no browser library. Starts with the flags of CI-NOTES (no network chatter).
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  static Chromium open(String url) throws Exception {
    Path profile = Files.createTempDirectory("bsa-chromium");
    Process p =
        new ProcessBuilder(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1280,1400",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                url)
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (System.nanoTime() > deadline || !p.isAlive()) {
        p.destroyForcibly();
        throw new IOException("Chromium did not open its DevTools port");
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newHttpClient();
    String pageSocket = null;
    while (pageSocket == null) {
      String list =
          http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      for (JsonNode target : Http.JSON.readTree(list)) {
        if (target.get("type").asText().equals("page")) {
          pageSocket = target.get("webSocketDebuggerUrl").asText();
        }
      }
      if (pageSocket == null) {
        if (System.nanoTime() > deadline) {
          throw new IOException("Chromium has no page target");
        }
        Thread.sleep(100);
      }
    }
    Chromium[] self = new Chromium[1];
    StringBuilder partial = new StringBuilder();
    WebSocket ws =
        http.newWebSocketBuilder()
            .buildAsync(
                URI.create(pageSocket),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                      String message = partial.toString();
                      partial.setLength(0);
                      self[0].receive(message);
                    }
                    webSocket.request(1);
                    return CompletableFuture.completedFuture(null);
                  }
                })
            .get(30, TimeUnit.SECONDS);
    self[0] = new Chromium(p, profile, ws);
    return self[0];
  }

  private void receive(String message) {
    try {
      JsonNode m = Http.JSON.readTree(message);
      if (m.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
        if (f != null) {
          f.complete(m);
        }
      }
    } catch (IOException e) {
      // an event we cannot read: ignore
    }
  }

  /** Sends a DevTools command and returns its {@code result}. */
  JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode m = Http.JSON.createObjectNode();
    m.put("id", id);
    m.put("method", method);
    m.set("params", Http.JSON.valueToTree(params));
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(Http.JSON.writeValueAsString(m), true).get(30, TimeUnit.SECONDS);
    JsonNode answer = f.get(60, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** Evaluates a JavaScript expression in the page (awaiting promises) and returns its value. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r =
        call(
            "Runtime.evaluate",
            Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("JS failed: " + r.get("exceptionDetails"));
    }
    return r.at("/result/value");
  }

  /** Polls an expression until it is true. */
  void waitFor(String condition, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!eval("Boolean(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Page never satisfied: " + condition);
      }
      Thread.sleep(200);
    }
  }

  /** Puts files into an {@code <input type=file>}, which fires its change event. */
  void setFiles(String selector, List<Path> files) throws Exception {
    int root = call("DOM.getDocument", Map.of()).at("/root/nodeId").asInt();
    int node =
        call("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
            .get("nodeId")
            .asInt();
    call(
        "DOM.setFileInputFiles",
        Map.of("nodeId", node, "files", files.stream().map(Path::toString).toList()));
  }

  byte[] screenshot() throws Exception {
    String data =
        call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
            .get("data")
            .asText();
    return Base64.getDecoder().decode(data);
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var walk = Files.walk(profile)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
