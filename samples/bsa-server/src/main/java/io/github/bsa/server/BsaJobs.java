package io.github.bsa.server;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.jdbc.jobs.JdbcJobStore;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.ParseCache;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobContext;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobListener;
import io.github.bsa.storage.jobs.JobPayload;
import io.github.bsa.storage.jobs.JobRunner;
import io.github.bsa.storage.jobs.JobState;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Every call of the server into bsa's background jobs and parse cache, in one place: uploads become
 * jobs in the shared database queue ({@link JdbcJobStore}), so any instance on the same database
 * may run them; a worker parses through the {@link ParseCache} (a re-upload of the same bytes is
 * not parsed again) and stores through {@link BsaStorage} (which stores nothing twice).
 * Thread-safe.
 */
@Component
public class BsaJobs implements InitializingBean, DisposableBean {
  private final BsaStorage storage;
  private final ServerMetrics metrics;
  private final ParseCache parseCache = ParseCache.defaults();
  private final JobRunner runner;
  private final Set<TenantId> tenantsSeen = ConcurrentHashMap.newKeySet();

  /**
   * Creates the job runner of this instance on the server's data source; it starts with the
   * application context.
   *
   * @param dataSource the data source shared with the statement store
   * @param storage the statement store
   * @param metrics the meters
   * @param properties the server settings
   */
  public BsaJobs(
      DataSource dataSource,
      BsaStorage storage,
      ServerMetrics metrics,
      ServerProperties properties) {
    this.storage = storage;
    this.metrics = metrics;
    ServerProperties.Jobs jobs = properties.jobs();
    this.runner =
        JobRunner.builder()
            .store(JdbcJobStore.create(dataSource))
            .handler(this::handle)
            .workers(jobs.workers())
            .maxQueued(jobs.maxQueued())
            .maxAttempts(jobs.maxAttempts())
            .lease(jobs.lease())
            .listener(
                new JobListener() {
                  @Override
                  public void onFinished(Job job) {
                    metrics.jobFinished(job.state().name().toLowerCase(java.util.Locale.ROOT));
                  }
                })
            .build();
    metrics.queueDepth(this::queueDepth);
  }

  @Override
  public void afterPropertiesSet() {
    runner.start();
  }

  @Override
  public void destroy() {
    runner.close();
  }

  /** Returns this instance's runner id, for logs and tests. */
  String runnerId() {
    return runner.runnerId();
  }

  /**
   * Queues one upload. The format was detected from the bytes at the door and is pinned in the job,
   * so the worker does not guess again; the file name is deliberately not passed to bsa.
   */
  JobId submit(TenantId tenant, byte[] bytes, String format) {
    tenantsSeen.add(tenant);
    return runner.submit(
        tenant, JobPayload.of(bytes, null, ParseOptions.builder().format(format).build()));
  }

  Optional<Job> get(TenantId tenant, JobId id) {
    return runner.get(tenant, id);
  }

  /** Runs one job: parse (through the cache), store, report. */
  private String handle(JobContext context) {
    context.checkCancelled();
    Job job = context.job();
    TenantId tenant = job.tenant();
    JobPayload payload = job.payload();
    byte[] bytes = payload.bytes();
    ParseOptions options = payload.parseOptions();
    String format = payload.format().orElse("unknown");
    AtomicBoolean parsed = new AtomicBoolean();
    long start = System.nanoTime();
    ParseResult result;
    try {
      result =
          parseCache.get(
              tenant,
              sha256(bytes),
              options,
              () -> {
                parsed.set(true);
                return storage.analyzer().parse(bytes, options);
              });
    } catch (BsaException e) {
      metrics.parsed(format, "failed", e.errorCode().name(), System.nanoTime() - start);
      throw e;
    }
    metrics.parsed(format, parsed.get() ? "parsed" : "cached", "none", System.nanoTime() - start);
    context.checkCancelled();
    ImportResult imported = storage.save(tenant, result);
    return ResultRef.of(imported).encode();
  }

  private long queueDepth() {
    long n = 0;
    for (TenantId t : tenantsSeen) {
      n += runner.store().list(t, EnumSet.of(JobState.QUEUED), 10_000).size();
    }
    return n;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /**
   * What a finished job produced, as kept in the job's result reference (at most 1000 characters):
   * {@code sha256:<hex>;new|existing;<id>,<id>}.
   *
   * @param sourceSha256 the file's hash
   * @param duplicate whether the tenant had the file already (nothing was stored)
   * @param statementIds the statements of the file (empty if they did not fit)
   */
  record ResultRef(String sourceSha256, boolean duplicate, List<StatementId> statementIds) {
    static ResultRef of(ImportResult r) {
      return new ResultRef(r.sourceSha256(), r.alreadyImported(), r.statementIds());
    }

    String encode() {
      String head = "sha256:" + sourceSha256 + ";" + (duplicate ? "existing" : "new") + ";";
      String ids = statementIds.stream().map(StatementId::value).collect(Collectors.joining(","));
      return head.length() + ids.length() <= 1000 ? head + ids : head;
    }

    static Optional<ResultRef> decode(String ref) {
      String[] parts = ref.split(";", -1);
      if (parts.length != 3 || !parts[0].startsWith("sha256:")) {
        return Optional.empty();
      }
      List<StatementId> ids = new ArrayList<>();
      for (String id : parts[2].split(",", -1)) {
        if (!id.isEmpty()) {
          ids.add(StatementId.of(id));
        }
      }
      return Optional.of(
          new ResultRef(parts[0].substring("sha256:".length()), parts[1].equals("existing"), ids));
    }
  }
}
