package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.Cadence;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detectors alone, each on prepared input built in code. */
final class DetectorsTest {
  static Transaction tx(String date, String amount, String description) {
    return Transaction.builder()
        .bookingDate(LocalDate.parse(date))
        .amount(new BigDecimal(amount))
        .description(description)
        .build();
  }

  private static Prepared prepare(List<Transaction> txs) {
    Statement s =
        Statement.builder()
            .account(Account.builder().number("1234567890").build())
            .period(DateRange.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-04-30")))
            .transactions(txs)
            .build();
    return new InputPreparation(List.of(s), AnalysisOptions.defaults()).prepare();
  }

  private static Item item(Prepared p, String description) {
    return p.items().stream()
        .filter(i -> i.tx().description().equals(description))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void recurring_varyingUtilityOnWeekendShiftedDays_oneMonthlySeries() {
    // due on the 5th; 2025-04-05 is a Saturday, so the debit comes on Monday the 7th
    Prepared p =
        prepare(
            List.of(
                tx("2025-01-06", "-61.20", "SEPA-Lastschrift Stadtwerke Lindenau Abschlag Strom"),
                tx("2025-02-05", "-88.75", "SEPA-Lastschrift Stadtwerke Lindenau Abschlag Strom"),
                tx("2025-03-05", "-43.10", "SEPA-Lastschrift Stadtwerke Lindenau Abschlag Strom"),
                tx("2025-04-07", "-70.00", "SEPA-Lastschrift Stadtwerke Lindenau Abschlag Strom")));
    List<RecurringPayment> r = RecurringDetector.detect(p);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).cadence()).isEqualTo(Cadence.MONTHLY);
    assertThat(r.get(0).count()).isEqualTo(4);
    assertThat(r.get(0).counterparty()).startsWith("Stadtwerke Lindenau");
  }

  @Test
  void recurring_groceryVisitsOnARhythmByChance_noSeries() {
    Prepared p =
        prepare(
            List.of(
                tx("2025-01-10", "-54.30", "Kartenzahlung girocard REWE Markt//Berlin/DE"),
                tx("2025-02-09", "-38.10", "Kartenzahlung girocard REWE Markt//Berlin/DE"),
                tx("2025-03-11", "-71.45", "Kartenzahlung girocard REWE Markt//Berlin/DE"),
                tx("2025-04-10", "-25.99", "Kartenzahlung girocard REWE Markt//Berlin/DE")));
    assertThat(RecurringDetector.detect(p)).isEmpty();
  }

  @Test
  void recurring_sameCardAmountMonthlyAtAShop_isASeriesFromThreePayments() {
    // a shop's word (a bookshop) names the payee, but the same amount to the cent on the same
    // day of three months is a charge (a book club), not visits falling on a rhythm
    Prepared p =
        prepare(
            List.of(
                tx("2025-01-03", "-12.90", "Kartenzahlung Buchhandlung Blattwerk Jena"),
                tx("2025-02-03", "-12.90", "Kartenzahlung Buchhandlung Blattwerk Jena"),
                tx("2025-03-03", "-12.90", "Kartenzahlung Buchhandlung Blattwerk Jena"),
                tx("2025-01-17", "-23.40", "Kartenzahlung Bäckerei Korn Jena"),
                tx("2025-02-16", "-23.40", "Kartenzahlung Bäckerei Korn Jena"),
                tx("2025-03-27", "-23.40", "Kartenzahlung Bäckerei Korn Jena")));
    assertThat(item(p, "Kartenzahlung Buchhandlung Blattwerk Jena").category())
        .isEqualTo(Categories.SHOPPING);
    assertThat(item(p, "Kartenzahlung Buchhandlung Blattwerk Jena").ruleId())
        .isNotEqualTo(Categorizer.CARD_RULE);
    List<RecurringPayment> r = RecurringDetector.detect(p);
    // the bakery's equal amounts 30 and 39 days apart keep no calendar: no series
    assertThat(r).extracting(RecurringPayment::count).containsExactly(3);
    assertThat(r.get(0).cadence()).isEqualTo(Cadence.MONTHLY);
    assertThat(r.get(0).counterparty()).startsWith("Buchhandlung Blattwerk");
  }

