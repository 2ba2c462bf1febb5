package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StatementStore;

/**
 * Stores what a {@link StatementJobHandler} parsed: the one step of a statement job that depends on
 * where the host keeps its data.
 *
 * <p>Wire it to a {@code StatementStore} (bsa-storage-spi) such as {@code JdbcStatementStore} with
 * a lambda that saves the result for the job's tenant and returns the stored ids:
 *
 * <pre>{@code
 * ParsedResultSink sink = (job, result) ->
 *     statementStore.save(job.tenant(), result).toString();   // idempotent per source hash
 * }</pre>
 *
 * <p>An attempt may be repeated after a crash between storing and completing the job, so the sink
 * must be idempotent: store keyed by the job id or by {@link ParseResult#sourceSha256()} and treat
 * a second store of the same key as a success. Throw a {@link io.github.bsa.core.BsaException} with
 * {@link io.github.bsa.core.ErrorCode#STORAGE_UNAVAILABLE} for failures worth a retry.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ParsedResultSink {
  /**
   * Stores a parse result.
   *
   * @param job the job, with its tenant and payload ({@link JobPayload#analyse()} asks for
   *     analysis)
   * @param result the parsed statements
   * @return a reference to what was stored (at most 1000 characters), kept as {@link
   *     Job#resultRef()}
   * @throws io.github.bsa.core.BsaException if storing failed
   */
  String store(Job job, ParseResult result);

  /**
   * Receives the analysis of a job whose payload asked for one ({@link JobPayload#analyse()}),
   * after {@link #store} succeeded. The default does nothing: the statements are stored and the
   * analysis, being deterministic, can be computed again; override it to keep the report.
   *
   * @param job the job
   * @param report the analysis of the job's statements
   * @since 0.1
   */
  default void analysed(Job job, AnalysisReport report) {}

  /**
   * Returns a sink that saves each result with {@link StatementStore#save} for the job's tenant.
   * Saving is idempotent (the same file is stored once), so a job that runs twice after a crash
   * stores nothing twice. The result reference is {@code sha256:<source hash>}.
   *
   * @param store the statement store
   * @return the sink
   * @since 0.1
   */
  static ParsedResultSink toStore(StatementStore store) {
    requireNonNull(store, "store");
    return (job, result) -> {
      ImportResult imported = store.save(job.tenant(), result);
      return "sha256:" + imported.sourceSha256();
    };
  }
}
