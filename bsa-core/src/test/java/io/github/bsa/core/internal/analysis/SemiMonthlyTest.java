package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.Cadence;
import io.github.bsa.core.analysis.Direction;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.model.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pay twice a month around fixed days (ADR 0540): the 15th and the last business day, or the 1st
 * and the 15th, moved to the business day before a weekend. Two monthly series, one per half of the
 * month, whose monthly amounts add up to the month's pay; the salary source holds all of them.
 * Debits twice a month are left alone. Invented employers.
 */
final class SemiMonthlyTest {
  private static AnalysisReport analyze(List<Transaction> txs) {
    return OneAccount.analyze(txs, "2025-01-01", "2025-04-30");
  }

  /** The business day on or before a date. */
  private static LocalDate business(LocalDate d) {
    LocalDate x = d;
    while (x.getDayOfWeek().getValue() > 5) {
      x = x.minusDays(1);
    }
    return x;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "PAYROLL DEP Maple Ridge Dental",
        "Nómina quincenal Ferretería Los Olivos",
        "GAJI Karya Nusantara",
        "Sahod Bayanihan Foods",
      })
  void fifteenthAndMonthEnd_twoMonthlySeriesOfOneSalary(String employer) {
    List<Transaction> txs = new ArrayList<>();
    for (int m = 1; m <= 4; m++) {
      LocalDate mid = business(LocalDate.of(2025, m, 15));
      LocalDate end = business(LocalDate.of(2025, m, 1).plusMonths(1).minusDays(1));
      txs.add(DetectorsTest.tx(mid.toString(), "1375.00", employer));
      txs.add(DetectorsTest.tx(end.toString(), "1375.00", employer));
    }
    txs.add(DetectorsTest.tx("2025-02-03", "-850.00", "Rent Oakwood Flats"));
    AnalysisReport r = analyze(txs);
    List<RecurringPayment> pay =
        r.recurring().stream().filter(p -> p.direction() == Direction.IN).toList();
    assertThat(pay).hasSize(2);
    assertThat(pay).allSatisfy(p -> assertThat(p.cadence()).isEqualTo(Cadence.MONTHLY));
    assertThat(pay).allSatisfy(p -> assertThat(p.count()).isEqualTo(4));
    assertThat(pay.get(0).id()).isNotEqualTo(pay.get(1).id());
    // every pay day in one series or the other, none twice
    List<String> ids = new ArrayList<>();
    pay.forEach(p -> ids.addAll(p.transactionIds()));
    assertThat(ids).hasSize(8).doesNotHaveDuplicates();
  }

  @Test
  void firstAndFifteenth_firstMovedToThePreviousMonthEnd_twoMonthlySeries() {
    List<Transaction> txs = new ArrayList<>();
    for (int m = 1; m <= 4; m++) {
      txs.add(DetectorsTest.tx(business(LocalDate.of(2025, m, 1)).toString(), "990.00", "Salary"));
      txs.add(DetectorsTest.tx(business(LocalDate.of(2025, m, 15)).toString(), "990.00", "Salary"));
    }
    AnalysisReport r = analyze(txs);
    assertThat(r.recurring()).hasSize(2);
    List<IncomeSource> salary =
        r.income().sources().stream().filter(s -> s.kind().equals("SALARY")).toList();
    assertThat(salary).isNotEmpty();
    assertThat(salary.stream().mapToInt(s -> s.transactionIds().size()).sum()).isEqualTo(8);
  }

  @Test
  void debitsTwiceAMonth_notSplit() {
    List<Transaction> txs = new ArrayList<>();
    for (int m = 1; m <= 4; m++) {
      txs.add(DetectorsTest.tx(LocalDate.of(2025, m, 14).toString(), "-64.30", "Fresh Basket"));
      txs.add(DetectorsTest.tx(LocalDate.of(2025, m, 28).toString(), "-71.90", "Fresh Basket"));
    }
    AnalysisReport r = analyze(txs);
    assertThat(r.recurring()).noneMatch(p -> p.counterparty().contains("Fresh"));
  }
}
