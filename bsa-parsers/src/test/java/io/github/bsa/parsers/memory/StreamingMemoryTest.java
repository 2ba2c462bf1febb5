package io.github.bsa.parsers.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory independent of the number of transactions (issue #15): one statement of {@value #COUNT}
 * transactions per streaming format, streamed through the public API in a forked JVM with {@code
 * -Xmx64m}, the input generated while it is read (never on disk nor in memory), a listener that
 * only counts. Before ADR 0140 the facade's duplicate-id table ran out of this heap at transaction
 * 1,048,576.
 *
 * <p>The five forks run two at a time (the CI machine has two cores). {@code
 * -Dbsa.memory.transactions=N} changes the count, e.g. for a quick local run.
 */
class StreamingMemoryTest {
  static final long COUNT = 10_000_000;

  @Test
  void oneLargeStatementStreamsIn64MegabytesInEveryStreamingFormat() throws Exception {
    long count = Long.getLong("bsa.memory.transactions", COUNT);
    Map<String, Future<String>> runs = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (String format : List.of("csv", "mt940", "camt.053", "ofx", "qif")) {
        runs.put(format, pool.submit(() -> fork(format, count)));
      }
      List<String> failures = new ArrayList<>();
      for (Map.Entry<String, Future<String>> run : runs.entrySet()) {
        String format = run.getKey();
        // OFX 1 and QIF files carry no opening balance: their check is UNVERIFIED.
        String balance = format.equals("ofx") || format.equals("qif") ? "UNVERIFIED" : "VERIFIED";
        String out = run.getValue().get();
        if (!out.contains("transactions=" + count + " balance=" + balance)) {
          failures.add(format + ": " + out);
        }
      }
      assertThat(failures).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  private static String fork(String format, long count) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx64m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LargeStatementMain.class.getName(),
                    format,
                    Long.toString(count)))
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    try {
      byte[] output = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(60, TimeUnit.MINUTES)).isTrue();
      String text = new String(output, StandardCharsets.UTF_8);
      return "exit " + p.exitValue() + ": " + text;
    } finally {
      p.destroyForcibly();
    }
  }
}
