package io.github.bsa.benchmarks;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.parsers.BsaParsers;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing many files on one and on two threads with one shared {@link StatementAnalyzer}: each
 * operation parses a set of generated files (CSV, MT940, OFX 1 and 2, CAMT.053, a two-page PDF),
 * each format detected, streaming. The score is file sets per second summed over the threads, so
 * {@code twoThreads / oneThread} is the scaling (2.0 is perfect on two idle cores); a shared lock
 * on the hot path would show as a ratio near 1.
 *
 * <p>Each method runs in its own fork, so each starts with a cold JIT: the file set reaches a few
 * thousand methods of six parsers, PDFBox and the JDK's XML stack, and their compilation takes tens
 * of seconds of one core. With one thread the compiler threads have the second core to themselves;
 * with two they take it from the parsing threads, so a short warm-up measures the JIT, not the
 * parsers (ADR 0290). Hence the long warm-up here; do not shorten it with {@code -wi}/{@code -w}.
 * {@code ParallelCpu} gives the load-tolerant view (CPU time per set, GC and compiler threads).
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar ParallelParseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 5)
public class ParallelParseBenchmark {
  private final StatementAnalyzer analyzer =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
  private final ParseOptions options = ParseOptions.builder().retainTransactions(false).build();
  private List<byte[]> files = List.of();

  /** Generates the file set once, with the other benchmarks' seeded generators. */
  @Setup
  public void setUp() throws IOException {
    CsvParseBenchmark csv = new CsvParseBenchmark();
    csv.rows = 2_000;
    csv.setUp();
    Mt940ParseBenchmark mt940 = new Mt940ParseBenchmark();
    mt940.transactions = 2_000;
    mt940.perStatement = 500;
    mt940.setUp();
    OfxParseBenchmark sgml = new OfxParseBenchmark();
    sgml.transactions = 1_000;
    sgml.dialect = "sgml";
    sgml.setUp();
    OfxParseBenchmark xml = new OfxParseBenchmark();
    xml.transactions = 1_000;
    xml.dialect = "xml";
    xml.setUp();
    files =
        List.of(
            csv.bytes,
            mt940.input,
            sgml.input,
            xml.input,
            CamtDocuments.statement(1_000),
            PdfParseBenchmark.statement(2 * PdfParseBenchmark.ROWS_PER_PAGE, 7));
  }

  /** Parses the file set on one thread. */
  @Benchmark
  @Threads(1)
  public long oneThread() {
    return parseAll();
  }

  /** Parses the file set on each of two threads at once. */
  @Benchmark
  @Threads(2)
  public long twoThreads() {
    return parseAll();
  }

  /** Parses the file set once on the calling thread; {@code ParallelCpu} runs it too. */
  long parseAll() {
    long n = 0;
    for (byte[] file : files) {
      n += Streaming.count(analyzer, file, options);
    }
    return n;
  }

  /** The number of files in the set. */
  int fileCount() {
    return files.size();
  }

  /** Parses one file of the set, for {@code ParallelCpu}'s breakdown. */
  long parse(int file) {
    return Streaming.count(analyzer, files.get(file), options);
  }
}
