package io.github.bsa.benchmarks;

import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.BsaParsers;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Streams a generated camt.053 of about 1 GB through the facade and prints time and peak heap; run
 * with a small heap (e.g. {@code -Xmx64m}) to show memory stays bounded. Usage: {@code java -Xmx64m
 * -cp bsa-benchmarks/target/benchmarks.jar io.github.bsa.benchmarks.CamtLargeFile [entries]}.
 */
public final class CamtLargeFile {
  private CamtLargeFile() {}

  public static void main(String[] args) {
    long entries = args.length > 0 ? Long.parseLong(args[0]) : 760_000L;
    long[] bytes = new long[1];
    InputStream in =
        new FilterInputStream(CamtDocuments.stream(entries)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
              bytes[0] += n;
            }
            return n;
          }
        };
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder()
            .parsers(BsaParsers.all())
            .limits(ParseLimits.builder().maxBytes(4L << 30).build())
            .build();
    long[] count = new long[1];
    long start = System.nanoTime();
    ParseResult result =
        analyzer.parse(
            in,
            "large.xml",
            ParseOptions.builder().retainTransactions(false).build(),
            new ParseListener() {
              @Override
              public void onTransaction(int statementIndex, Transaction transaction) {
                count[0]++;
              }
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "format=%s bytes=%d transactions=%d balance=%s time=%.1fs throughput=%.1fMB/s"
            + " peakHeap=%.1fMB maxHeap=%.1fMB%n",
        result.format(),
        bytes[0],
        count[0],
        result.statements().get(0).balanceCheck().status(),
        seconds,
        bytes[0] / 1e6 / seconds,
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }
}
