package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The per-country chain checklist of ADR 0520: a well-known chain of each of 50 countries, in that
 * country's payment noise, gets the chain's category by the chain's name (not by the fallback of
 * unknown card merchants), and the same description as a credit is not taken; names the checklist
 * keeps out (common words, given names, surnames, towns), names inside longer words, salaries paid
 * by a chain and bills keep their own category. The rows are written for the test; none is taken
 * from a scoring cast.
 */
final class CountryChainsTest {
  private static final StatementAnalyzer ANALYZER = StatementAnalyzer.builder().build();
  private static final Account ACCOUNT = Account.builder().number("1234567890").build();

  /** The one transaction of a statement, analysed through the public API. */
  private static AnalyzedTransaction analyzed(String amount, String description) {
    List<Transaction> one =
        List.of(
            Transaction.builder()
                .bookingDate(LocalDate.parse("2025-03-03"))
                .amount(new BigDecimal(amount))
                .description(description)
                .build());
    return ANALYZER
        .analyze(List.of(Statement.builder().account(ACCOUNT).transactions(one).build()))
        .transactions()
        .get(0);
  }

  @Test
  void checklist_coversFortyFiveCountriesInEveryCategoryOfThePriorityOrder() throws IOException {
    String text;
    try (InputStream in =
        Objects.requireNonNull(DefaultRules.class.getResourceAsStream(DefaultRules.CHAINS))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int marker = text.indexOf("per-country checklist of common chains");
    String section = text.substring(text.indexOf('\n', marker) + 1);
    Map<String, Set<String>> rulesByCountry = new TreeMap<>();
    for (String line : section.split("\n", -1)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] parts = line.split("\\|", -1);
        rulesByCountry
            .computeIfAbsent(parts[1].strip(), c -> new TreeSet<>())
            .add(parts[0].strip());
      }
    }
    assertThat(rulesByCountry).hasSizeGreaterThanOrEqualTo(45);
    Set<String> rules = new TreeSet<>();
    rulesByCountry.values().forEach(rules::addAll);
    assertThat(rules)
        .containsExactlyInAnyOrder(
            "default.groceries",
            "default.dining",
            "default.fuel",
            "default.shopping",
            "default.transport",
            "default.healthcare",
            "default.utilities",
            "default.insurance",
            "default.subscriptions",
            "default.travel");
    // most countries have at least seven of the ten
    assertThat(rulesByCountry.values().stream().filter(r -> r.size() >= 7).count())
        .isGreaterThanOrEqualTo(45);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de | -23.40 | Kartenzahlung girocard FLASCHENPOST SE MUENSTER 03.03. | groceries",
        "de | -39.99 | SEPA-Lastschrift congstar GmbH Rechnung 4711 | utilities",
        "de | -12.90 | Kartenzahlung girocard SPORTSCHECK MUENCHEN 03.03. | shopping",
        "at | -54.10 | Bezahlung Karte MC/000001234 MPREIS INNSBRUCK | groceries",
        "at | -46.00 | Einzug WIEN ENERGIE Vertragskonto 12345 | utilities",
        "ch | -89.00 | Einkauf DIGITEC GALAXUS AG ZUERICH Karte 1234 | shopping",
        "ch | -412.35 | LSV ATUPRI Gesundheitsversicherung Praemie | insurance",
        "fr | -18.70 | CB PICARD SURGELES 03/03 NANTES | groceries",
        "fr | -29.99 | PRLV SEPA BOUYGUES TELECOM Facture | utilities",
        "be | -45.00 | Betaling Bancontact KREFEL GENT | shopping",
        "nl | -32.15 | BEA, Betaalpas SLIGRO ZWOLLE,PAS123 | groceries",
        "nl | -125.00 | Incasso ZILVEREN KRUIS ZORGVERZEKERINGEN | insurance",
        "lu | -60.00 | VIREMENT ENOVOS LUXEMBOURG FACTURE | utilities",
        "it | -64.20 | PAGAMENTO POS FINIPER 03/03/2025 CARTA N. *1234 | groceries",
        "it | -31.00 | ADDEBITO SDD ILIAD ITALIA FATTURA | utilities",
        "es | -15.40 | COMPRA TARJ. 4B1234 HIPERDINO LAS PALMAS | groceries",
        "es | -58.90 | ADEUDO RECIBO PEPEPHONE FACTURA | utilities",
        "pt | -22.80 | COMPRA 1234 AMORINO LISBOA CONTACTLESS | dining",
        "pt | -41.80 | DEB. DIRECTO GOLDENERGY FATURA | utilities",
        "gb | -7.45 | CARD PAYMENT TO GREGGS ON 03 MAR | dining",
        "gb | -62.00 | DIRECT DEBIT OCTOPUS ENERGY | utilities",
        "ie | -11.20 | VDC-SUPERMACS GALWAY | dining",
        "ie | -88.00 | D/D ELECTRIC IRELAND | utilities",
        "us | -9.85 | POS DEBIT CHICK FIL A #01234 ATLANTA GA | dining",
        "us | -142.00 | ACH DEBIT GEICO AUTO PAYMENT | insurance",
        "ca | -4.25 | INTERAC PURCHASE TIM HORTON S #1234 | dining",
        "ca | -95.00 | PRE AUTHORIZED DEBIT ENBRIDGE GAS | utilities",
        "mx | -350.00 | COMPRA TARJETA FARMACIAS GUADALAJARA SUC 123 | healthcare",
        "mx | -499.00 | CARGO AUTOMATICO TELCEL PLAN | utilities",
        "br | -89.90 | COMPRA CARTAO DEB ZAFFARI PORTO ALEGRE | groceries",
        "br | -120.00 | DEB AUTOMATICO SABESP CONTA AGUA | utilities",
        "ar | -5400.00 | COMPRA DEBITO FRAVEGA ONLINE | shopping",
        "cl | -12990 | COMPRA NACIONAL SALCOBRAND SANTIAGO | healthcare",
        "co | -42000 | COMPRA EN ALKOSTO BOGOTA | shopping",
        "pe | -65.00 | COMPRA CON TARJETA INKAFARMA MIRAFLORES | healthcare",
        "au | -18.40 | EFTPOS HUNGRY JACKS PARRAMATTA | dining",
        "au | -145.00 | DIRECT DEBIT ORIGIN ENERGY | utilities",
        "nz | -72.00 | EFTPOS BRISCOES HAMILTON | shopping",
        "in | -450.00 | UPI/123456789/BLINKIT/Paid via UPI | groceries",
        "in | -1299.00 | NACH DR BSES RAJDHANI POWER | utilities",
        "pk | -2500.00 | POS PURCHASE CHEEZIOUS LAHORE | dining",
        "bd | -850.00 | POS PURCHASE SHWAPNO DHANMONDI | groceries",
        "lk | -3200.00 | POS PURCHASE KAPRUKA COLOMBO | shopping",
        "za | -320.00 | POS PURCHASE ACKERMANS SANDTON | shopping",
        "ng | -15000.00 | POS/WEB 539983******4321 IKEJA ELECTRIC PREPAID | utilities",
        "ke | -1200.00 | POS PURCHASE ARTCAFFE WESTGATE NAIROBI | dining",
        "gh | -300.00 | POS PURCHASE PAPAYE ACCRA | dining",
        "eg | -450.00 | POS PURCHASE EL EZABY PHARMACY CAIRO | healthcare",
        "ma | -180.00 | PAIEMENT PAR CARTE ACIMA CASABLANCA | groceries",
        "tr | -245.00 | POS SATIS KOCTAS ISTANBUL | shopping",
        "gr | -38.00 | ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ MASOUTIS THESSALONIKI | groceries",
        "cy | -55.00 | CARD PURCHASE ALPHAMEGA LIMASSOL | groceries",
        "pl | -89.00 | ZAKUP PRZY UŻYCIU KARTY SMYK WARSZAWA | shopping",
        "cz | -249.00 | Platba kartou ROHLIK CZ PRAHA | groceries",
        "sk | -4.50 | Platba kartou ZSSK BRATISLAVA HL ST | transport",
        "hu | -12500 | Vásárlás kártyával DEDEMAN DEBRECEN | shopping",
        "ro | -75.00 | Cumparare POS DEDEMAN CLUJ RO | shopping",
        "bg | -42.00 | POS TECHNOPOLIS SOFIA | shopping",
        "hr | -31.00 | Kupnja POS PEVEX ZAGREB | shopping",
        "si | -27.50 | POS nakup MIMOVRSTE LJUBLJANA | shopping",
        "rs | -2100.00 | POS GIGATRON BEOGRAD | shopping",
        "ua | -650.00 | POS FOZZY KYIV | groceries",
        "lt | -23.00 | Mokėjimas kortele SENUKAI VILNIUS | shopping",
        "lv | -14.00 | POS VIRSI RIGA | fuel",
        "ee | -55.00 | Kaardimakse ALEXELA TALLINN | fuel",
        "se | -129.00 | KORTKÖP 250303 BILTEMA VÄXJÖ | shopping",
        "no | -349.00 | Varekjøp KOMPLETT AS Dato 03.03 | shopping",
        "dk | -215.00 | Dankort-køb KVICKLY ODENSE | groceries",
        "fi | -36.00 | KORTTIOSTO KOTIPIZZA TAMPERE | dining",
        "is | -4500 | POS HAGKAUP REYKJAVIK | groceries",
        "jp | -1280 | VISA DEBIT YODOBASHI CAMERA SHINJUKU | shopping",
        "kr | -8900 | CHECKCARD OLIVE YOUNG GANGNAM | healthcare",
        "cn | -45.00 | POS PURCHASE HAIDILAO SHANGHAI | dining",
        "sg | -8.60 | NETS TOAST BOX SINGAPORE | dining",
        "my | -32.00 | POS PURCHASE MR DIY KUALA LUMPUR | shopping",
        "th | -95.00 | POS PURCHASE HOMEPRO BANGKOK | shopping",
        "id | -85000 | DEBIT KARTU GRAMEDIA BANDUNG | shopping",
        "ph | -450.00 | POS PURCHASE MERALCO BILLS PAYMENT | utilities",
        "vn | -120000 | POS PURCHASE VINMEC HANOI | healthcare",
        "ae | -450.00 | POS PURCHASE DEWA DUBAI | utilities",
        "sa | -39.00 | POS PURCHASE MRSOOL RIYADH | dining",
        "il | -120.00 | POS PURCHASE SHUFERSAL TEL AVIV | groceries",
      })
  void chainOfTheCountry_getsItsCategoryByItsName(
      String country, String amount, String description, String category) {
    AnalyzedTransaction t = analyzed(amount, description);
    assertThat(t.category()).as(t.ruleId()).isEqualTo(category);
    assertThat(t.ruleId()).startsWith("default.").isNotEqualTo(Categorizer.CARD_RULE);
    assertThat(t.ruleId()).doesNotStartWith("default.fallback");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de | 23.40 | Gutschrift FLASCHENPOST SE Erstattung Pfand | groceries",
        "gb | 7.45 | FASTER PAYMENT FROM GREGGS | dining",
        "us | 142.00 | ACH CREDIT GEICO | insurance",
        "in | 450.00 | UPI/123456789/BLINKIT/Received | groceries",
        "se | 129.00 | INSÄTTNING BILTEMA | shopping",
      })
  void sameChainAsACredit_isNotTaken(
      String country, String amount, String description, String category) {
    assertThat(analyzed(amount, description).category()).isNotEqualTo(category);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a salary paid by a chain stays income
        "2450.00 | Gehalt 03/2025 REWE Markt GmbH | salary",
        "1980.00 | SALARY TESCO STORES LTD | salary",
        "3100.00 | Lohn März Migros-Genossenschafts-Bund | salary",
        "2200.00 | NOMINA MERCADONA S.A. | salary",
        "45000.00 | NEFT CR SALARY RELIANCE RETAIL LTD | salary",
        // a bill the tables recognise keeps its rule, whichever chain is named with it
        "-950.00 | Dauerauftrag Miete Wohnung Kaufland-Straße 5 | rent_mortgage",
        "-320.00 | LOAN REPAYMENT HARVEY NORMAN FINANCE | loan_repayment",
        "-410.00 | Finanzamt Einkommensteuer Kaufland | taxes",
        // given names, surnames and towns the checklist keeps out: a transfer stays a transfer
        "-50.00 | Überweisung an Helen Schmidt Geschenk | transfers",
        "-50.00 | FASTER PAYMENT TO SUNNY PATEL REF DINNER | transfers",
        "-50.00 | Transferencia a Paz Martínez regalo | transfers",
        "-50.00 | Overboeking naar Dirk de Vries | transfers",
        "-50.00 | Overboeking naar Otto de Vries | transfers",
        "-50.00 | Przelew na telefon Barbora Novak | transfers",
        "-50.00 | FASTER PAYMENT TO DAVID JONES REF LUNCH | transfers",
        "-50.00 | FASTER PAYMENT TO TOMMY CASTRO | transfers",
        "-50.00 | Bizum enviado a Andrea Coto | transfers",
        "-50.00 | FASTER PAYMENT TO J SMITH REF LIVERPOOL TRIP | transfers",
        "-50.00 | Transferencia a Juan Pérez ref Paris Corona | transfers",
        "-50.00 | Överföring till Ingo Stark | transfers",
        "-50.00 | Transfer to Leon S Murphy | transfers",
        // a chain's name inside a longer word is not the chain
        "-50.00 | Überweisung an Ottokar Reweling | transfers",
        "-50.00 | Transfer to Maximalist Studio | transfers",
        "-50.00 | Transfer to Tescott Lane Partners | transfers",
      })
  void nameOutsideTheChecklistOrInsideAWord_keepsItsOwnCategory(
      String amount, String description, String category) {
    assertThat(analyzed(amount, description).category()).isEqualTo(category);
  }
}