  @Test
  void recurring_cardSubscriptionPaidInDifferentTowns_groupsByLearnedPlaces() {
    List<Transaction> txs = new ArrayList<>();
    String[] towns = {"Leipzig", "Halle", "Dessau", "Leipzig"};
    for (int m = 1; m <= 4; m++) {
      String town = towns[m - 1];
      txs.add(tx("2025-0" + m + "-12", "-9.99", "Visa Debitkarte Streamflix " + town));
      txs.add(
          tx(
              "2025-0" + m + "-14",
              "-" + (20 + m) + ".10",
              "Visa Debitkarte Bäckerei Korn " + town));
      txs.add(
          tx(
              "2025-0" + m + "-20",
              "-" + (30 + m) + ".40",
              "Visa Debitkarte Modehaus Falk " + town));
    }
    Prepared p = prepare(txs);
    assertThat(item(p, "Visa Debitkarte Streamflix Halle").name().key()).isEqualTo("STREAMFLIX");
    List<RecurringPayment> r = RecurringDetector.detect(p);
    assertThat(r).extracting(RecurringPayment::counterparty).containsExactly("Streamflix");
  }

  @Test
  void returns_reversalPairAndFeeAfterIt_citedWithoutWords() {
    Prepared p =
        prepare(
            List.of(
                tx("2025-02-03", "-77.40", "NACH/DR/BESCOM/ELECTRICITY/1234567890"),
                tx("2025-02-06", "77.40", "NACH/CR/BESCOM/9876543210"),
                tx("2025-02-06", "-5.90", "SERVICE CHARGES"),
                tx("2025-02-10", "-12.00", "Card Purchase Golden Wok Kitchen"),
                tx("2025-02-12", "12.00", "Card Purchase Golden Wok Kitchen")));
    assertThat(item(p, "NACH/CR/BESCOM/9876543210").ruleId()).isEqualTo(Returns.REVERSAL_PAIR);
    assertThat(item(p, "NACH/CR/BESCOM/9876543210").category())
        .isEqualTo(Categories.RETURNED_PAYMENTS);
    assertThat(item(p, "SERVICE CHARGES").ruleId()).isEqualTo(Returns.FEE_AFTER_RETURN);
    // a card purchase given back is a refund, not a bounced payment
    assertThat(p.items().get(4).category()).isNotEqualTo(Categories.RETURNED_PAYMENTS);
    List<RiskSignal> risk = RiskDetector.detect(p, List.of(), List.of());
    assertThat(risk)
        .extracting(RiskSignal::type)
        .contains(RiskSignalType.BOUNCED_PAYMENT, RiskSignalType.BOUNCE_FEE);
  }

  @Test
  void ownSavings_namedOnlyInTheDescription_excludedWithRule() {
    Prepared p =
        prepare(
            List.of(
                tx("2025-01-15", "-300.00", "Umbuchung auf Tagesgeld 7708898055"),
                tx("2025-01-16", "-200.00", "VIR VERS LIVRET A 00012345678"),
                tx("2025-01-17", "-250.00", "FD THROUGH NET-BANKING 54297488218904"),
                tx("2025-01-18", "-40.00", "SEPA-Überweisung Jonas Weber Essen")));
    assertThat(p.items())
        .filteredOn(i -> Item.OWN_TRANSFER.equals(i.exclusion()))
        .extracting(i -> i.ruleId())
        .containsExactly(
            "analysis.own-transfer.savings",
            "analysis.own-transfer.savings",
            "analysis.own-transfer.savings");
    assertThat(p.included()).hasSize(1);
  }

  @Test
  void categories_cardPaymentToUnknownMerchantIsAPurchase_longerPhraseWins() {
    Prepared p =
        prepare(
            List.of(
                tx("2025-01-03", "-23.10", "CARD PAYMENT TO CORNERSTONE TRADERS LEEDS ON 03 JAN"),
                tx("2025-01-04", "-15.00", "UPI/DR/512345678901/SRI GANESH PROVISION STORE/x"),
                tx("2025-01-05", "-45.00", "SEPA-Überweisung Jonas Weber Essen")));
    assertThat(p.items().get(0).ruleId()).isEqualTo(Categorizer.CARD_RULE);
    assertThat(p.items().get(1).category()).isEqualTo(Categories.GROCERIES);
    assertThat(p.items().get(2).category()).isEqualTo(Categories.TRANSFERS);
  }
}
