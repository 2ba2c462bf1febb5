package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.storage.ParseCache;
import io.github.bsa.storage.TenantId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Submits statements for background parse-and-store and returns a job id at once.
 *
 * @deprecated since 0.2: {@link JobRunner} is the one jobs entry point (ADR 0150). Build it with
 *     {@code JobRunner.builder().handler(StatementJobHandler.of(analyzer, sink))} (or {@link
 *     JobRunner#forStatements}) and call {@link JobRunner#submit(TenantId, Path, ParseOptions)};
 *     every method here delegates to it. To be removed in 0.3.
 *     <p>Thread-safe. Closing it closes the runner.
 * @since 0.1
 */
@Deprecated(since = "0.2", forRemoval = true)
public final class StatementJobs implements AutoCloseable {
  private final JobRunner runner;

  private StatementJobs(JobRunner runner) {
    this.runner = runner;
  }

  /**
   * Returns statement jobs that parse with {@code analyzer} and store through {@code sink}, run by
   * a runner built from a copy of {@code runner} whose handler is a {@link StatementJobHandler};
   * the caller's builder is not changed.
   *
   * @param analyzer parses the statements
   * @param sink stores the results
   * @param runner a runner builder with at least the store set
   * @return the statement jobs, not yet started
   */
  public static StatementJobs create(
      StatementAnalyzer analyzer, ParsedResultSink sink, JobRunner.Builder runner) {
    requireNonNull(runner, "runner");
    return new StatementJobs(runner.copy().handler(StatementJobHandler.of(analyzer, sink)).build());
  }

  /**
   * Returns statement jobs like {@link #create(StatementAnalyzer, ParsedResultSink,
   * JobRunner.Builder)} whose handler answers a re-upload of the same bytes, for the same tenant
   * and options, from a parse cache.
   *
   * @param analyzer parses the statements on a cache miss
   * @param sink stores the results
   * @param cache the parse cache
   * @param runner a runner builder with at least the store set; not changed
   * @return the statement jobs, not yet started
   * @since 0.2
   */
  public static StatementJobs create(
      StatementAnalyzer analyzer,
      ParsedResultSink sink,
      ParseCache cache,
      JobRunner.Builder runner) {
    requireNonNull(runner, "runner");
    return new StatementJobs(
        runner.copy().handler(StatementJobHandler.of(analyzer, sink, cache)).build());
  }

  /**
   * Returns the runner, for its other operations.
   *
   * @return the runner
   */
  public JobRunner runner() {
    return runner;
  }

  /**
   * Starts the runner; see {@link JobRunner#start()}.
   *
   * @throws IllegalStateException if started before
   */
  public void start() {
    runner.start();
  }

  /**
   * Queues a statement given as bytes.
   *
   * @param tenant the owner
   * @param bytes the statement
   * @param fileName the file name as a detection hint (no directories), or {@code null}
   * @param options parse options without a password
   * @return the job id
   * @throws JobQueueFullException if the queue is full
   * @throws IllegalArgumentException if the options carry a password or the input is too large
   */
  public JobId submit(
      TenantId tenant,
      byte[] bytes,
      @org.jspecify.annotations.Nullable String fileName,
      ParseOptions options) {
    return runner.submit(tenant, bytes, fileName, options);
  }

  /**
   * Queues a prepared payload, for example {@code JobPayload.of(..).withAnalyse(true)} to have the
   * parsed statements analysed as well (parse, analyse, store).
   *
   * @param tenant the owner
   * @param payload the statement and its options
   * @return the job id
   * @throws JobQueueFullException if the queue is full
   */
  public JobId submit(TenantId tenant, JobPayload payload) {
    return runner.submit(tenant, requireNonNull(payload, "payload"));
  }

  /**
   * Queues a statement file; its bytes are copied into the job, so the file may go away.
   *
   * @param tenant the owner
   * @param file the statement
   * @param options parse options without a password
   * @return the job id
   * @throws JobQueueFullException if the queue is full
   * @throws BsaException with {@link ErrorCode#IO_FAILURE} or {@link ErrorCode#LIMIT_EXCEEDED} if
   *     the file cannot be read or is larger than {@link JobPayload#MAX_BYTES}
   */
  public JobId submit(TenantId tenant, Path file, ParseOptions options) {
    return runner.submit(tenant, file, options);
  }

  /**
   * Returns a job, for polling.
   *
   * @param tenant the owner
   * @param id the job
   * @return the job, or empty if the tenant has no such job
   */
  public Optional<Job> get(TenantId tenant, JobId id) {
    return runner.get(tenant, id);
  }

  /**
   * Lists a tenant's recent jobs, newest first.
   *
   * @param tenant the owner
   * @return the jobs
   */
  public List<Job> list(TenantId tenant) {
    return runner.list(tenant);
  }

  /**
   * Cancels a job; see {@link JobRunner#cancel}.
   *
   * @param tenant the owner
   * @param id the job
   * @return whether it was cancelled or flagged
   */
  public boolean cancel(TenantId tenant, JobId id) {
    return runner.cancel(tenant, id);
  }

  /**
   * Returns a future of the finished job; see {@link JobRunner#completion}.
   *
   * @param tenant the owner
   * @param id the job
   * @return the future
   */
  public CompletableFuture<Job> completion(TenantId tenant, JobId id) {
    return runner.completion(tenant, id);
  }

  /** Closes the runner; see {@link JobRunner#close()}. */
  @Override
  public void close() {
    runner.close();
  }
}
