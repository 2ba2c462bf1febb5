package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue #10: a generated CSV of 1,000,000 rows whose dates run past the year 2200 after its first
 * 205,569 rows. The remaining 794,431 rows are skipped (no valid date), so the statement must not
 * be VERIFIED, and the skips must be one summarised warning, not one object per row.
 */
final class CsvVerdictTest {
  private static final int ROWS = 1_000_000;
  private static final int VALID_ROWS = 205_569;
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  private static final long DAYS = ChronoUnit.DAYS.between(FIRST, LocalDate.of(2201, 1, 1));

  /** ISO dates spread so that row {@link #VALID_ROWS} (0-based) is the first in 2201. */
  private static final class Rows extends GeneratedLines {
    private long next;
    private long balanceCents;

    Rows() {
      super("Date,Text,Amount,Balance\n");
    }

    @Override
    @Nullable String nextLine() {
      if (next >= ROWS) {
        return null;
      }
      LocalDate date = FIRST.plusDays(next * DAYS / VALID_ROWS);
      long amount = next % 3 == 0 ? 1_00 : -25;
      balanceCents += amount;
      String line = date + ",Row " + next + "," + cents(amount) + "," + cents(balanceCents) + "\n";
      next++;
      return line;
    }

    private static String cents(long c) {
      long a = Math.abs(c);
      return (c < 0 ? "-" : "") + a / 100 + "." + (a % 100 < 10 ? "0" : "") + a % 100;
    }
  }

  @Test
  void rowsSkippedAfterYear2200_areOneWarning_andTheStatementIsNotVerified() {
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(List.of(new CsvParserProvider())).build();
    List<ParseWarning> streamed = new ArrayList<>();
    ParseResult r =
        analyzer.parse(
            new Rows(),
            "generated.csv",
            ParseOptions.builder().format("csv").retainTransactions(false).build(),
            new ParseListener() {
              @Override
              public void onWarning(ParseWarning warning) {
                streamed.add(warning);
              }
            });
    assertThat(r.statements()).hasSize(1);
    Statement s = r.statements().get(0);
    assertThat(r.transactionCount()).isZero(); // not retained
    BalanceCheck check = s.balanceCheck();
    assertThat(check.status()).isNotEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(check.status()).isEqualTo(BalanceCheck.Status.UNVERIFIED);
    assertThat(check.reason()).isEqualTo("ROWS_SKIPPED");
    // header on line 1, row i (0-based) on line i + 2
    assertThat(check.breakPosition().line()).isEqualTo(VALID_ROWS + 2L);
    assertThat(s.period().orElseThrow().to()).isEqualTo(LocalDate.of(2200, 12, 31));

    assertThat(s.warnings()).hasSize(1);
    ParseWarning skipped = s.warnings().get(0);
    assertThat(skipped.code()).isEqualTo("CSV_ROW_SKIPPED");
    assertThat(skipped.count()).isEqualTo((long) ROWS - VALID_ROWS);
    assertThat(skipped.positions()).hasSize(ParseWarning.MAX_POSITIONS);
    assertThat(skipped.positions().get(0).line()).isEqualTo(VALID_ROWS + 2L);
    assertThat(r.warnings()).isEmpty();
    assertThat(streamed).hasSize(ParseWarning.MAX_POSITIONS);
  }
}
