package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The counterparty of descriptions in each country's bank wording (ADR 0480): booking-type words
 * before the payee, purpose words and mandate codes after it, and names with their own points,
 * hyphens, apostrophes and ampersands. Payees, towns and references are invented. Compared as the
 * score compares (case folded, punctuation a space), the truth as a prefix of the words would be
 * too lenient here: the whole name must match.
 */
final class CounterpartyLexiconTest {
  static String norm(String s) {
    return String.join(
        " ", s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" +"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # booking type and channel before the payee
          Einkauf Debitkarte Fahrradwerk Kessler 12.03.2026 Karte 4                 | Fahrradwerk Kessler
          Aus Kartenzahlung Bäckerei Morgenrot 14.03.                               | Bäckerei Morgenrot
          Lohnzahlung Maschinenbau Quendt GmbH Februar                              | Maschinenbau Quendt GmbH
          Echtzeitüberweisung an Jonas Wilmsen 2026-03-01                          | Jonas Wilmsen
          Belastung Velohaus Aare 05.02.2026                                        | Velohaus Aare
          Transakcja kartą Księgarnia Pod Lipą 2026-03-02 4821xx9910               | Księgarnia Pod Lipą
          Sans contact Fromagerie Lestrade 03/02                                    | Fromagerie Lestrade
          Compra C Deb Pastelaria Andorinha 12/03                                   | Pastelaria Andorinha
          Transferência recebida Rui Tavares Mendes                                 | Rui Tavares Mendes
          Débito Direto Águas do Vale Claro REF 88812                              | Águas do Vale Claro
          ADDEBITO DIRETTO SEPA CORE CONSORZIO IDRICO VALSERA MANDATO 77A          | Consorzio Idrico Valsera
          Pago móvil Apple Pay Librería Atalaya 05/03                               | Librería Atalaya
          Pinbetaling Kaaswinkel De Gouwe 12-03-2026                                | Kaaswinkel De Gouwe
          Kortbetalning Bokhandeln Lärkan 2026-03-04                                | Bokhandeln Lärkan
          Platba kartou Pekárna U Mostu 04.03.2026                                  | Pekárna U Mostu
          Vásárlás kártyával Könyvesbolt Galamb 2026.03.04                          | Könyvesbolt Galamb
          Cumparare POS Librăria Ciocârlia 04/03/2026                               | Librăria Ciocârlia
          # purpose words and mandate codes after the payee
          Lastschrift Stadtwerke Finkenau Stromrechnung 03/2026                     | Stadtwerke Finkenau
          SEPA-Lastschrift Zweckverband Talsperre Wasser und Abwasser               | Zweckverband Talsperre Wasser
          Addebito Telenova Fibra Casa febbraio                                     | Telenova Fibra
          Adeudo Eléctrica Montaraz Electricidade                                   | Eléctrica Montaraz
          Bonifico Immobiliare Serena Canone Locazione marzo                        | Immobiliare Serena Canone
          Überweisung an Paula Hartwig Urlaub Anteil                                | Paula Hartwig
          Lastschrift Netzwelt Internet DSL Vertrag 123456                          | Netzwelt Internet
          FIELDSTONE ENERGY DD                                                      | Fieldstone Energy
          CORNER PANTRY CD 4821                                                     | Corner Pantry
          Hamburg Wasser                                                            | Hamburg Wasser
          # names with their own punctuation and articles
          Kartenzahlung E.ON Energie Deutschland                                    | E.ON Energie Deutschland
          CARD PURCHASE JB Hi-Fi 4821                                               | JB Hi-Fi
          iDEAL Bol.com 12-03-2026                                                  | Bol.com
          EFTPOS Grill'd 12/03                                                      | Grill'd
          SEPA-Lastschrift 1&1 Versatel                                             | 1&1 Versatel
          CARD PAYMENT TO THE RED LION                                              | The Red Lion
          BANK OF ARDMORE LOAN REPAYMENT                                            | Bank of Ardmore Loan
          Lastschrift Wohnungsbau Genossenschaft Lindenhof eG                       | Wohnungsbau Genossenschaft Lindenhof eG
          Przelew Firma Dębowa Sp. z o.o.                                           | Firma Dębowa Sp. z o.o.
          CB LE PETIT COMPTOIR 12/03                                                | Le Petit Comptoir
          Paiement par carte Le Petit Comptoir 12/03                                | Le Petit Comptoir
          EFTPOS Big4 Holiday Park 4821                                           | Big4 Holiday Park
          Card Payment Bank of Melbourne Loan                                       | Bank of Melbourne Loan
          """)
  void counterpartyOfBankWording(String description, String expected) {
    assertThat(norm(CounterpartyNormalizer.normalize(null, description).display()))
        .isEqualTo(norm(expected));
  }
}
