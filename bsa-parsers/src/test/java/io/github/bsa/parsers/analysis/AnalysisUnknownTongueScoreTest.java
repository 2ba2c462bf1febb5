package io.github.bsa.parsers.analysis;

import io.github.bsa.core.model.Statement;
import io.github.bsa.parsers.testing.AnalysisScore;
import org.junit.jupiter.api.Test;

/**
 * Measures the analysis on the CSV exports of {@link UnknownTongueStatements} (eight invented
 * countries whose bank, rail, salary, benefit, rent, fee, return, savings and shop words no
 * vocabulary knows), read back through the parsers, with the holder's name and account number set
 * on each statement's account as a statement header carries them, and prints the figures of {@code
 * analysis_score.py} plus {@code category_all}. Category cannot follow from invented words: it is
 * printed, not asserted.
 *
 * <p>First run, blind, on main's rules (15c5655) before any rule was changed (2026-12-06, ADR
 * 0430): recurring 0.714/0.935, salary 0.455 (precision 0.368: a benefit or a friend's transfer
 * taken for salary), category 0.000 (all kinds 0.000), counterparty 0.403/0.891, bounces 0.194, own
 * transfers 0.000; every booking read back (tx_matched 1.000).
 */
final class AnalysisUnknownTongueScoreTest {
  @Test
  void unknownTongue_eightInventedLanguages_scoresPrinted() {
    AnalysisScore unused =
        AnalysisGlobeScoreTest.score(
            UnknownTongueStatements.all(3),
            "unknown-tongue",
            AnalysisUnknownTongueScoreTest::withHolder);
  }

  private static Statement withHolder(WorldStatements.Generated g, Statement st) {
    return st.toBuilder()
        .account(
            st.account().toBuilder()
                .holder(UnknownTongueStatements.holder(g))
                .number(UnknownTongueStatements.ownAccount(g))
                .build())
        .build();
  }
}
