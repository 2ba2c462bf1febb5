package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of ADR 0440 one description at a time: in a card payment at a till a shop's trade word
 * beats a bill's or fee's word that is part of the shop's name, the card channel written together
 * with its date ("POS1706"), and the trade words of the lead's probes. The names are invented; none
 * is a name of a scoring cast.
 */
final class TillWordsTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-24.00 | POS Marché Frais Lebrun | groceries | default.trade.grocer",
        "-199.00 | Compra cartão Mobile Planet Electronics Braga | shopping | default.trade.goods",
        "-18.00 | POS0412 Harbour Kebab House GALWAY IE | dining | default.dining",
        "-9.50 | VDC-Copperleaf Bakery CARD 1234 | dining | default.dining",
        "-33.00 | VISA ****9876 Cornflower Curios Leeds | shopping |"
            + " default.card.unknown-merchant",
        "-7.00 | Zakup kartą Quillstone Gifts Poznań | shopping | default.trade.goods",
        "-12.00 | Kartenzahlung Parkhaus Altmarkt | transport | default.transport",
        "-5.60 | Card Purchase 03/04 Riverside Parking Garage | transport |"
            + " default.trade.transport",
        "-21.00 | Kartenzahlung Steakhaus Ochsenwirt | dining | default.trade.restaurant",
        "-35.00 | CB Jouets Arlequin 12/03 | shopping | default.trade.goods",
      })
  void tillPayment_categoryAndRule(
      String amount, String description, String category, String rule) {
    WorldRulesTest.assertCategory(amount, description, category, rule);
  }

  @Test
  void billsWithoutAShopWord_keepTheirCategory() {
    // paid by card, but no shop's word: the bill's word still decides
    WorldRulesTest.assertCategory(
        "-64.00", "Card Purchase British Gas Online", "utilities", "default.utilities");
    WorldRulesTest.assertCategory(
        "-2.50", "POS Fee card transaction abroad", "fees", "default.fees.general");
  }

  @Test
  void posWithDate_isACardPaymentOnlyWithFourDigits() {
    assertThat(Categorizer.isCardPayment("pos1706 some shop galway")).isTrue();
    assertThat(Categorizer.isCardPayment("ref pos12 some shop")).isFalse();
    assertThat(Categorizer.isCardPayment("deposit 1706 branch")).isFalse();
    assertThat(Categorizer.isCardPayment("possession 1706")).isFalse();
  }
}
