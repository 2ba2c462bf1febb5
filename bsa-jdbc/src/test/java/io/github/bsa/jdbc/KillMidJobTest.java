package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.jdbc.jobs.JdbcJobStore;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobListener;
import io.github.bsa.storage.jobs.JobRunner;
import io.github.bsa.storage.jobs.JobState;
import io.github.bsa.storage.jobs.ParsedResultSink;
import io.github.bsa.storage.jobs.StatementJobHandler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of a statement job (issue #17): a job host in its own JVM ({@link KillMidJobWorker})
 * runs the real parse-and-store job and is killed with {@code destroyForcibly} (SIGKILL) while its
 * import transaction holds part of the statement's rows. The test checks that the kill landed there
 * (the child reported the rows written in its open transaction; the job is {@code RUNNING}, leased
 * by the child, on its first attempt; nothing of it is visible), then starts a new runner, which
 * completes the job exactly once: one statement, every transaction once, two attempts, one finish.
 */
final class KillMidJobTest {
  /** Transactions in the statement: 12 inserts of 250 rows. */
  static final int ROWS = 3000;

  /** Rows the child's open transaction holds when it signals (4 of 12 inserts). */
  static final int ROWS_BEFORE_KILL = 1000;

  @TempDir Path dir;
  private @Nullable String schema;

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Test
  void sqlite_hostKilledMidStore_jobCompletesExactlyOnceAfterRestart() throws Exception {
    killAndResume("jdbc:sqlite:" + dir.resolve("jobs.db").toAbsolutePath());
  }

  @Test
  void postgres_hostKilledMidStore_jobCompletesExactlyOnceAfterRestart() throws Exception {
    String base = TestDatabases.postgresUrl();
    String name = "kj_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    }
    schema = name;
    killAndResume(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name);
  }

  private static void killAndResume(String url) throws Exception {
    DataSource ds = JdbcDatabase.dataSource(url);
    var unusedVersion = JdbcDatabase.migrate(ds, Dialect.fromUrl(url));
    JdbcJobStore jobs = JdbcJobStore.create(ds);
    TenantId tenant = TenantId.of("kill-job-" + UUID.randomUUID().toString().substring(0, 8));
    JobId id;
    try (JobRunner submitter =
        JobRunner.builder().store(jobs).handler(ctx -> "unused").workers(0).build()) {
      id = submitter.submit(tenant, mt940(), "kill.sta", ParseOptions.defaults());
    }

    String childRunner = "killed-" + UUID.randomUUID().toString().substring(0, 8);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KillMidJobWorker.class.getName(),
                url,
                childRunner,
                String.valueOf(ROWS_BEFORE_KILL))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String[] inside = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("inside ")) {
          inside = line.split(" ", -1);
          break;
        }
      }
      // Proof, taken while the child still holds its transaction open, that the kill lands mid-job.
      if (inside == null) {
        throw new AssertionError("the child ended without signalling from inside the job's store");
      }
      assertThat(inside[1]).as("the job the child runs").isEqualTo(id.value());
      assertThat(inside[2]).as("its first attempt").isEqualTo("1");
      int rowsInOpenTransaction = Integer.parseInt(inside[3]);
      assertThat(rowsInOpenTransaction)
          .as("rows written in the open import transaction at kill time")
          .isBetween(ROWS_BEFORE_KILL, ROWS - 1);
      Job atKill = jobs.get(tenant, id).orElseThrow();
      assertThat(atKill.state()).isEqualTo(JobState.RUNNING);
      assertThat(atKill.attempts()).isEqualTo(1);
      assertThat(atKill.leaseOwner())
          .hasValueSatisfying(o -> assertThat(o).startsWith(childRunner));
      try (JdbcStatementStore store = reader(url)) {
        assertThat(store.statements(tenant)).as("nothing committed yet").isEmpty();
      }
      System.err.printf(
          "kill-mid-job %s: killed with %d of %d rows in the open transaction, job %s attempt %d%n",
          Dialect.fromUrl(url), rowsInOpenTransaction, ROWS, atKill.state(), atKill.attempts());
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    // After the kill: the partial import is gone, the job still RUNNING under the dead lease.
    try (JdbcStatementStore store = reader(url)) {
      assertThat(store.statements(tenant)).isEmpty();
      assertThat(store.transactions(tenant, TransactionQuery.all())).isEmpty();
    }
    assertThat(jobs.get(tenant, id).orElseThrow().state()).isEqualTo(JobState.RUNNING);

    // Restart: a new runner requeues the expired lease and completes the job exactly once.
    AtomicInteger started = new AtomicInteger();
    List<Job> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (JdbcStatementStore store = reader(url);
        JobRunner restarted =
            JobRunner.builder()
                .store(jobs)
                .handler(
                    StatementJobHandler.of(
                        StatementAnalyzer.builder().parsers(BsaParsers.all()).build(),
                        ParsedResultSink.toStore(store)))
                .workers(2)
                .lease(Duration.ofMillis(1500))
                .pollInterval(Duration.ofMillis(20))
                .listener(
                    new JobListener() {
                      @Override
                      public void onStarted(Job job) {
                        started.incrementAndGet();
                      }

                      @Override
                      public void onFinished(Job job) {
                        finished.add(job);
                      }
                    })
                .build()) {
      restarted.start();
      Job done = restarted.completion(tenant, id).get(90, TimeUnit.SECONDS);
      assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
      assertThat(done.attempts()).as("the killed attempt and the one that finished").isEqualTo(2);
      assertThat(done.resultRef()).isPresent();
      Thread.sleep(300); // a second execution, if any, would show up in the listener
      assertThat(started.get()).as("attempts run after the restart").isEqualTo(1);
      assertThat(finished).extracting(Job::id).containsExactly(id);
      assertThat(restarted.list(tenant)).extracting(Job::id).containsExactly(id);

      List<StoredStatement> statements = store.statements(tenant);
      assertThat(statements).as("one statement").hasSize(1);
      List<StoredTransaction> all = store.transactions(tenant, TransactionQuery.all());
      assertThat(all).as("every transaction once").hasSize(ROWS);
      List<String> ids = new ArrayList<>();
      all.forEach(t -> ids.add(t.id()));
      assertThat(ids).doesNotHaveDuplicates();
    }
  }

  /** A store that does not migrate (the child may hold SQLite's write lock). */
  private static JdbcStatementStore reader(String url) {
    return JdbcStatementStore.builder(JdbcDatabase.dataSource(url))
        .dialect(Dialect.fromUrl(url))
        .migrate(false)
        .build();
  }

  /** A valid MT940 statement of {@link #ROWS} transactions. */
  private static byte[] mt940() {
    StringBuilder s =
        new StringBuilder(":20:KILLJOB\n:25:NL91ABNA0417164300\n:28C:1/1\n:60F:C260101EUR0,00\n");
    for (int n = 0; n < ROWS; n++) {
      s.append(":61:2601020102C1,00NTRFREF")
          .append(n)
          .append("\n:86:kill job line ")
          .append(n)
          .append('\n');
    }
    s.append(":62F:C260131EUR").append(ROWS).append(",00\n-\n");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
