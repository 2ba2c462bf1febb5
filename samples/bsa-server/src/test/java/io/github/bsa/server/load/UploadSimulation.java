package io.github.bsa.server.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.github.bsa.server.LoadSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on the bsa server: tenants upload CSV, MT940 and PDF statements (each upload a new file),
 * follow the job, read the statement and its transactions; other users list statements and read the
 * analysis. Afterwards every uploaded file must be stored exactly once under its own tenant.
 *
 * <p>Without {@code -DbaseUrl} the simulation starts the server itself (random port, temporary
 * SQLite). Run: {@code ./mvnw -B -ntp -pl samples/bsa-server -am -Pload verify -Dload.seconds=60
 * -Dload.rate=4}.
 */
public class UploadSimulation extends Simulation {
  static final List<String> TENANTS = List.of("load-1", "load-2", "load-3");
  static final int SECONDS = Integer.getInteger("load.seconds", 10);
  static final double RATE = Double.parseDouble(System.getProperty("load.rate", "3"));

  final LoadSupport server = LoadSupport.start(System.getProperty("baseUrl", ""), TENANTS);
  final AtomicInteger counter =
      new AtomicInteger(Math.abs((int) System.nanoTime() % 1_000_000) * 100);
  final Map<String, Set<String>> uploaded = new ConcurrentHashMap<>();

  final HttpProtocolBuilder protocol =
      http.baseUrl(server.baseUrl()).acceptHeader("application/json").shareConnections();

  final ScenarioBuilder uploaders =
      scenario("upload")
          .exec(
              session -> {
                int n = counter.incrementAndGet();
                String tenant = TENANTS.get(n % TENANTS.size());
                String kind = List.of("csv", "mt940", "pdf").get((n / 3) % 3);
                byte[] file = LoadSupport.statement(kind, n);
                uploaded
                    .computeIfAbsent(tenant, t -> ConcurrentHashMap.newKeySet())
                    .add(LoadSupport.sha256(file));
                return session
                    .set("key", LoadSupport.key(tenant))
                    .set("file", file)
                    .set("kind", kind)
                    .set("state", "QUEUED");
              })
          .exec(
              http("upload #{kind}")
                  .post("/api/v1/statements")
                  .header("X-API-Key", "#{key}")
                  .bodyPart(ByteArrayBodyPart("files", "#{file}").fileName("upload.bin"))
                  .asMultipartForm()
                  .check(status().is(202), header("Location").saveAs("job")))
          .asLongAs(
              session ->
                  !session.getString("state").equals("SUCCEEDED")
                      && !session.getString("state").equals("FAILED"))
          .on(
              exec(http("job")
                      .get("#{job}")
                      .header("X-API-Key", "#{key}")
                      .check(status().is(200), jsonPath("$.state").saveAs("state")))
                  .pause(Duration.ofMillis(200)))
          .exec(
              http("job result")
                  .get("#{job}")
                  .header("X-API-Key", "#{key}")
                  .check(
                      jsonPath("$.state").is("SUCCEEDED"),
                      jsonPath("$.statementIds[0]").saveAs("sid")))
          .exec(
              http("statement")
                  .get("/api/v1/statements/#{sid}")
                  .header("X-API-Key", "#{key}")
                  .check(status().is(200)))
          .exec(
              http("transactions")
                  .get("/api/v1/statements/#{sid}/transactions?size=50")
                  .header("X-API-Key", "#{key}")
                  .check(status().is(200)));

  final ScenarioBuilder readers =
      scenario("read")
          .exec(
              session ->
                  session.set("key", LoadSupport.key(TENANTS.get(counter.get() % TENANTS.size()))))
          .exec(
              http("list statements")
                  .get("/api/v1/statements?size=20")
                  .header("X-API-Key", "#{key}")
                  .check(status().is(200)))
          .exec(
              http("analysis")
                  .get("/api/v1/analysis")
                  .header("X-API-Key", "#{key}")
                  .check(status().is(200)));

  {
    setUp(
            uploaders.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))),
            readers.injectOpen(constantUsersPerSec(RATE / 2).during(Duration.ofSeconds(SECONDS))))
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(SECONDS + 120L))
        .assertions(global().failedRequests().count().is(0L));
  }

  @Override
  public void after() {
    try {
      int files = 0;
      for (String tenant : TENANTS) {
        Set<String> mine = uploaded.getOrDefault(tenant, Set.of());
        files += mine.size();
        List<JsonNode> stored = server.statements(tenant);
        Map<String, Integer> perFile = new java.util.HashMap<>();
        for (JsonNode s : stored) {
          perFile.merge(s.get("sourceSha256").asText(), 1, Integer::sum);
        }
        for (String sha : mine) {
          if (perFile.getOrDefault(sha, 0) != 1) {
            throw new IllegalStateException(
                "Tenant "
                    + tenant
                    + ": a file is stored "
                    + perFile.getOrDefault(sha, 0)
                    + " times");
          }
        }
        for (String tenantOther : TENANTS) {
          if (!tenantOther.equals(tenant)) {
            for (String sha : uploaded.getOrDefault(tenantOther, Set.of())) {
              if (perFile.containsKey(sha)) {
                throw new IllegalStateException(
                    "Tenant " + tenant + " sees a file of " + tenantOther);
              }
            }
          }
        }
      }
      System.out.println(
          "LOAD CHECK PASSED: "
              + files
              + " uploaded files, each stored exactly once under its own tenant");
    } finally {
      server.close();
    }
  }
}
