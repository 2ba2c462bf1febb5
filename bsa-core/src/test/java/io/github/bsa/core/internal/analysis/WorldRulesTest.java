package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default rules of ADR 0320 one description at a time: merchant category codes, word stems
 * inside compound words, channel words of further countries, dotless i and final sigma, linking
 * words, and the chain table (chains and generic shop words of further countries). Names here are
 * invented, except the chains of the chain table; none is a name of a scoring cast.
 */
final class WorldRulesTest {
  /** One transaction with this amount and description, prepared as the engine prepares it. */
  static Item prepared(String amount, String description) {
    Transaction t =
        Transaction.builder()
            .bookingDate(LocalDate.parse("2025-03-03"))
            .amount(new BigDecimal(amount))
            .description(description)
            .build();
    Statement s =
        Statement.builder()
            .account(Account.builder().number("1234567890").build())
            .period(DateRange.of(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")))
            .transactions(List.of(t))
            .build();
    return new InputPreparation(List.of(s), AnalysisOptions.defaults()).prepare().items().get(0);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-23.10 | VISA 4711 Lindqvist Partners MCC 5411 | groceries | default.mcc.groceries",
        "-9.80 | CARD PAYMENT Ohrwurm Bar MCC5812 | dining | default.mcc.dining",
        "-61.00 | POS 0042 Vogel Brothers mcc 5541 | fuel | default.mcc.fuel",
        "-14.20 | Bezahlung Karte MC/123456 Bahnhofsapotheke GRAZ 03.03. | healthcare |"
            + " default.healthcare",
        "-30.00 | PKORTTIMAKSU Kirjakauppa Aalto ESPOO | shopping | default.trade.bookshop",
        "-12.00 | ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ Oinopoleio Zeta PATRA | shopping |"
            + " default.card.unknown-merchant",
        "1500.00 | MAAŞ ÖDEMESİ Yıldız Tekstil A.Ş. OCAK | salary | default.salary",
        "-40.00 | Csoportos beszedés Duna Áram Kft villamos energia | utilities |"
            + " default.utilities",
        "-120.00 | OTOMATİK ÖDEME Kartal Sigorta KASKO | insurance | default.insurance",
        "-7.50 | Comision debit direct respins | fees | default.fees.bounce",
        "-45.20 | KARTENZAHLUNG girocard Alnatura Freiburg | groceries | default.groceries",
        "-12.40 | CB MARIE BLACHERE 03/03 LILLE CARTE 4974XXXXXXXX1234 | dining | default.dining",
        "-60.00 | POS PURCHASE KWIK TRIP 1234 MADISON WI | fuel | default.fuel",
        "-3.10 | CARD PAYMENT TO MERSEYRAIL ON 03 MAR | transport | default.transport",
        "-320.00 | VISA DEBIT PURCHASE CATHAY PACIFIC HKG | travel | default.travel",
        "-18.00 | COMPRA TARJ FARMACIAS DEL AHORRO CDMX | healthcare | default.healthcare",
        "-55.00 | POS INDOMARET JAKARTA | groceries | default.groceries",
        "-9.50 | POS PURCHASE CHOWKING MAKATI | dining | default.dining",
        "-15.00 | CARD PURCHASE KEDAI KOPI AH SENG | dining | default.trade.cafe",
        "-25.00 | PLATNOSC KARTA Stacja Benzynowa Nowak | fuel | default.fuel",
        "-80.00 | POS NHA KHOA MINH ANH | healthcare | default.healthcare",
        "-70.00 | CARD PURCHASE SHUFERSAL DEAL TEL AVIV | groceries | default.groceries",
        "-120.00 | DIRECT DEBIT OVO ENERGY | utilities | default.utilities",
        "-35.00 | EFTPOS KOGAN MELBOURNE | shopping | default.shopping",
        "-42.00 | POS PURCHASE AMCAL CARLTON | healthcare | default.healthcare",
      })
  void category_andItsRule(String amount, String description, String category, String rule) {
    assertCategory(amount, description, category, rule);
  }

  /** Asserts the category and the rule id that decided it. */
  static void assertCategory(String amount, String description, String category, String rule) {
    Item i = prepared(amount, description);
    assertThat(i.category()).isEqualTo(category);
    assertThat(i.ruleId()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Plata la POS La Mama Veche CLUJ RO | La Mama Veche",
        "Incasare OP de la Vasile Rusu cadou | Vasile Rusu cadou",
        "ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ Oinopoleio Zeta | Oinopoleio Zeta",
        "Vásárlás kártyával Kerekes Pékség | Kerekes Pékség",
        "E-LASKU Vesiosuuskunta Kallio VESI VIITE 123456 | Vesiosuuskunta Kallio Vesi",
        "Varekjøp Fjellbua Dato 03.03 | Fjellbua",
        "FNB App Payment To Nomsa Khumalo | Nomsa Khumalo",
      })
  void counterparty_channelWordsOfFurtherCountriesRemoved(String description, String display) {
    assertThat(prepared("-10.00", description).name().display()).isEqualTo(display);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Transfer in cont de economii 1234567890",
        "VADELİ HESABA VİRMAN 12345678",
        "Átvezetés megtakarítási számlára 12345678",
        "ΜΕΤΑΦΟΡΑ ΣΕ ΛΟΓ ΤΑΜΙΕΥΤΗΡΙΟΥ 1234567890",
        "Transfer to Notice Saver 1234",
      })
  void ownSavings_inFurtherLanguages_excluded(String description) {
    Item i = prepared("-100.00", description);
    assertThat(i.included()).isFalse();
    assertThat(i.category()).isNotEqualTo(Categories.SHOPPING);
  }
}
