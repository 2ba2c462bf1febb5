package io.github.bsa.benchmarks;

import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.BsaParsers;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Streams a generated camt.053 of about 1 GB through the facade and prints time and peak heap; run
 * with a small heap (e.g. {@code -Xmx64m}) to show memory stays bounded. Usage: {@code java -Xmx64m
 * -cp bsa-benchmarks/target/benchmarks.jar io.github.bsa.benchmarks.CamtLargeFile [entries]
 * [facade]}: without {@code facade} it runs the CAMT parser alone.
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
    ParseLimits limits =
        ParseLimits.builder().maxBytes(4L << 30).maxDuration(Duration.ofHours(2)).build();
    boolean facade = args.length > 1 && args[1].equals("facade");
    long[] count = new long[1];
    BigDecimal[] sum = {BigDecimal.ZERO};
    StatementHeader[] header = new StatementHeader[1];
    String format;
    String check;
    long start = System.nanoTime();
    if (facade) {
      // the facade also assigns transaction ids, which remembers every reference of a statement
      StatementAnalyzer analyzer =
          StatementAnalyzer.builder().parsers(BsaParsers.all()).limits(limits).build();
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
      format = result.format();
      check = result.statements().get(0).balanceCheck().status().toString();
    } else {
      // the parser alone, into a sink that keeps only a count and a sum
      StatementSink sink =
          new StatementSink() {
            @Override
            public void beginStatement(StatementHeader h) {}

            @Override
            public void transaction(Transaction transaction) {
              count[0]++;
              sum[0] = sum[0].add(transaction.amount());
            }

            @Override
            public void rowSkipped(ParseWarning warning) {}

            @Override
            public void endStatement(StatementHeader h) {
              header[0] = h;
            }

            @Override
            public void warning(ParseWarning warning) {}

            @Override
            public void property(String key, String value) {}
          };
      try {
        BsaParsers.all().stream()
            .filter(p -> p.formatId().equals("camt.053"))
            .findFirst()
            .orElseThrow()
            .create(ParseContext.of(limits, ParseOptions.defaults()))
            .parse(in, sink);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      StatementHeader s = header[0];
      format = "camt.053 (parser only)";
      check =
          s != null
                  && s.openingBalance()
                          .orElseThrow()
                          .add(sum[0])
                          .compareTo(s.closingBalance().orElseThrow())
                      == 0
              ? "VERIFIED"
              : "DISCREPANCY";
    }
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
        format,
        bytes[0],
        count[0],
        check,
        seconds,
        bytes[0] / 1e6 / seconds,
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }
}
