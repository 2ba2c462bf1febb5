package io.github.bsa.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A real HTTP client against a server on 127.0.0.1, with multipart uploads and JSON reading. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  String base() {
    return base;
  }

  /** A response with its body as text. */
  record Response(int status, Map<String, List<String>> headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse("");
    }
  }

  Response get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  Response delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
  }

  /** Posts files as the multipart part {@code files}, with misleading names and content types. */
  Response upload(List<byte[]> files, String... headers) {
    String boundary = "----bsa" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < files.size(); i++) {
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"upload-"
              + i
              + ".txt\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      body.writeBytes(files.get(i));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/statements"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    return send(b, headers);
  }

  private static Response send(HttpRequest.Builder b, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r =
          CLIENT.send(
              b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls a job until it is finished; returns its last view. */
  JsonNode awaitJob(String location, String... headers) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      Response r = get(location, headers);
      if (r.status() != 200) {
        throw new AssertionError("job poll " + r.status() + ": " + r.body());
      }
      JsonNode job = r.json();
      String state = job.get("state").asText();
      if (state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")) {
        return job;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("job did not finish: " + job);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
