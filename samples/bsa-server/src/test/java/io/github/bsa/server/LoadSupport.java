package io.github.bsa.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the Gatling simulation needs from the server side: a server (started here on a random port
 * with a temporary SQLite database unless a base URL is given), the load tenants' keys, varied
 * statement files, and each tenant's stored statements for the final check.
 */
public final class LoadSupport implements AutoCloseable {
  private final String baseUrl;
  private final @Nullable ConfigurableApplicationContext context;

  private LoadSupport(String baseUrl, @Nullable ConfigurableApplicationContext context) {
    this.baseUrl = baseUrl;
    this.context = context;
  }

  /** The API key of a load tenant, also accepted by an external server configured with it. */
  public static String key(String tenant) {
    return tenant + "-key-0123456789abcdef";
  }

  /**
   * Uses the server at {@code baseUrl}, or starts one when it is empty.
   *
   * @param baseUrl {@code http://127.0.0.1:8080} or empty
   * @param tenants the load tenants (keys: {@link #key})
   * @return the server
   */
  public static LoadSupport start(String baseUrl, List<String> tenants) {
    if (!baseUrl.isBlank()) {
      return new LoadSupport(baseUrl, null);
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("bsa-server-load");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String keys = tenants.stream().map(t -> t + ":" + key(t)).collect(Collectors.joining(","));
    ConfigurableApplicationContext ctx =
        new SpringApplicationBuilder(BsaServerApplication.class)
            .run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("load.db"),
                "--bsa.server.api-keys=" + keys,
                "--bsa.server.uploads.per-minute=1000000",
                "--bsa.server.uploads.burst=100000",
                "--logging.level.io.github.bsa=WARN");
    String port = ctx.getEnvironment().getProperty("local.server.port", "0");
    return new LoadSupport("http://127.0.0.1:" + port, ctx);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** A statement file of a kind ({@code csv}, {@code mt940}, {@code pdf}), different for each n. */
  public static byte[] statement(String kind, int n) {
    return switch (kind) {
      case "csv" -> TestStatements.csv(n);
      case "mt940" -> TestStatements.mt940(n, "NL91ABNA0417164300");
      default -> TestStatements.pdf(n);
    };
  }

  public static String sha256(byte[] bytes) {
    return BsaJobs.sha256(bytes);
  }

  /** Returns every statement stored for a tenant, through the API. */
  public List<JsonNode> statements(String tenant) {
    URI uri = URI.create(baseUrl);
    Http http = new Http(uri.getPort());
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode p =
          http.get("/api/v1/statements?size=500&page=" + page, "X-API-Key", key(tenant)).json();
      p.get("items").forEach(all::add);
      if (p.get("items").size() < 500) {
        return all;
      }
    }
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
    }
  }
}
