package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that a report's figures agree with each other: category totals sum to each period's inflow
 * and outflow, months sum to the whole period, the included transactions sum to the net, every
 * listed transaction id exists with the listed category, income sources sum to the income,
 * end-of-day balances run without gaps and, for accounts whose statements all verified, end at the
 * stated closing balance. Used by bsa's own tests over real statements; useful to anyone who
 * post-processes a report. Thread-safe.
 *
 * @since 0.1
 */
public final class ReportConsistency {
  private ReportConsistency() {}

  /**
   * Returns the problems found; an empty list means the report is internally consistent.
   *
   * @param report the report
   * @return readable problem descriptions (without amounts or names)
   */
  public static List<String> check(AnalysisReport report) {
    requireNonNull(report, "report");
    List<String> problems = new ArrayList<>();
    Map<String, AnalyzedTransaction> byId = new HashMap<>();
    BigDecimal includedSum = BigDecimal.ZERO;
    int included = 0;
    for (AnalyzedTransaction t : report.transactions()) {
      if (t.isIncluded()) {
        byId.putIfAbsent(t.id(), t);
        includedSum = includedSum.add(t.amount());
        included++;
      }
    }
    CashFlow cf = report.cashFlow();
    CashFlowPeriod total = cf.total();
    if (total == null) {
      if (included > 0) {
        problems.add("cash flow has no total although transactions are included");
      }
    } else {
      period(total, byId, problems);
      if (total.net().compareTo(includedSum) != 0) {
        problems.add("total net differs from the sum of included transactions");
      }
      int count = total.categories().stream().mapToInt(CategoryTotal::count).sum();
      if (count != included) {
        problems.add("category counts do not add up to the included transactions");
      }
      BigDecimal in = BigDecimal.ZERO;
      BigDecimal out = BigDecimal.ZERO;
      for (CashFlowPeriod m : cf.months()) {
        period(m, byId, problems);
        in = in.add(m.inflow());
        out = out.add(m.outflow());
      }
      if (in.compareTo(total.inflow()) != 0 || out.compareTo(total.outflow()) != 0) {
        problems.add("monthly inflow/outflow do not sum to the total");
      }
    }
    BigDecimal sources = BigDecimal.ZERO;
    for (IncomeSource s : report.income().sources()) {
      sources = sources.add(s.total());
    }
    if (sources.compareTo(report.income().total()) != 0) {
      problems.add("income sources do not sum to total income");
    }
    for (AccountBalances b : report.balances()) {
      List<DailyBalance> days = b.days();
      for (int i = 1; i < days.size(); i++) {
        if (!days.get(i).date().equals(days.get(i - 1).date().plusDays(1))) {
          problems.add("daily balances of an account skip a day at index " + i);
          break;
        }
      }
      BigDecimal closing = b.closingBalance();
      if (b.verified() && closing != null && !days.isEmpty()) {
        BigDecimal end = days.get(days.size() - 1).balance();
        if (end.compareTo(closing) != 0) {
          problems.add("end-of-day balances do not end at the closing balance");
        }
      }
    }
    return List.copyOf(problems);
  }

  private static void period(
      CashFlowPeriod p, Map<String, AnalyzedTransaction> byId, List<String> problems) {
    BigDecimal in = BigDecimal.ZERO;
    BigDecimal out = BigDecimal.ZERO;
    for (CategoryTotal t : p.categories()) {
      in = in.add(t.inflow());
      out = out.add(t.outflow());
      if (t.inflow().add(t.outflow()).compareTo(t.net()) != 0) {
        problems.add("category net is not inflow plus outflow in " + p.label());
      }
      if (t.transactionIds().size() != t.count()) {
        problems.add("category count differs from its transaction ids in " + p.label());
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (String id : t.transactionIds()) {
        AnalyzedTransaction tx = byId.get(id);
        if (tx == null || !tx.category().equals(t.category())) {
          problems.add(
              "category lists an unknown or differently categorised transaction in " + p.label());
          return;
        }
        sum = sum.add(tx.amount());
      }
      if (sum.compareTo(t.net()) != 0) {
        problems.add("category net differs from its transactions in " + p.label());
      }
    }
    if (in.compareTo(p.inflow()) != 0 || out.compareTo(p.outflow()) != 0) {
      problems.add("category totals do not sum to inflow/outflow in " + p.label());
    }
    if (p.inflow().add(p.outflow()).compareTo(p.net()) != 0) {
      problems.add("net is not inflow plus outflow in " + p.label());
    }
  }
}
