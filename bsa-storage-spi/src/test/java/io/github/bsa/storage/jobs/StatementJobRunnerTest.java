package io.github.bsa.storage.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.storage.InMemoryStatementStore;
import io.github.bsa.storage.ParseCache;
import io.github.bsa.storage.TenantId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The submit-and-return-an-id facade, end to end with a small fake format. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class StatementJobRunnerTest {
  private static final TenantId ALICE = TenantId.of("alice");

  /** How many parses the fake parser ran. */
  private static final AtomicInteger PARSES = new AtomicInteger();

  /** "FAKE" then one line per statement; a line "BAD" is malformed. */
  private static final class FakeProvider implements StatementParserProvider {
    @Override
    public String formatId() {
      return "fake";
    }

    @Override
    public ProbeResult probe(SourceSample sample) {
      String head = new String(sample.bytes(), StandardCharsets.US_ASCII);
      return head.startsWith("FAKE") ? ProbeResult.of(0.9, "FAKE header") : ProbeResult.NO;
    }

    @Override
    public StatementParser create(ParseContext context) {
      return (in, sink) -> {
        PARSES.incrementAndGet();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = r.readLine();
        long n = 1;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.equals("BAD")) {
            throw StatementParseException.malformed("fake", "Bad line", SourcePosition.ofLine(n));
          }
          StatementHeader header = StatementHeader.builder().id(line).build();
          sink.beginStatement(header);
          sink.endStatement(header);
        }
      };
    }
  }

  private final InMemoryJobStore store = InMemoryJobStore.create();
  private final Map<String, ParseResult> stored = new ConcurrentHashMap<>();
  private final AtomicInteger outages = new AtomicInteger();
  private final JobRunner jobs =
      JobRunner.forStatements(
              analyzer(),
              (job, result) -> {
                if (outages.getAndDecrement() > 0) {
                  throw new BsaException(ErrorCode.STORAGE_UNAVAILABLE, "store down");
                }
                stored.put(job.id().value(), result);
                return "statements:" + result.statements().size();
              })
          .store(store)
          .workers(2)
          .pollInterval(Duration.ofMillis(20))
          .backoff(Duration.ofMillis(10), Duration.ofMillis(50))
          .build();

  private static StatementAnalyzer analyzer() {
    return StatementAnalyzer.builder().parsers(java.util.List.of(new FakeProvider())).build();
  }

  @AfterEach
  void close() {
    jobs.close();
  }

  @Test
  void submit_toStatementStore_storesOnceForTheTenant() throws Exception {
    InMemoryStatementStore statements = new InMemoryStatementStore();
    try (JobRunner toStore =
        JobRunner.builder()
            .handler(StatementJobHandler.of(analyzer(), ParsedResultSink.toStore(statements)))
            .store(InMemoryJobStore.create())
            .workers(1)
            .pollInterval(Duration.ofMillis(20))
            .build()) {
      toStore.start();
      byte[] file = "FAKE\nS1\n".getBytes(StandardCharsets.UTF_8);
      JobId first = toStore.submit(ALICE, file, "a.fake", ParseOptions.defaults());
      JobId again = toStore.submit(ALICE, file, "a.fake", ParseOptions.defaults());
      Job done = toStore.completion(ALICE, first).get(45, TimeUnit.SECONDS);
      Job doneAgain = toStore.completion(ALICE, again).get(45, TimeUnit.SECONDS);
      assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
      assertThat(done.resultRef()).hasValueSatisfying(r -> assertThat(r).startsWith("sha256:"));
      assertThat(doneAgain.state()).isEqualTo(JobState.SUCCEEDED);
      assertThat(statements.statements(ALICE)).hasSize(1);
      assertThat(statements.statements(TenantId.of("bob"))).isEmpty();
    }
  }

  @Test
  @SuppressWarnings("removal") // the deprecated facade still works and delegates (ADR 0150)
  void deprecatedStatementJobs_delegatesAndDoesNotChangeTheCallersBuilder() {
    JobRunner.Builder builder = JobRunner.builder().store(InMemoryJobStore.create()).workers(1);
    try (StatementJobs created =
        StatementJobs.create(
            StatementAnalyzer.builder().parsers(java.util.List.of(new FakeProvider())).build(),
            (job, result) -> "x",
            builder)) {
      assertThat(created.runner()).isNotNull();
      // the handler was set on a copy: the caller's builder still has none
      assertThatThrownBy(builder::build)
          .isInstanceOf(io.github.bsa.core.BsaException.class)
          .hasMessageContaining("handler must be set");
    }
  }

  @Test
  void submit_sameBytesAgain_isAnsweredFromTheParseCache_perTenant() throws Exception {
    ParseCache cache = ParseCache.defaults();
    InMemoryStatementStore statements = new InMemoryStatementStore();
    try (JobRunner cached =
        JobRunner.builder()
            .handler(
                StatementJobHandler.of(analyzer(), ParsedResultSink.toStore(statements), cache))
            .store(InMemoryJobStore.create())
            .workers(1)
            .pollInterval(Duration.ofMillis(20))
            .build()) {
      cached.start();
      byte[] file = "FAKE\nS1\nS2\n".getBytes(StandardCharsets.UTF_8);
      int before = PARSES.get();
      JobId first = cached.submit(ALICE, file, "a.fake", ParseOptions.defaults());
      assertThat(cached.completion(ALICE, first).get(45, TimeUnit.SECONDS).state())
          .isEqualTo(JobState.SUCCEEDED);
      JobId again = cached.submit(ALICE, file, "a.fake", ParseOptions.defaults());
      assertThat(cached.completion(ALICE, again).get(45, TimeUnit.SECONDS).state())
          .isEqualTo(JobState.SUCCEEDED);
      assertThat(PARSES.get() - before).isEqualTo(1);
      assertThat(cache.stats().hitCount()).isEqualTo(1);
      assertThat(statements.statements(ALICE)).hasSize(2);

      TenantId bob = TenantId.of("bob");
      JobId other = cached.submit(bob, file, "a.fake", ParseOptions.defaults());
      assertThat(cached.completion(bob, other).get(45, TimeUnit.SECONDS).state())
          .isEqualTo(JobState.SUCCEEDED);
      assertThat(PARSES.get() - before).isEqualTo(2); // another tenant never hits
      assertThat(statements.statements(bob)).hasSize(2);
    }
  }

  @Test
  void submit_withAnalyse_parsesAnalysesAndStores() throws Exception {
    List<AnalysisReport> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
    ParsedResultSink sink =
        new ParsedResultSink() {
          @Override
          public String store(Job job, ParseResult result) {
            return "stored";
          }

          @Override
          public void analysed(Job job, AnalysisReport report) {
            reports.add(report);
          }
        };
    try (JobRunner analysing =
        JobRunner.forStatements(analyzer(), sink)
            .store(InMemoryJobStore.create())
            .workers(1)
            .pollInterval(Duration.ofMillis(20))
            .build()) {
      analysing.start();
      byte[] file = "FAKE\nS1\nS2\n".getBytes(StandardCharsets.UTF_8);
      JobId plain = analysing.submit(ALICE, file, "a.fake", ParseOptions.defaults());
      JobId analysed =
          analysing.submit(
              ALICE, JobPayload.of(file, "b.fake", ParseOptions.defaults()).withAnalyse(true));
      assertThat(analysing.completion(ALICE, plain).get(45, TimeUnit.SECONDS).state())
          .isEqualTo(JobState.SUCCEEDED);
      assertThat(analysing.completion(ALICE, analysed).get(45, TimeUnit.SECONDS).state())
          .isEqualTo(JobState.SUCCEEDED);
      assertThat(reports).hasSize(1);
      assertThat(reports.get(0).statementCount()).isEqualTo(2);
    }
  }

  @Test
  void submit_bytes_parsesAndStores() throws Exception {
    jobs.start();
    JobId id =
        jobs.submit(
            ALICE,
            "FAKE\nS1\nS2\n".getBytes(StandardCharsets.UTF_8),
            "a.fake",
            ParseOptions.defaults());
    Job done = jobs.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.resultRef()).contains("statements:2");
    assertThat(stored.get(id.value())).extracting(ParseResult::format).isEqualTo("fake");
    assertThat(jobs.list(ALICE)).extracting(Job::id).containsExactly(id);
  }

  @Test
  void submit_file_storageOutage_retriedThenStored(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("upload.fake");
    Files.writeString(file, "FAKE\nS1\n");
    outages.set(2);
    jobs.start();
    JobId id = jobs.submit(ALICE, file, ParseOptions.defaults());
    Files.delete(file); // the job owns a copy
    Job done = jobs.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(done.payload().fileName()).contains("upload.fake");
  }

  @Test
  void submit_malformed_failsPermanentlyWithCode() throws Exception {
    jobs.start();
    JobId id =
        jobs.submit(
            ALICE,
            "FAKE\nS1\nBAD\n".getBytes(StandardCharsets.UTF_8),
            null,
            ParseOptions.defaults());
    Job done = jobs.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.state()).isEqualTo(JobState.FAILED);
    assertThat(done.errorCode()).contains(ErrorCode.MALFORMED_INPUT);
    assertThat(done.attempts()).isEqualTo(1);
    assertThat(stored).isEmpty();
  }

  @Test
  void submit_unknownFormat_failsWithUnsupportedFormat() throws Exception {
    jobs.start();
    JobId id =
        jobs.submit(ALICE, "hello".getBytes(StandardCharsets.UTF_8), null, ParseOptions.defaults());
    Job done = jobs.completion(ALICE, id).get(45, TimeUnit.SECONDS);
    assertThat(done.errorCode()).contains(ErrorCode.UNSUPPORTED_FORMAT);
  }

  @Test
  void submit_password_refused() {
    ParseOptions withPassword = ParseOptions.builder().password("x".toCharArray()).build();
    assertThatThrownBy(() -> jobs.submit(ALICE, new byte[1], null, withPassword))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password");
  }

  @Test
  void submit_missingFile_ioFailure(@TempDir Path dir) {
    assertThatThrownBy(() -> jobs.submit(ALICE, dir.resolve("nope"), ParseOptions.defaults()))
        .isInstanceOf(BsaException.class)
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.IO_FAILURE);
  }
}
