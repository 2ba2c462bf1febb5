package io.github.bsa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API over real HTTP on a random port, on an SQLite file. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bsa.server.api-keys=tenant-a:key-a-0123456789abcdef,tenant-b:key-b-0123456789abcdef,"
          + "tenant-a:key-r-0123456789abcdef:read,limited:key-l-0123456789abcdef",
      "bsa.server.uploads.per-minute-overrides.limited=2",
      "bsa.server.jwt.secret=" + Tokens.SECRET,
      "bsa.server.jwt.issuer=" + Tokens.ISSUER,
      "bsa.server.jwt.audience=" + Tokens.AUDIENCE,
      "spring.servlet.multipart.max-file-size=256KB",
      "spring.servlet.multipart.max-request-size=512KB"
    })
@org.junit.jupiter.api.extension.ExtendWith(
    org.springframework.boot.test.system.OutputCaptureExtension.class)
class ServerApiTest {
  static final String[] A = {"X-API-Key", "key-a-0123456789abcdef"};
  static final String[] B = {"X-API-Key", "key-b-0123456789abcdef"};
  static final String[] A_READ = {"X-API-Key", "key-r-0123456789abcdef"};

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("bsa-server-test");
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("api.db"));
  }

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void health_isUpWithBsaDetails() {
    Http.Response r = http.get("/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("UP");
    assertThat(r.json().at("/components/bsa/status").asText()).isEqualTo("UP");
    assertThat(http.get("/health/liveness").status()).isEqualTo(200);
    assertThat(http.get("/health/readiness").json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void auth_noCredentials_is401Problem() {
    Http.Response r = http.get("/api/v1/statements");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("code").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void auth_wrongKey_is401() {
    Http.Response r = http.get("/api/v1/statements", "X-API-Key", "not-a-key-0123456789");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("code").asText()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void auth_validKeyAndToken_read() {
    assertThat(http.get("/api/v1/statements", A).status()).isEqualTo(200);
    String token = Tokens.valid("tenant-a", "statements:read statements:write");
    assertThat(http.get("/api/v1/statements", "Authorization", "Bearer " + token).status())
        .isEqualTo(200);
  }

  @Test
  void auth_expiredWrongIssuerWrongAudienceWrongSecret_are401() {
    List<String> bad =
        List.of(
            Tokens.token(
                "tenant-a",
                "statements:read",
                Duration.ofMinutes(-5),
                Tokens.ISSUER,
                Tokens.AUDIENCE,
                Tokens.SECRET),
            Tokens.token(
                "tenant-a",
                "statements:read",
                Duration.ofMinutes(5),
                "https://evil.test/",
                Tokens.AUDIENCE,
                Tokens.SECRET),
            Tokens.token(
                "tenant-a",
                "statements:read",
                Duration.ofMinutes(5),
                Tokens.ISSUER,
                "other-api",
                Tokens.SECRET),
            Tokens.token(
                "tenant-a",
                "statements:read",
                Duration.ofMinutes(5),
                Tokens.ISSUER,
                Tokens.AUDIENCE,
                "another-secret-0123456789-0123456789-xyz"),
            "not.a.jwt");
    for (String token : bad) {
      Http.Response r = http.get("/api/v1/statements", "Authorization", "Bearer " + token);
      assertThat(r.status()).as(token).isEqualTo(401);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }
  }

  @Test
  void auth_readOnlyKeyAndToken_readButNotWrite() {
    assertThat(http.get("/api/v1/statements", A_READ).status()).isEqualTo(200);
    Http.Response r = http.upload(List.of(TestStatements.csv()), A_READ);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("code").asText()).isEqualTo("FORBIDDEN");
    String token = Tokens.valid("tenant-a", "statements:read");
    assertThat(
            http.upload(List.of(TestStatements.csv()), "Authorization", "Bearer " + token).status())
        .isEqualTo(403);
    assertThat(http.delete("/api/v1/statements/whatever", A_READ).status()).isEqualTo(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "mt940", "pdf"})
  void upload_toJob_toStatement_toTransactions_toAnalysis(String kind) {
    int n = new Random().nextInt(1_000_000);
    byte[] file =
        switch (kind) {
          case "csv" -> TestStatements.csv(n);
          case "mt940" -> TestStatements.mt940(n, "NL91ABNA0417164300");
          default -> TestStatements.pdf(n);
        };
    String token = Tokens.valid("tenant-jwt-" + kind, "statements:read statements:write");
    String[] auth = {"Authorization", "Bearer " + token};

    Http.Response up = http.upload(List.of(file), auth);
    assertThat(up.status()).as(up.body()).isEqualTo(202);
    String location = up.header("Location");
    assertThat(location).startsWith("/api/v1/jobs/");
    assertThat(up.json().at("/jobs/0/format").asText()).isEqualTo(kind);

    JsonNode job = http.awaitJob(location, auth);
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.get("duplicate").asBoolean()).isFalse();
    String statementId = job.at("/statementIds/0").asText();

    JsonNode st = http.get("/api/v1/statements/" + statementId, auth).json();
    assertThat(st.get("format").asText()).isEqualTo(kind);
    assertThat(st.at("/balanceCheck/status").asText()).isNotEmpty();
    assertThat(st.get("transactionCount").asInt()).isPositive();
    if (!kind.equals("csv")) {
      assertThat(st.at("/balanceCheck/status").asText()).isEqualTo("VERIFIED");
    }

    JsonNode txns =
        http.get("/api/v1/statements/" + statementId + "/transactions?size=10", auth).json();
    assertThat(txns.get("items")).isNotEmpty();
    assertThat(txns.at("/items/0/amount").isNumber() || txns.at("/items/0/amount").isTextual())
        .isTrue();

    Http.Response list = http.get("/api/v1/statements", auth);
    assertThat(list.json().get("total").asInt()).isEqualTo(1);

    Http.Response analysis = http.get("/api/v1/analysis", auth);
    assertThat(analysis.status()).isEqualTo(200);
    assertThat(analysis.json().isObject()).isTrue();
    Http.Response report = http.get("/api/v1/analysis/report", auth);
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.header("Content-Type")).startsWith("text/html");
    assertThat(report.body()).contains("<html");

    // the same bytes again: answered from the parse cache, nothing stored twice
    Http.Response again = http.upload(List.of(file), auth);
    JsonNode second = http.awaitJob(again.header("Location"), auth);
    assertThat(second.get("state").asText()).isEqualTo("SUCCEEDED");
    assertThat(second.get("duplicate").asBoolean()).isTrue();
    assertThat(second.at("/statementIds/0").asText()).isEqualTo(statementId);
    assertThat(http.get("/api/v1/statements", auth).json().get("total").asInt()).isEqualTo(1);
    assertThat(http.get("/prometheus").body())
        .contains("bsa_parses_total{code=\"none\",format=\"" + kind + "\",outcome=\"cached\"");

    // delete: gone, and the analysis no longer counts it
    assertThat(http.delete("/api/v1/statements/" + statementId, auth).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/statements/" + statementId, auth).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/statements", auth).json().get("total").asInt()).isZero();
  }

  @Test
  void tenants_areIsolated() {
    Http.Response up = http.upload(List.of(TestStatements.mt940(7, "DE89370400440532013000")), A);
    JsonNode job = http.awaitJob(up.header("Location"), A);
    String statementId = job.at("/statementIds/0").asText();
    String jobPath = up.header("Location");

    assertThat(http.get(jobPath, B).status()).isEqualTo(404);
    Http.Response other = http.get("/api/v1/statements/" + statementId, B);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.json().get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(http.get("/api/v1/statements/" + statementId + "/transactions", B).status())
        .isEqualTo(404);
    assertThat(http.delete("/api/v1/statements/" + statementId, B).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/statements", B).body()).doesNotContain(statementId);
    assertThat(http.get("/api/v1/statements/" + statementId, A).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/statements", A).body()).contains(statementId);
  }

  @Test
  void upload_tooLarge_is413Problem() {
    byte[] big = new byte[300 * 1024];
    java.util.Arrays.fill(big, (byte) 'x');
    Http.Response r = http.upload(List.of(big), A);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void upload_unsupported_is415WithBsaCode() {
    byte[] noise = new byte[2048];
    new Random(1).nextBytes(noise);
    Http.Response r = http.upload(List.of(noise), A);
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("code").asText()).isEqualTo("UNSUPPORTED_FORMAT");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at io.github");
  }

  @Test
  void upload_malformed_jobFailsWithBsaCodeAndPosition() {
    byte[] broken =
        (":20:BROKEN\r\n:25:NL91ABNA0417164300\r\n:28C:1/1\r\n:60F:C260101EUR1000,00\r\n"
                + ":61:26XX0105D25,00NTRFNONREF\r\n:62F:C260131EUR975,00\r\n-")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Http.Response up = http.upload(List.of(broken), A);
    assertThat(up.status()).as(up.body()).isEqualTo(202);
    JsonNode job = http.awaitJob(up.header("Location"), A);
    assertThat(job.get("state").asText()).isEqualTo("FAILED");
    JsonNode problem = job.get("problem");
    assertThat(problem.get("code").asText()).isIn("MALFORMED_INPUT", "INVALID_DATA");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("position").get("line").asInt()).isPositive();
  }

  @Test
  void upload_rateLimited_is429WithRetryAfter() {
    String[] limited = {"X-API-Key", "key-l-0123456789abcdef"};
    List<Integer> statuses = new ArrayList<>();
    List<Http.Response> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Http.Response r = http.upload(List.of(TestStatements.csv(900_000 + i)), limited);
      responses.add(r);
      statuses.add(r.status());
    }
    Http.Response last = responses.get(2);
    assertThat(statuses).containsExactly(202, 202, 429);
    assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
    assertThat(last.json().get("code").asText()).isEqualTo("RATE_LIMITED");
  }

  @Test
  void params_invalid_are400Problems() {
    Http.Response r = http.get("/api/v1/statements?size=100000", A);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(http.get("/api/v1/statements?from=yesterday", A).status()).isEqualTo(400);
  }

  @Test
  void requestId_isEchoedAndInProblems() {
    Http.Response r = http.get("/api/v1/jobs/not-a-job", "X-Request-Id", "lb-1234", A[0], A[1]);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("X-Request-Id")).isEqualTo("lb-1234");
    assertThat(r.json().get("requestId").asText()).isEqualTo("lb-1234");
  }

  @Test
  void analysisCache_isInvalidatedWhenTheTenantsStatementsChange() {
    String token = Tokens.valid("tenant-cache", "statements:read statements:write");
    String[] auth = {"Authorization", "Bearer " + token};
    JsonNode first =
        http.awaitJob(
            http.upload(List.of(TestStatements.mt940(11, "NL91ABNA0417164300")), auth)
                .header("Location"),
            auth);
    String before = http.get("/api/v1/analysis", auth).body();
    assertThat(http.get("/api/v1/analysis", auth).body()).isEqualTo(before); // cached
    http.awaitJob(
        http.upload(List.of(TestStatements.mt940(12, "NL91ABNA0417164300")), auth)
            .header("Location"),
        auth);
    String afterUpload = http.get("/api/v1/analysis", auth).body();
    assertThat(afterUpload).isNotEqualTo(before);
    http.delete("/api/v1/statements/" + first.at("/statementIds/0").asText(), auth);
    assertThat(http.get("/api/v1/analysis", auth).body()).isNotEqualTo(afterUpload);
  }

  @Test
  void metrics_areScrapedWithoutTenantOrData() {
    http.upload(List.of(TestStatements.csv(424_242)), A);
    String scrape = http.get("/prometheus").body();
    assertThat(scrape)
        .contains("bsa_uploads_total{outcome=\"accepted\"")
        .contains("bsa_jobs_queued")
        .contains("http_server_requests_seconds");
    assertThat(scrape).doesNotContain("tenant-a");
  }

  @Test
  void sentry_isOffWithoutDsn() {
    assertThat(io.sentry.Sentry.isEnabled()).isFalse();
  }

  @Test
  void logs_areJsonWithRequestIdAndWithoutPersonalData(
      org.springframework.boot.test.system.CapturedOutput output) throws IOException {
    byte[] file = TestStatements.mt940(31_337, "GB82WEST12345698765432");
    Http.Response up = http.upload(List.of(file), "X-Request-Id", "log-check-1", A[0], A[1]);
    JsonNode job = http.awaitJob(up.header("Location"), A);
    assertThat(job.get("state").asText()).isEqualTo("SUCCEEDED");
    String logs = output.getOut() + output.getErr();
    List<String> mine =
        logs.lines().filter(l -> l.contains("\"requestId\":\"log-check-1\"")).toList();
    assertThat(mine).isNotEmpty();
    for (String line : mine) {
      assertThat(Http.JSON.readTree(line).get("message").asText()).isNotEmpty();
    }
    assertThat(logs)
        .doesNotContain("GB82WEST12345698765432")
        .doesNotContain("GB82 WEST")
        .doesNotContain("Load test payment 31337")
        .doesNotContain("key-a-0123456789abcdef");
  }
}
