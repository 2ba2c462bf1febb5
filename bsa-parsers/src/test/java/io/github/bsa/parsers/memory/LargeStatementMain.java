package io.github.bsa.parsers.memory;

import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.BsaParsers;
import java.time.Duration;

/**
 * Parses one generated statement of {@code count} transactions through the public API with a
 * counting listener, and prints {@code transactions=N balance=STATUS}. Run in a JVM with a small
 * heap by {@link StreamingMemoryTest}; on {@link OutOfMemoryError} it prints how far it got and
 * exits with 3.
 */
public final class LargeStatementMain {
  private LargeStatementMain() {}

  /**
   * Runs one parse.
   *
   * @param args format and count
   */
  public static void main(String[] args) {
    String format = args[0];
    long count = Long.parseLong(args[1]);
    long started = System.nanoTime();
    long[] seen = new long[1];
    ParseLimits limits =
        ParseLimits.builder()
            .maxBytes(Long.MAX_VALUE)
            .maxTransactions(Long.MAX_VALUE)
            .maxDuration(Duration.ofHours(6))
            .build();
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(BsaParsers.all()).limits(limits).build();
    try {
      ParseResult result =
          analyzer.parse(
              SyntheticStatement.of(format, count).stream(),
              null,
              ParseOptions.builder().format(format).retainTransactions(false).build(),
              new ParseListener() {
                @Override
                public void onTransaction(int statementIndex, Transaction transaction) {
                  seen[0]++;
                }
              });
      System.out.println(
          "transactions="
              + seen[0]
              + " balance="
              + result.statements().get(0).balanceCheck().status()
              + " seconds="
              + (System.nanoTime() - started) / 1_000_000_000L);
    } catch (OutOfMemoryError e) {
      System.out.println("OutOfMemoryError after transactions=" + seen[0]);
      System.exit(3);
    }
  }
}
