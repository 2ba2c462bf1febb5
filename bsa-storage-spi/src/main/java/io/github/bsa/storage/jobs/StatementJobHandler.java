package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.storage.ParseCache;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The standard {@link JobHandler}: parses the payload with a {@link StatementAnalyzer}, which polls
 * the job's cancellation through {@link ParseOptions#cancellation()}, then hands the result to a
 * {@link ParsedResultSink}. Parse errors keep their {@link io.github.bsa.core.ErrorCode}, so a
 * malformed file fails the job permanently while a storage outage is retried. Thread-safe if the
 * sink is.
 *
 * @since 0.1
 */
public final class StatementJobHandler implements JobHandler {
  private final StatementAnalyzer analyzer;
  private final ParsedResultSink sink;
  private final @Nullable ParseCache cache;

  private StatementJobHandler(
      StatementAnalyzer analyzer, ParsedResultSink sink, @Nullable ParseCache cache) {
    this.analyzer = requireNonNull(analyzer, "analyzer");
    this.sink = requireNonNull(sink, "sink");
    this.cache = cache;
  }

  /**
   * Returns a handler.
   *
   * @param analyzer parses the payloads
   * @param sink stores the results
   * @return the handler
   */
  public static StatementJobHandler of(StatementAnalyzer analyzer, ParsedResultSink sink) {
    return new StatementJobHandler(analyzer, sink, null);
  }

  /**
   * Returns a handler that answers a re-upload of the same bytes, for the same tenant and options,
   * from a {@link ParseCache} instead of parsing again (the result is still stored and, if asked
   * for, analysed; storing is idempotent).
   *
   * @param analyzer parses the payloads on a cache miss
   * @param sink stores the results
   * @param cache the parse cache, shared by the handlers of one host
   * @return the handler
   * @since 0.2
   */
  public static StatementJobHandler of(
      StatementAnalyzer analyzer, ParsedResultSink sink, ParseCache cache) {
    return new StatementJobHandler(analyzer, sink, requireNonNull(cache, "cache"));
  }

  @Override
  public String handle(JobContext context) {
    context.checkCancelled();
    Job job = context.job();
    JobPayload payload = job.payload();
    // the parse polls this (ParseContext.checkCancelled) and fails with CANCELLED
    ParseOptions options =
        payload.parseOptions().toBuilder()
            .cancellation(() -> context.isCancelled() || Thread.currentThread().isInterrupted())
            .build();
    ParseCache parseCache = cache;
    ParseResult result =
        parseCache != null
            ? parseCache.get(
                job.tenant(),
                ParseCache.sha256Hex(payload.bytes()),
                options,
                () -> parse(payload, options))
            : parse(payload, options);
    context.checkCancelled();
    AnalysisReport report = payload.analyse() ? analyzer.analyze(result.statements()) : null;
    context.checkCancelled();
    String reference = sink.store(job, result);
    if (report != null) {
      sink.analysed(job, report);
    }
    return reference;
  }

  private ParseResult parse(JobPayload payload, ParseOptions options) {
    return analyzer.parse(
        new ByteArrayInputStream(payload.bytes()),
        payload.fileName().orElse(null),
        options,
        ParseListener.NONE);
  }
}
