package io.github.bsa.jdbc.jobs;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.storage.jobs.JobHandler;
import io.github.bsa.storage.jobs.JobRunner;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A job host in its own JVM for the multi-process tests: runs a {@link JobRunner} on a PostgreSQL
 * queue until it reads {@code stop} (or end of input) on stdin. Arguments: JDBC URL, schema, runner
 * id, worker count, lease in milliseconds.
 */
final class JobWorkerProcess {
  private JobWorkerProcess() {}

  /**
   * Returns the handler both the child JVMs and in-test runners use: it logs every execution, then
   * writes one result row per job (a primary key on the job id makes a second write fail). A job
   * whose payload starts with {@code hang} blocks on its first attempt, so a test can kill the
   * host.
   */
  static JobHandler handler(DataSource ds, String runnerId) {
    return ctx -> {
      String jobId = ctx.job().id().value();
      insert(ds, "INSERT INTO exec_log (job_id, runner) VALUES (?, ?)", jobId, runnerId);
      String text = new String(ctx.job().payload().bytes(), StandardCharsets.UTF_8);
      if (text.startsWith("hang") && ctx.job().attempts() == 1) {
        System.out.println("HANG " + jobId);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
      Thread.sleep(20);
      insert(ds, "INSERT INTO job_result (job_id, runner) VALUES (?, ?)", jobId, runnerId);
      return runnerId;
    };
  }

  private static void insert(DataSource ds, String sql, String a, String b) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a);
      ps.setString(2, b);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new BsaException(
          ErrorCode.STORAGE_CONFLICT, "test insert failed", SourcePosition.UNKNOWN, e);
    }
  }

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String schema = args[1];
    String runnerId = args[2];
    int workers = Integer.parseInt(args[3]);
    Duration lease = Duration.ofMillis(Long.parseLong(args[4]));
    DataSource ds = JobTestDatabases.postgres(url, schema);
    JobRunner runner =
        JobRunner.builder()
            .store(JdbcJobStore.create(ds))
            .handler(handler(ds, runnerId))
            .runnerId(runnerId)
            .workers(workers)
            .lease(lease)
            .pollInterval(Duration.ofMillis(20))
            .backoff(Duration.ofMillis(10), Duration.ofMillis(200))
            .build();
    runner.start();
    System.out.println("READY " + runnerId);
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null && !line.trim().equals("stop")) {
      // wait
    }
    runner.close();
    System.out.println("STOPPED " + runnerId);
    System.out.flush();
  }
}
