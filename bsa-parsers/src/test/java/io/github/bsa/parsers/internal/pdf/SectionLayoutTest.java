package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Section-style statements (US retail bank layout), single- and multi-page: per-section signs, the
 * checks table with its date in the middle, "(continued)" headings, a daily-balance table kept out,
 * no running balance; verified by the opening and closing balance and by section totals.
 */
final class SectionLayoutTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();
  private static final Score TOTAL = new Score();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void readsSections(long seed) {
    SectionStatements.Truth truth = SectionStatements.truth(seed, seed <= 2 ? 6 : 24);
    byte[] pdf = SectionStatements.write(truth, seed % 2 == 0 ? 18 : 40);
    ParseResult result = ANALYZER.parse(pdf, ParseOptions.defaults());
    List<Score.Expected> expected = new ArrayList<>();
    truth.transactions().forEach(t -> expected.add(new Score.Expected(t.date(), t.amount(), null)));
    Optional<Statement> st = result.statements().stream().findFirst();
    Score score = new Score();
    score.add(expected, truth.opening(), truth.closing(), st, "sections " + seed);
    TOTAL.add(expected, truth.opening(), truth.closing(), st, "sections " + seed);
    assertThat(score.misses).as(score.summary()).isEmpty();
    assertThat(st.orElseThrow().balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(result.warnings())
        .noneMatch(
            w -> w.code().startsWith("PDF_SECTION") || w.code().equals("PDF_BALANCE_CONFLICT"));
  }

  @org.junit.jupiter.api.Test
  void aMissingRowIsCaughtBySectionTotals() {
    SectionStatements.Truth truth = SectionStatements.truth(9, 10);
    // drop one withdrawal from the table while the summary and totals still count it
    List<SectionStatements.Txn> rows = new ArrayList<>(truth.transactions());
    SectionStatements.Txn dropped =
        rows.stream().filter(t -> t.section() == 3).findFirst().orElseThrow();
    byte[] pdf = SectionStatements.write(truth, 40, dropped);
    ParseResult result = ANALYZER.parse(pdf, ParseOptions.defaults());
    assertThat(result.warnings()).anyMatch(w -> w.code().equals("PDF_SECTION_TOTAL_MISMATCH"));
    assertThat(result.statements().get(0).balanceCheck().status())
        .isNotEqualTo(BalanceCheck.Status.VERIFIED);
  }

  @AfterAll
  static void report() {
    System.out.println("section layouts: " + TOTAL.summary());
  }
}
