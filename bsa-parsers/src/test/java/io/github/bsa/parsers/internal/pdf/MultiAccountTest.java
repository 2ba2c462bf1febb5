package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Box;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Lang;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Spec;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Truth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several accounts in one PDF, one statement each (split at the account named in each page's head),
 * and currencies with 0 (JPY, KRW) and 3 (KWD, BHD) fraction digits.
 */
final class MultiAccountTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();

  private static Spec spec(
      Lang lang, Box box, boolean running, int decimals, String currency, String account, int n) {
    return new Spec(lang, box, false, running, !running, decimals, currency, account, n, n * 31L);
  }

  private static void check(List<Spec> specs) {
    List<Truth> truths = new ArrayList<>();
    byte[] pdf = ArrangedStatements.document(specs, truths);
    ParseResult result = ANALYZER.parse(pdf, ParseOptions.defaults());
    assertThat(result.statements()).hasSize(specs.size());
    for (int i = 0; i < specs.size(); i++) {
      Truth truth = truths.get(i);
      Statement st = result.statements().get(i);
      String name = specs.get(i).currency() + " " + truth.account();
      assertThat(st.account().number()).as(name).contains(truth.account());
      assertThat(st.account().currency().map(Object::toString))
          .as(name)
          .contains(specs.get(i).currency());
      Score score = new Score();
      List<Score.Expected> expected = new ArrayList<>();
      truth
          .transactions()
          .forEach(t -> expected.add(new Score.Expected(t.date(), t.amount(), t.description())));
      score.add(expected, truth.opening(), truth.closing(), java.util.Optional.of(st), name);
      assertThat(score.misses).as(name + " " + score.summary()).isEmpty();
      assertThat(st.balanceCheck().status()).as(name).isEqualTo(BalanceCheck.Status.VERIFIED);
    }
  }

  @Test
  void threeAccountsInThreeCurrencies() {
    check(
        List.of(
            spec(ArrangedStatements.EN_GB, Box.STACKED, true, 2, "EUR", "11112222", 35),
            spec(ArrangedStatements.EN_GB, Box.ROW_OVER_ROW, true, 0, "JPY", "33334444", 12),
            spec(ArrangedStatements.EN_GB, Box.SIDE_BY_SIDE, false, 3, "KWD", "55556666", 20)));
  }

  @Test
  void zeroAndThreeDecimalCurrenciesInOtherLanguages() {
    check(
        List.of(
            spec(ArrangedStatements.DE, Box.STACKED, true, 0, "KRW", "77778888", 40),
            spec(ArrangedStatements.FR, Box.ROW_OVER_ROW, true, 3, "BHD", "99990000", 15)));
  }

  @Test
  void oneAccountOverSeveralPagesStaysOneStatement() {
    check(List.of(spec(ArrangedStatements.ES, Box.STACKED, true, 2, "EUR", "12121212", 75)));
  }
}
