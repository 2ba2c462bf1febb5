package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whole invented statements (ADR 0480): the counterparty of each booking after the statement-level
 * learning of {@link Locations} (towns after many payees, a lead word before many payees) on top of
 * the lexicon. Payees, towns and amounts are invented.
 */
final class CounterpartyStatementTest {
  private static List<String> names(List<String> descriptions) {
    List<Transaction> txs = new ArrayList<>();
    LocalDate day = LocalDate.parse("2026-01-02");
    int k = 0;
    for (String d : descriptions) {
      txs.add(
          Transaction.builder()
              .bookingDate(day.plusDays(k % 85))
              .amount(new BigDecimal("-" + (10 + (k * 7) % 90) + ".35"))
              .description(d)
              .build());
      k++;
    }
    Statement s =
        Statement.builder()
            .account(Account.builder().number("9876543210").build())
            .period(DateRange.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")))
            .transactions(txs)
            .build();
    List<String> out = new ArrayList<>();
    for (Item i : new InputPreparation(List.of(s), AnalysisOptions.defaults()).prepare().items()) {
      out.add(i.name().display());
    }
    return out;
  }

  @Test
  void germanDebitCardPurchases_payeesWithoutBookingWordsTownsOrPurposes() {
    List<String> d = new ArrayList<>();
    String[] payees = {
      "Fahrradwerk Kessler", "Bäckerei Morgenrot", "Feinkost Albrecht", "Buchladen Eselsohr"
    };
    String[] towns = {"Lüneburg", "Celle", "Uelzen"};
    for (int m = 1; m <= 3; m++) {
      for (int p = 0; p < payees.length; p++) {
        d.add(
            "Einkauf Debitkarte "
                + payees[p]
                + " "
                + towns[(p + m) % 3]
                + " 1"
                + m
                + ".0"
                + m
                + ".2026 Karte 2");
      }
      d.add("Lastschrift Stadtwerke Finkenau Stromrechnung 0" + m + "/2026 KD-NR 88123");
      d.add("Echtzeitüberweisung an Jonas Wilmsen 0" + m + ".2026");
    }
    Set<String> names = new LinkedHashSet<>(names(d));
    assertThat(names)
        .containsExactlyInAnyOrder(
            "Fahrradwerk Kessler",
            "Bäckerei Morgenrot",
            "Feinkost Albrecht",
            "Buchladen Eselsohr",
            "Stadtwerke Finkenau",
            "Jonas Wilmsen");
  }

  @Test
  void unknownBookingWordBeforeManyPayees_learnedAsAChannel() {
    // "Kartlo" is no word of any list: it stands before four payees, so it is the booking type
    List<String> d = new ArrayList<>();
    for (String p : List.of("Velo Ringstad", "Kafe Brygga", "Fiskehall Nord", "Bokkroken")) {
      d.add("Kartlo " + p + " 2026-01-04");
      d.add("Kartlo " + p + " 2026-02-04");
    }
    d.add("Nordvik Energi DD");
    d.add("The Red Lion CD 4821");
    assertThat(new LinkedHashSet<>(names(d)))
        .containsExactlyInAnyOrder(
            "Velo Ringstad",
            "Kafe Brygga",
            "Fiskehall Nord",
            "Bokkroken",
            "Nordvik Energi",
            "The Red Lion");
  }
}
