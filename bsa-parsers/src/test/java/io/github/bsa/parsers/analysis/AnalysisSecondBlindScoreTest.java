package io.github.bsa.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.testing.AnalysisScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the analysis on {@link SecondBlindStatements}: 57 text-PDF statements of nineteen
 * layouts (ADR 0510; since ADR 0530 every layout as its bank prints it), read back through bsa's
 * PDF parser, written without reading bsa's rule tables or the other sets' name lists (ADR 0510).
 * Prints the figures of {@code analysis_score.py} plus {@code category_all} and every miss; asserts
 * only that the set is read back completely (every booking, the sum of the amounts, no balance
 * discrepancy), not the accuracy figures: it measures. Needs no shared fixtures. Figures on main's
 * rules: docs/analysis.md ("Tests").
 */
final class AnalysisSecondBlindScoreTest {
  private static final StatementAnalyzer ANALYZER = StatementAnalyzer.builder().build();

  /** The only cast: never used for rules; its figures estimate statements nobody tuned for. */
  @Test
  void secondBlind_twelveLayouts_scoresPrinted() {
    List<WorldStatements.Generated> set = SecondBlindStatements.all();
    assertThat(set).hasSizeGreaterThanOrEqualTo(30);
    assertThat(unreadBookings(set)).isEmpty();
    AnalysisScore score = AnalysisGlobeScoreTest.score(set, "second-blind");
    assertThat(score.figures().get("tx_matched")).isEqualTo(1.0);
  }

  /**
   * The layouts the PDF parser did not read back as their banks print them (ADR 0510), read since
   * ADR 0530: year-first dates, unknown header words, newest first, titles run together.
   */
  @Test
  void secondBlind_layoutsAsPrinted_readBack() {
    assertThat(unreadBookings(SecondBlindStatements.formerlyUnread())).isEmpty();
  }

  /** One line per statement not read back completely (parse failure, count, sum, balances). */
  private static List<String> unreadBookings(List<WorldStatements.Generated> set) {
    List<String> broken = new ArrayList<>();
    for (WorldStatements.Generated g : set) {
      ParseResult parsed;
      try {
        parsed = ANALYZER.parse(g.csv());
      } catch (RuntimeException e) {
        broken.add(g.name() + " not parsed: " + e.getMessage());
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      int count = 0;
      for (Statement st : parsed.statements()) {
        for (Transaction t : st.transactions()) {
          sum = sum.add(t.amount());
          count++;
        }
        if (st.balanceCheck().status() == BalanceCheck.Status.DISCREPANCY) {
          broken.add(g.name() + " balance discrepancy " + st.balanceCheck().reason());
        }
      }
      BigDecimal truth =
          g.labels().stream()
              .map(AnalysisScore.Label::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (count != g.labels().size() || sum.compareTo(truth) != 0) {
        broken.add(g.name() + " read " + count + " of " + g.labels().size() + " bookings");
      }
    }
    broken.forEach(b -> System.out.println("   " + b));
    return broken;
  }
}
