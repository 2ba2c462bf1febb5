package io.github.bsa.core.analysis;

import static io.github.bsa.core.analysis.Fixtures.EUR;
import static io.github.bsa.core.analysis.Fixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of ADR 0430 that decide by structure where no word is known: descriptions in a made-up
 * language, so that no vocabulary can help.
 */
final class StructureRulesTest {
  private static final String[] MONTHS = {"zulvo", "karnet", "mirsa", "tobbel", "quenda", "faxil"};

  private static Statement statement(String holder, String number, List<Transaction> txs) {
    return Statement.builder()
        .account(Account.builder().number(number).holder(holder).currency(EUR).build())
        .currency(EUR)
        .transactions(txs)
        .build();
  }

  private static AnalyzedTransaction find(AnalysisReport r, String description) {
    return r.transactions().stream()
        .filter(x -> x.description().equals(description))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ownTransfer_holderNameOrCustomerNumber_excludedOthersKept() {
    List<Transaction> txs =
        List.of(
            tx("2025-01-05", "-200.00", "Vorlatt 1234567807"),
            tx("2025-02-05", "-200.00", "Vorlatt Anna Keller"),
            tx("2025-03-05", "-200.00", "Vorlatt 9934567807"),
            tx("2025-03-05", "-60.00", "Vorlatt 1234567801"),
            tx("2025-03-06", "-40.00", "Vorlatt Anna Brun"),
            tx("2025-03-07", "300.00", "Grelmo Anna Keller Tusk"));
    AnalysisReport r = Fixtures.analyze(statement("Anna Keller", "1234567801", txs));
    assertThat(find(r, "Vorlatt 1234567807").ruleId())
        .isEqualTo("analysis.own-transfer.holder-account");
    assertThat(find(r, "Vorlatt 1234567807").exclusion()).isNotNull();
    assertThat(find(r, "Vorlatt Anna Keller").ruleId())
        .isEqualTo("analysis.own-transfer.holder-name");
    // another customer's number, another Anna, and a credit that names the holder stay counted
    assertThat(find(r, "Vorlatt 9934567807").exclusion()).isNull();
    // the statement's own number (some banks print it in a direct debit's text) is no other account
    assertThat(find(r, "Vorlatt 1234567801").exclusion()).isNull();
    assertThat(find(r, "Vorlatt Anna Brun").exclusion()).isNull();
    assertThat(find(r, "Grelmo Anna Keller Tusk").exclusion()).isNull();
  }

  @Test
  void ownTransfer_noHolderOnTheStatement_nothingByName() {
    Statement st =
        Statement.builder()
            .account(Account.builder().currency(EUR).build())
            .currency(EUR)
            .transactions(List.of(tx("2025-01-05", "-200.00", "Vorlatt Anna Keller")))
            .build();
    assertThat(Fixtures.analyze(st).transactions().get(0).exclusion()).isNull();
  }

  @Test
  void bounce_unknownWords_reversalPairAndUnnamedFeeCited() {
    List<Transaction> txs = new ArrayList<>();
    txs.add(tx("2025-03-10", "-61.20", "Sakanen Novurvi Laneslu Kebbo 4411223344"));
    txs.add(tx("2025-03-12", "-18.40", "Zuktavo Brelloq Vantu Mersi"));
    txs.add(tx("2025-03-13", "61.20", "Losneki Sakanen Novurvi Laneslu Sorlu Kislen"));
    txs.add(tx("2025-03-13", "-7.50", "Semis Molorre"));
    txs.add(tx("2025-03-13", "-23.10", "Zuktavo Brelloq Vantu Mersi"));
    AnalysisReport r = Fixtures.analyze(statement("Ola Nordo", "55501234", txs));
    AnalyzedTransaction back = find(r, "Losneki Sakanen Novurvi Laneslu Sorlu Kislen");
    assertThat(back.ruleId()).isEqualTo("analysis.bounce.reversal-pair");
    AnalyzedTransaction fee = find(r, "Semis Molorre");
    assertThat(fee.ruleId()).isEqualTo("analysis.bounce.unnamed-fee-after-return");
    List<String> cited =
        r.riskSignals().stream().flatMap(s -> s.transactionIds().stream()).toList();
    assertThat(cited).contains(back.id(), fee.id());
    // a shop visited again on the day of the return is no fee
    assertThat(
            r.transactions().stream()
                .filter(x -> x.description().startsWith("Zuktavo"))
                .map(AnalyzedTransaction::ruleId))
        .doesNotContain("analysis.bounce.unnamed-fee-after-return");
  }

  @Test
  void recurringAndSalary_textVariesByMonth_oneSeriesAndOnlyTheLargestIsSalary() {
    List<Transaction> txs = new ArrayList<>();
    for (int m = 0; m < 6; m++) {
      String month = "2025-0" + (m + 1);
      String name = MONTHS[m];
      // pay and rent written with the month's (unknown) name, two wordings of the pay
      txs.add(
          tx(
              month + "-25",
              "2950.00",
              m % 2 == 0 ? "Lomen Visun Konnaso " + name : "Losmin Lomen Visun " + name));
      txs.add(tx(month + "-02", "-880.00", "Mekova Nusterti " + name + " Rurunus Voruna"));
      // a benefit on the same rhythm, smaller
      txs.add(tx(month + "-15", "180.00", "Tarvek Bolum Sinna"));
      // the account fee under the month's name alone
      txs.add(tx(month + "-28", "-4.50", "Sonsavos " + name));
      txs.add(tx(month + "-11", "-" + (20 + 7 * m) + ".40", "Zuktavo Brelloq Vantu"));
    }
    AnalysisReport r = Fixtures.analyze(statement("Ola Nordo", "55501234", txs));
    List<RecurringPayment> rec = r.recurring();
    assertThat(rec)
        .anyMatch(
            p ->
                p.count() == 6
                    && p.averageAmount().signum() > 0
                    && p.averageAmount().compareTo(new BigDecimal("2950.00")) == 0);
    assertThat(rec)
        .anyMatch(
            p -> p.count() == 6 && p.averageAmount().compareTo(new BigDecimal("-880.00")) == 0);
    assertThat(rec)
        .anyMatch(p -> p.count() == 6 && p.averageAmount().compareTo(new BigDecimal("-4.50")) == 0);
    List<IncomeSource> salary =
        r.income().sources().stream().filter(s -> s.kind().equals("SALARY")).toList();
    assertThat(salary.stream().mapToInt(s -> s.transactionIds().size()).sum()).isEqualTo(6);
    assertThat(salary).allMatch(s -> s.ruleId().equals("analysis.income.salary-pattern"));
    assertThat(r.income().sources())
        .filteredOn(s -> s.total().compareTo(new BigDecimal("1080.00")) == 0)
        .singleElement()
        .extracting(IncomeSource::kind)
        .isEqualTo("REGULAR");
  }
}
