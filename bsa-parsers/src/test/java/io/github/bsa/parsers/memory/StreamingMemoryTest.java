package io.github.bsa.parsers.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Memory independent of the number of transactions: one statement streamed through the public API
 * in a forked JVM with {@code -Xmx64m}, the input generated while it is read (never on disk nor in
 * memory), a listener that only counts.
 *
 * <p>CI runs {@value #CI_COUNT} transactions per format (bounded time on a shared 2-core machine).
 * The target of issue #15 is 10,000,000: run it by hand with {@code
 * -Dbsa.memory.transactions=10000000} (about 2-3 minutes per format on a quiet machine, longer
 * under load). Today every format passes below 1,048,576 transactions and fails beyond it: the
 * facade's duplicate-id table ({@code io.github.bsa.core.internal.ids.TransactionIds}) remembers
 * every transaction of a statement, so a one-statement stream runs out of a 64 MB heap at
 * transaction 1,048,576 (the table's resize to 2^21 entries); see {@link #beyondTheIdTable}.
 */
class StreamingMemoryTest {
  static final long CI_COUNT = 300_000;

  @ParameterizedTest
  @ValueSource(strings = {"csv", "mt940", "camt.053", "ofx", "qif"})
  void oneLargeStatementStreamsIn64Megabytes(String format) throws Exception {
    long count = Long.getLong("bsa.memory.transactions", CI_COUNT);
    String out = fork(format, count);
    // OFX 1 and QIF files carry no opening balance: their check is UNVERIFIED, never DISCREPANCY.
    String balance = format.equals("ofx") || format.equals("qif") ? "UNVERIFIED" : "VERIFIED";
    assertThat(out).contains("transactions=" + count + " balance=" + balance);
  }

  /** The known failure of the id table: enable once TransactionIds is bounded. */
  @Test
  @Disabled(
      "fails today: OutOfMemoryError at transaction 1,048,576 (TransactionIds grows per"
          + " statement; issue #15)")
  void beyondTheIdTable() throws Exception {
    assertThat(fork("csv", 2_000_000)).contains("transactions=2000000 balance=VERIFIED");
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
    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.MINUTES)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    return text;
  }
}
