package io.github.bsa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The served OpenAPI description equals the checked-in {@code openapi.json}. After an intended API
 * change run the test with {@code -Dbsa.openapi.update=true} and commit the new file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractTest {
  static final Path CHECKED_IN = Path.of("openapi.json");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("bsa-server-openapi");
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("api.db"));
  }

  @LocalServerPort int port;

  @Test
  void servedDescription_equalsCheckedInCopy() throws IOException {
    Http.Response r = new Http(port).get("/v3/api-docs");
    assertThat(r.status()).isEqualTo(200);
    String served = canonical(r.body());
    if (Boolean.getBoolean("bsa.openapi.update")) {
      Files.writeString(CHECKED_IN, served, StandardCharsets.UTF_8);
    }
    Path target = Path.of("target/openapi.json");
    Files.createDirectories(target.getParent());
    Files.writeString(target, served, StandardCharsets.UTF_8);
    assertThat(Files.exists(CHECKED_IN))
        .as("samples/bsa-server/openapi.json is missing; run with -Dbsa.openapi.update=true")
        .isTrue();
    assertThat(served)
        .as(
            "The API changed: review target/openapi.json, then run this test with"
                + " -Dbsa.openapi.update=true and commit openapi.json")
        .isEqualTo(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
    JsonNode paths = Http.JSON.readTree(served).get("paths");
    assertThat(paths.has("/api/v1/statements")).isTrue();
    assertThat(paths.has("/api/v1/jobs/{id}")).isTrue();
    assertThat(paths.has("/api/v1/analysis/report")).isTrue();
  }

  /** Sorted keys, two-space indent, without the servers (they name the random port). */
  static String canonical(String json) throws IOException {
    ObjectMapper m =
        new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    JsonNode tree = m.readTree(json);
    ((ObjectNode) tree).remove("servers");
    Object plain = m.treeToValue(tree, Object.class);
    return m.writeValueAsString(plain) + "\n";
  }
}
