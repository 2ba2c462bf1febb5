package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A large input generated on the fly is parsed as a stream: transactions reach the listener while
 * the input is read, and nothing forces the whole file into memory.
 */
class CsvStreamingTest {
  /** Produces a header and {@code rows} rows lazily, never holding more than one row. */
  static final class RowStream extends GeneratedLines {
    private final long rows;
    private long next;
    private long balance = 100_000;

    RowStream(long rows) {
      super("Date;Text;Amount;Balance\n");
      this.rows = rows;
    }

    @Override
    @Nullable String nextLine() {
      if (next >= rows) {
        return null;
      }
      long amount = (next % 7 == 0) ? 250_00 : -12_34;
      balance += amount;
      int day = (int) (next % 28) + 1;
      String line =
          String.format(
              "%02d.%02d.2026;Row %d;%s;%s%n",
              day, (int) (next / 1000 % 12) + 1, next, money(amount), money(balance));
      next++;
      return line;
    }

    private static String money(long cents) {
      return (cents < 0 ? "-" : "")
          + Math.abs(cents) / 100
          + ","
          + String.format("%02d", Math.abs(cents) % 100);
    }
  }

  @Test
  void streamsALargeInput() {
    long rows = 20_000;
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(List.of(new CsvParserProvider())).build();
    AtomicLong seen = new AtomicLong();
    ParseOptions options = ParseOptions.builder().format("csv").retainTransactions(false).build();
    ParseResult r =
        analyzer.parse(
            new RowStream(rows),
            "big.csv",
            options,
            new ParseListener() {
              @Override
              public void onTransaction(int statementIndex, Transaction transaction) {
                seen.incrementAndGet();
              }

              @Override
              public void onStatement(int statementIndex, Statement statement) {}
            });
    assertThat(seen.get()).isEqualTo(rows);
    assertThat(r.statements()).hasSize(1);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.statements().get(0).balanceCheck().status().toString()).isEqualTo("VERIFIED");
  }
}
