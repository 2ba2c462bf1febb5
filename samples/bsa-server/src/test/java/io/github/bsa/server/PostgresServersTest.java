package io.github.bsa.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bsa.jdbc.testing.ThrowawayPostgres;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server on PostgreSQL ({@code BSA_TEST_PG_URL}; skipped without it): two instances share the
 * job queue, and {@code /health} turns DOWN when the database goes away.
 */
class PostgresServersTest {
  static final String KEY = "key-pg-0123456789abcdef";

  static ConfigurableApplicationContext start(String jdbcUrl, String tenant, String... extra) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--spring.profiles.active=postgresql");
    args.add("--spring.datasource.url=" + jdbcUrl);
    args.add("--spring.datasource.hikari.connection-timeout=2000");
    args.add("--spring.datasource.hikari.maximum-pool-size=6");
    args.add("--spring.datasource.hikari.minimum-idle=1");
    args.add("--bsa.server.api-keys=" + tenant + ":" + KEY);
    args.add("--bsa.server.jobs.workers=2");
    args.add("--bsa.server.uploads.burst=1000");
    args.add("--bsa.server.uploads.per-minute=100000");
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(BsaServerApplication.class)
        .run(args.toArray(String[]::new));
  }

  static int port(ConfigurableApplicationContext ctx) {
    return Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port", "0"));
  }

  @Test
  void twoInstances_burstOfUploads_eachJobDoneOnce() throws Exception {
    String url = System.getenv("BSA_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "BSA_TEST_PG_URL is not set");
    String tenant = "burst-" + UUID.randomUUID().toString().substring(0, 8);
    try (ConfigurableApplicationContext one = start(url, tenant);
        ConfigurableApplicationContext two = start(url, tenant)) {
      List<Http> servers = List.of(new Http(port(one)), new Http(port(two)));
      String[] auth = {"X-API-Key", KEY};
      int files = 40;
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<String>> locations = new ArrayList<>();
      for (int i = 0; i < files; i++) {
        int n = i;
        locations.add(
            pool.submit(
                () -> {
                  byte[] file =
                      n % 2 == 0
                          ? TestStatements.mt940(n, "NL91ABNA0417164300")
                          : TestStatements.csv(n);
                  Http.Response r = servers.get(n % 2).upload(List.of(file), auth);
                  assertThat(r.status()).as(r.body()).isEqualTo(202);
                  return r.header("Location");
                }));
      }
      List<JsonNode> jobs = new ArrayList<>();
      for (Future<String> f : locations) {
        // poll through the other instance: any instance answers for any job
        jobs.add(
            servers.get(jobs.size() % 2 == 0 ? 1 : 0).awaitJob(f.get(120, TimeUnit.SECONDS), auth));
      }
      pool.shutdown();
      Set<String> statementIds = new HashSet<>();
      for (JsonNode job : jobs) {
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("attempts").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.get("duplicate").asBoolean()).isFalse();
        statementIds.add(job.at("/statementIds/0").asText());
      }
      assertThat(statementIds).hasSize(files);
      JsonNode list = servers.get(0).get("/api/v1/statements?size=500", auth).json();
      assertThat(list.get("total").asInt()).isEqualTo(files);
      double ran =
          parses(one.getBean(io.micrometer.core.instrument.MeterRegistry.class))
              + parses(two.getBean(io.micrometer.core.instrument.MeterRegistry.class));
      assertThat(ran).isEqualTo(files); // each job ran exactly once, on one of the two instances
    }
  }

  private static double parses(io.micrometer.core.instrument.MeterRegistry registry) {
    return registry.find("bsa.parses").counters().stream().mapToDouble(c -> c.count()).sum();
  }

  @Test
  void health_isDownWhenPostgresStops() throws Exception {
    assumeTrue(
        System.getenv("BSA_TEST_PG_URL") != null,
        "BSA_TEST_PG_URL is not set: PostgreSQL run only");
    try (ThrowawayPostgres pg = ThrowawayPostgres.start()) { // skips without the binaries
      try (ConfigurableApplicationContext ctx = start(pg.url(), "health")) {
        Http http = new Http(port(ctx));
        assertThat(http.get("/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(http.get("/health/readiness").status()).isEqualTo(200);
        pg.kill();
        Http.Response down = http.get("/health");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(down.json().at("/components/bsa/status").asText()).isEqualTo("DOWN");
        assertThat(http.get("/health/readiness").status()).isEqualTo(503);
        assertThat(http.get("/health/liveness").status()).isEqualTo(200);
      }
    }
  }
}
