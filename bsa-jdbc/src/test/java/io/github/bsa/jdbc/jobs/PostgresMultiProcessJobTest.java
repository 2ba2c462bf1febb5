package io.github.bsa.jdbc.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobPayload;
import io.github.bsa.storage.jobs.JobRunner;
import io.github.bsa.storage.jobs.JobState;
import io.github.bsa.storage.jobs.JobStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several job hosts, each in its own JVM, on one PostgreSQL queue: every job completes exactly
 * once, and a host killed mid-job loses the job to another host after its lease expires. Skipped
 * without {@code BSA_TEST_PG_URL}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
final class PostgresMultiProcessJobTest {
  private static final TenantId ALICE = TenantId.of("alice");
  private static final TenantId BOB = TenantId.of("bob");

  private final List<Process> processes = new ArrayList<>();
  private final Map<Process, BlockingQueue<String>> output = new HashMap<>();
  private @Nullable String url;
  private @Nullable String schema;
  private DataSource ds;
  private JobStore store;

  @BeforeEach
  void setUp() throws SQLException {
    url = JobTestDatabases.pgUrlOrSkip();
    schema = JobTestDatabases.newPgSchema(url);
    ds = JobTestDatabases.postgres(url, schema);
    store = JdbcJobStore.create(ds);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE exec_log (job_id VARCHAR(36) NOT NULL, runner VARCHAR(100))");
      s.execute("CREATE TABLE job_result (job_id VARCHAR(36) PRIMARY KEY, runner VARCHAR(100))");
    }
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    for (Process p : processes) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    if (url != null && schema != null) {
      JobTestDatabases.dropPgSchema(url, schema);
    }
  }

  private Process startHost(String runnerId, int workers, long leaseMillis) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            JobWorkerProcess.class.getName(),
            String.valueOf(url),
            String.valueOf(schema),
            runnerId,
            String.valueOf(workers),
            String.valueOf(leaseMillis));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    processes.add(p);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    output.put(p, lines);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process died; the test notices
              }
            },
            "host-output-" + runnerId);
    reader.setDaemon(true);
    reader.start();
    return p;
  }

  @CanIgnoreReturnValue
  private String awaitLine(Process p, String prefix) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    BlockingQueue<String> lines = java.util.Objects.requireNonNull(output.get(p));
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
      if (line != null) {
        System.out.println("[host] " + line);
      }
    }
    throw new AssertionError("The host never printed " + prefix);
  }

  private static void stop(Process p) throws IOException, InterruptedException {
    Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
    w.write("stop\n");
    w.flush();
    w.close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting until " + what);
      }
      Thread.sleep(200);
    }
  }

  private Map<String, Integer> counts(String sql) throws SQLException {
    Map<String, Integer> m = new HashMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        m.put(rs.getString(1), rs.getInt(2));
      }
    }
    return m;
  }

  /** Counts succeeded jobs in one query (polling each job would load the busy test machine). */
  private int succeeded() {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bsa_job WHERE state = 'SUCCEEDED'")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JobPayload payload(String text) {
    return JobPayload.of(text.getBytes(StandardCharsets.UTF_8), null, ParseOptions.defaults());
  }

  @Test
  @DisplayName("two runners in two JVMs on one queue complete every job exactly once")
  void twoJvms_everyJobExactlyOnce() throws Exception {
    Process a = startHost("host-a", 2, 5_000);
    Process b = startHost("host-b", 2, 5_000);
    awaitLine(a, "READY");
    awaitLine(b, "READY");
    int jobs = 40;
    List<JobId> ids = new ArrayList<>();
    for (int i = 0; i < jobs; i++) {
      ids.add(store.enqueue(i % 2 == 0 ? ALICE : BOB, payload("job " + i), 3, 1000).id());
    }
    await(() -> succeeded() == jobs, "every job succeeded");
    stop(a);
    stop(b);

    Map<String, Integer> executions =
        counts("SELECT job_id, COUNT(*) FROM exec_log GROUP BY job_id");
    assertThat(executions).hasSize(jobs);
    assertThat(executions.values()).containsOnly(1);
    Map<String, Integer> results =
        counts("SELECT job_id, COUNT(*) FROM job_result GROUP BY job_id");
    assertThat(results).hasSize(jobs);
    Map<String, Integer> perHost =
        counts("SELECT runner, COUNT(*) FROM job_result GROUP BY runner");
    System.out.println("Jobs per host: " + perHost);
    assertThat(perHost.keySet()).containsExactlyInAnyOrder("host-a", "host-b");
    for (int i = 0; i < jobs; i++) {
      Job j = store.get(i % 2 == 0 ? ALICE : BOB, ids.get(i)).orElseThrow();
      assertThat(j.attempts()).isEqualTo(1);
      assertThat(j.resultRef()).isPresent();
    }
  }

  @Test
  @DisplayName("a host killed mid-job loses the job to another host once its lease expires")
  void killedHost_jobTakenOverAfterLease() throws Exception {
    Process doomed = startHost("host-doomed", 1, 2_000);
    awaitLine(doomed, "READY");
    JobId hung = store.enqueue(ALICE, payload("hang please"), 3, 1000).id();
    String line = awaitLine(doomed, "HANG");
    assertThat(line).isEqualTo("HANG " + hung);
    doomed.destroyForcibly();
    assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Job orphan = store.get(ALICE, hung).orElseThrow();
    assertThat(orphan.state()).isEqualTo(JobState.RUNNING);
    assertThat(orphan.leaseOwner()).contains("host-doomed-0");
    List<JobId> more = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      more.add(store.enqueue(BOB, payload("after " + i), 3, 1000).id());
    }

    Process survivor = startHost("host-survivor", 2, 2_000);
    awaitLine(survivor, "READY");
    await(
        () -> store.get(ALICE, hung).map(Job::state).orElseThrow() == JobState.SUCCEEDED,
        "the orphaned job was taken over");
    for (JobId id : more) {
      await(
          () -> store.get(BOB, id).map(Job::state).orElseThrow() == JobState.SUCCEEDED,
          "the other jobs ran");
    }
    stop(survivor);

    Job done = store.get(ALICE, hung).orElseThrow();
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(done.resultRef()).contains("host-survivor");
    Map<String, Integer> runs =
        counts(
            "SELECT runner, COUNT(*) FROM exec_log WHERE job_id = '" + hung + "' GROUP BY runner");
    assertThat(runs).containsEntry("host-doomed", 1).containsEntry("host-survivor", 1);
    assertThat(counts("SELECT job_id, COUNT(*) FROM job_result GROUP BY job_id"))
        .hasSize(6)
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
  }

  @Test
  @DisplayName("an in-process runner and a child JVM share the queue without duplicates")
  void inProcessAndChildJvm_shareQueue() throws Exception {
    Process child = startHost("host-child", 2, 5_000);
    awaitLine(child, "READY");
    JobRunner local =
        JobRunner.builder()
            .store(store)
            .handler(JobWorkerProcess.handler(ds, "host-local"))
            .workers(2)
            .lease(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(20))
            .build();
    local.start();
    try {
      List<JobId> ids = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ids.add(local.submit(i % 2 == 0 ? ALICE : BOB, payload("mixed " + i)));
      }
      await(() -> succeeded() == 20, "every job succeeded");
      for (int i = 0; i < ids.size(); i++) {
        assertThat(local.get(i % 2 == 0 ? ALICE : BOB, ids.get(i)).map(Job::state))
            .contains(JobState.SUCCEEDED);
      }
    } finally {
      local.close();
    }
    stop(child);
    assertThat(counts("SELECT job_id, COUNT(*) FROM exec_log GROUP BY job_id"))
        .hasSize(20)
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    assertThat(store.list(ALICE, EnumSet.of(JobState.SUCCEEDED), 100)).hasSize(10);
  }
}
