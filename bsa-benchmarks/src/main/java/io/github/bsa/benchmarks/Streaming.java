package io.github.bsa.benchmarks;

import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.Transaction;
import java.io.ByteArrayInputStream;

/** Shared by the parse benchmarks: a streaming parse that only counts what it reads. */
final class Streaming {
  private Streaming() {}

  /**
   * Parses bytes, counting the streamed transactions; with {@code retainTransactions(false)} the
   * result holds only the statement headers.
   *
   * @return transactions plus statements, so the JIT cannot drop the work
   */
  static long count(StatementAnalyzer analyzer, byte[] bytes, ParseOptions options) {
    long[] count = new long[1];
    int statements =
        analyzer
            .parse(
                new ByteArrayInputStream(bytes),
                null,
                options,
                new ParseListener() {
                  @Override
                  public void onTransaction(int statementIndex, Transaction transaction) {
                    count[0]++;
                  }
                })
            .statements()
            .size();
    return count[0] + statements;
  }
}
