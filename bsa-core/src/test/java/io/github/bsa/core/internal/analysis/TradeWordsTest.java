package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of ADR 0400 one description at a time: independent shops categorised by the word of
 * their trade in many languages (with the trade's rule id), the rails, salary, benefit, return and
 * savings words of further languages, masked card numbers and trailing cities (a memo after a name
 * stays, as elsewhere). The names are invented; none is a name of a scoring cast.
 */
final class TradeWordsTest {
  private static Item prepared(String amount, String description) {
    return WorldRulesTest.prepared(amount, description);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-4.20 | Platba kartou 4405******1234 Pekáreň Hruška TRENČÍN SK | dining |"
            + " default.trade.bakery",
        "-4.20 | KARTA 1234 Piekarnia Zawadzki OPOLE | dining | default.trade.bakery",
        "-31.00 | Kupnja POS Konoba Galeb MAKARSKA HR | dining | default.dining",
        "-18.00 | Mokėjimas kortele Kavinė Liepų Alėja UTENA LT | dining | default.dining",
        "-9.00 | Kaardimakse Kohvik Sõõrik HAAPSALU EE | dining | default.trade.cafe",
        "-22.00 | COMPRA EN Asadero La Brasa PEREIRA | dining | default.trade.restaurant",
        "-14.00 | DEBIT KARTU Warung Makan Bu Tini BOGOR | dining | default.trade.restaurant",
        "-25.00 | Mokėjimas kortele Mėsinė Ąžuolas UTENA LT | groceries | default.trade.butcher",
        "-12.00 | POS PURCHASE Aling Tess Sari Sari Store ILOILO PH | groceries |"
            + " default.trade.grocer",
        "-16.00 | COMPRA DEBITO Verduleria Los Hermanos SALTA | groceries |"
            + " default.trade.produce",
        "-11.00 | Kaardimakse Lihapood Kask VÕRU EE | groceries | default.trade.butcher",
        "-8.00 | POS nákup Lekáreň Pod Lipou PIEŠŤANY | healthcare | default.trade.pharmacy",
        "-60.00 | Kupnja POS Stomatološka ordinacija Lovrić ŠIBENIK HR | healthcare |"
            + " default.trade.dentist",
        "-55.00 | POS nákup Čerpacia stanica Malina PIEŠŤANY | fuel | default.trade.fuel",
        "-80.00 | Kaardimakse Tankla Nurme VÕRU EE | fuel | default.fuel",
        "-90.00 | PAIEMENT PAR CARTE Riad Yasmina ESSAOUIRA | travel | default.trade.lodging",
        "-20.00 | Mokėjimas kortele Knygynas Žodis UTENA LT | shopping | default.trade.bookshop",
        "-45.00 | PEMBELIAN KAD DEBIT Kedai Kasut Chong KLUANG MY | shopping |"
            + " default.trade.shoes-fashion",
        "2400.00 | Darbo užmokestis KOVAS Utenos Pienas AB | salary | default.salary",
        "3100.00 | TRSF E-BANKING CR PT Sinar Jaya GAJI | salary | default.salary",
        "150.00 | Dječji doplatak HZZO | income | default.income.benefits",
        "60.00 | Grąžintas tiesioginis debetas Utenos Šiluma nepakanka lėšų | returned_payments |"
            + " default.returned.in",
        "-40.00 | Grynųjų išėmimas bankomate UTENA | cash_withdrawal | default.cash.withdrawal",
        "-4.50 | Poplatok za vedenie účtu MAREC | fees | default.fees.general",
      })
  void trade_categoryAndRule(String amount, String description, String category, String rule) {
    WorldRulesTest.assertCategory(amount, description, category, rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Platba kartou 4405******1234 Pekáreň Hruška TRENČÍN SK 05.03.2025 | Pekáreň Hruška",
        "POS/WEB 539983******4321 Mama Ngozi Kitchen ABUJA NG | Mama Ngozi Kitchen",
        "Okamžitá platba Upratovanie Zuzka VEČERA | Upratovanie Zuzka Večera",
        "NIP TRANSFER TO Emeka Obi DINNER | Emeka Obi Dinner",
        "INSTAPAY TRANSFER TO Ramon Cruz RENT MAR | Ramon Cruz",
        "TRSF E-BANKING DB Wayan Sudarta SEWA MARET | Wayan Sudarta",
        "PAIEMENT PAR CARTE Sahara Net RABAT 05/03 CARTE 1234XXXXXX5678 | Sahara Net",
        "AUTO DEBIT Bayview Water water bill | Bayview Water",
        "Kartenzahlung DB Fernverkehr | DB Fernverkehr",
        "POS PURCHASE Streamly QUEZON CITY PH | Streamly",
        "Plaća za OŽUJAK Jadran Brodogradilište d.o.o. | Jadran Brodogradilište d.o.o",
        "Mzda 03/2025 Mesto Trenčín | Mesto Trenčín",
      })
  void counterparty_railsMasksAndCitiesRemoved(String description, String display) {
    assertThat(prepared("-10.00", description).name().display()).isEqualTo(display);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prevod na sporiaci účet 1234567890",
        "Prijenos na štedni račun 1234567890",
        "Pervedimas į taupomąją sąskaitą 1234567890",
        "Ülekanne hoiukontole 1234567890",
        "Trasferimento conto di risparmio 1234567890",
        "TRANSFERENCIA A CAJA DE AHORRO PROPIA 1234567890",
        "PINDAHAN KE AKAUN SIMPANAN 1234567890",
        "PEMINDAHAN KE TABUNGAN 1234567890",
        "TRANSFER TO TARGET SAVINGS 1234567890",
      })
  void ownSavings_inFurtherLanguages_excluded(String description) {
    assertThat(prepared("-100.00", description).included()).isFalse();
  }
}
