package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CounterpartyNormalizerTest {
  private static String key(String s) {
    return CounterpartyNormalizer.normalize(null, s).key();
  }

  @Test
  void amazonVariants_groupTogether() {
    assertThat(key("AMZN Mktp US*2K4")).isEqualTo("AMAZON");
    assertThat(key("AMAZON.COM*RT5")).isEqualTo("AMAZON");
    assertThat(key("Amazon.de*AB12CD")).isEqualTo("AMAZON");
  }

  @Test
  void cardNumbersStoreNumbersDatesAndCities_removed() {
    String a = key("Debit Card Purchase QuikFuel #6428 Madison WI Card ending 1897 on 08/03/2025");
    String b =
        key("Debit Card Purchase QuikFuel #2969 Springfield IL Card ending 1897 on 08/17/2025");
    assertThat(a).isEqualTo("QUIKFUEL").isEqualTo(b);
    assertThat(key("Debit Card Purchase ParcelPort Marketplace San Jose CA Card ending 1897"))
        .isEqualTo("PARCELPORT MARKETPLACE");
    assertThat(key("Recurring Card Purchase 12/07 TuneWave Music Seattle WA Card 3304"))
        .isEqualTo("TUNEWAVE MUSIC");
  }

  @Test
  void channelPrefixesAndReferences_removed() {
    assertThat(key("UPI-QUICKCAB RIDES-quickcabride@ikrs-ADRB0003780-536971750527- UPI"))
        .isEqualTo("QUICKCAB RIDES");
    assertThat(key("POS 607431XXXXXX5228 QUICKCAB RIDES")).isEqualTo("QUICKCAB RIDES");
    assertThat(key("SEPA-Lastschrift REWE Markt GmbH Berlin EREF+123456")).isEqualTo("REWE MARKT");
    assertThat(key("Kartenzahlung REWE Markt 104 Berlin")).isEqualTo("REWE MARKT");
    assertThat(key("Gehalt 2025-01")).isEqualTo("GEHALT");
  }

  @Test
  void counterpartyPreferred_displayTitleCased() {
    CounterpartyNormalizer.Name n =
        CounterpartyNormalizer.normalize("ACME Software GmbH", "Gehalt Januar");
    assertThat(n.key()).isEqualTo("ACME SOFTWARE");
    assertThat(n.display()).isEqualTo("Acme Software GmbH");
    assertThat(CounterpartyNormalizer.normalize(null, "12345 //").key()).isEmpty();
  }

  private static String display(String s) {
    return CounterpartyNormalizer.normalize(null, s).display();
  }

  @Test
  void labelledFieldsSeparatedFieldsAndPurposeWords_giveThePayee() {
    assertThat(
            display(
                "SEPA Overboeking IBAN: NL12ABNA0123456789 BIC: ABNANL2A Naam: Van Dijk Techniek"
                    + " BV Omschrijving: SALARIS maart 2025"))
        .isEqualTo("Van Dijk Techniek BV");
    assertThat(key("NEFT CR-SVNB0000522-SARASWATI HEALTHCARE PVT LTD-MS PRIYA SRINIVASAN-S"))
        .isEqualTo("SARASWATI HEALTHCARE");
    assertThat(display("SEPA-Gutschrift Lohn/Gehalt Lindner Maschinenbau GmbH Gehalt Mrz 2025"))
        .isEqualTo("Lindner Maschinenbau GmbH");
    assertThat(key("VIR PERMANENT LOYER JANVIER M DUPONT GERARD")).isEqualTo("M DUPONT GERARD");
    assertThat(key("BONIFICO A VOSTRO FAVORE DA OFFICINE LOMBARDE SRL CAUSALE STIPENDIO"))
        .isEqualTo("OFFICINE LOMBARDE");
    assertThat(key("PURCHASE AUTHORIZED ON 06/02 NEWSDAILY DIGITAL NEW YORK NY CARD 8650"))
        .isEqualTo("NEWSDAILY DIGITAL");
    assertThat(key("Monthly Service Fee")).isEqualTo("MONTHLY SERVICE FEE");
  }

  @Test
  void connectorsAfterChannelWords_removed_keptAtTheStartOfAName() {
    assertThat(display("SWISH TILL Erik Lindqvist MIDDAG")).startsWith("Erik Lindqvist");
    assertThat(display("TRF DE SONAE SGPS SA VENCIMENTO JAN 2025")).isEqualTo("Sonae Sgps SA");
    assertThat(display("Overschrijving van Lotte Maes cadeau")).startsWith("Lotte Maes");
    assertThat(display("Van Dijk Techniek BV")).isEqualTo("Van Dijk Techniek BV");
    assertThat(display("PAYROLL DEP Maple Leaf Foods")).isEqualTo("Maple Leaf Foods");
    assertThat(display("E-TRANSFER SENT Ethan Roy dinner")).startsWith("Ethan Roy");
  }

  @Test
  void writtenLetters_keptInTheDisplay_foldedInTheKey() {
    CounterpartyNormalizer.Name n = CounterpartyNormalizer.normalize(null, "Dankort-køb Føtex");
    assertThat(n.key()).isEqualTo("FOTEX");
    assertThat(n.display()).isEqualTo("Føtex");
    assertThat(display("Platba kartou Pekárna Kabát BRNO 12.05.2025")).startsWith("Pekárna Kabát");
  }

  @Test
  void mexicanLegalForm_endsTheName() {
    assertThat(display("DEPOSITO DE NOMINA Grupo Bimbo SA de CV QNA 12"))
        .isEqualTo("Grupo Bimbo SA de CV");
  }

  @Test
  void mixedCaseText_keepsEachWordAsWritten() {
    assertThat(display("Kartenzahlung Tankstelle am Ring")).isEqualTo("Tankstelle am Ring");
    assertThat(display("Compra tarjeta Estación de Servicio Ruta 5"))
        .startsWith("Estación de Servicio");
    assertThat(display("Card Purchase 02/05 REWE Markt")).isEqualTo("Rewe Markt");
    assertThat(display("Compra com cartão Loja Girassol")).isEqualTo("Loja Girassol");
  }

  @Test
  void textInCapitals_isTitleCased() {
    assertThat(display("KARTENZAHLUNG BLUMENHAUS ROSENROT")).isEqualTo("Blumenhaus Rosenrot");
  }
}
