package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The savings checklist of ADR 0445 one description at a time: the ways banks of many languages
 * print a transfer to the holder's own savings (pots, goals, round-ups, fixed terms, transfers
 * between own accounts), and the names of banks, shops and schemes that hold a savings word but are
 * somebody else's. The descriptions are invented.
 */
final class SavingsWordsTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Transfer to Holiday savings pot",
        "ROUND UPS 14 MAR",
        "Save the Change to Reserve 20250314",
        "Keep the Change transfer 0042",
        "Payment to Rainy Day fund",
        "Dauerauftrag Spartopf Urlaub",
        "Umbuchung Sparziel Auto",
        "VIR PERMANENT LIVRET A 00012345",
        "Virement de compte à compte",
        "VERSEMENT PEL 4455",
        "TRANSFERENCIA A CTA. AHORRO 1234",
        "TRASPASO C/AHORRO 5566",
        "Aportación hucha Vacaciones",
        "Transferencia entre cuentas propias",
        "GIROFONDI SALVADANAIO",
        "Giroconto verso risparmio 0098",
        "Accantonamento mensile obiettivo casa",
        "Transferência entre contas próprias",
        "Reforço mealheiro",
        "Naar spaardoel Nieuwe fiets",
        "Overboeking tussen eigen rekeningen",
        "Przelew na cel oszczędnościowy Wakacje",
        "Przelew między własnymi rachunkami",
        "Převod mezi vlastními účty",
        "Överföring till sparkonto",
        "Overførsel til opsparingskonto",
        "Overføring til høyrentekonto",
        "Siirto säästötavoite Loma",
        "Átvezetés megtakarítás",
        "Transfer între conturile proprii",
        "ΜΕΤΑΦΟΡΑ ΣΕ ΛΟΓΑΡΙΑΣΜΟ ΑΠΟΤΑΜΙΕΥΣΗΣ",
        "Kumbara aktarımı",
        "Prenos varčevanje",
      })
  void ownSavings_found(String description) {
    assertThat(SavingsWords.foundIn(Text.fold(description))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Hudson City Savings Bank mortgage 0425",
        "RATA MUTUO CASSA DI RISPARMIO DI FIRENZE",
        "Compra tarjeta Farmacias del Ahorro Monterrey",
        "Lastschrift Sparkasse Darlehen 1234",
        "Card Purchase Round Up Saloon Austin TX",
        "RECARGA CEL TELCEL 5512345678",
        "Przelew Jan Kowalski cel: czynsz",
        "Card purchase Reserve Wine Bar",
      })
  void othersSavingsWords_notFound(String description) {
    assertThat(SavingsWords.foundIn(Text.fold(description))).isFalse();
  }
}
