package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Card schemes of many countries in the channel words before the payee (ADR 0540): never taken as
 * the payee, and a scheme name that is also a word or a name kept when it starts the description.
 * Payees are invented.
 */
final class CardSchemeCounterpartyTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          RUPAY POS Chaiwala Corner 4821                          | Chaiwala Corner
          UNIONPAY Jade Garden Teahouse                           | Jade Garden Teahouse
          Compra Cartao Elo Papelaria Aurora                      | Papelaria Aurora
          Compra Hipercard Farmacia Boa Vista                     | Farmacia Boa Vista
          POS MIR Knizhny Dvor                                    | Knizhny Dvor
          BANKAXEPT Bakeriet Fjord                                | Bakeriet Fjord
          Troy Plumbing Services                                  | Troy Plumbing Services
          Mir Pharmacy                                            | Mir Pharmacy
          """)
  void schemeNeverThePayee(String description, String expected) {
    assertThat(
            CounterpartyLexiconTest.norm(
                CounterpartyNormalizer.normalize(null, description).display()))
        .isEqualTo(CounterpartyLexiconTest.norm(expected));
  }
}
