package io.github.bsa.core.internal.analysis;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AccountBalances;
import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.DailyBalance;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Risk signals: fees, returned payments, cash, gambling, duplicates, large items, balances. */
final class RiskDetector {
  private final List<Statement> statements;
  private final boolean[] primary;
  private final AnalysisOptions options;
  private final Medians.Memo medians;
  private final List<RiskSignal> signals = new ArrayList<>();

  private RiskDetector(Prepared p) {
    this.statements = p.statements();
    this.primary = p.primary();
    this.options = p.options();
    this.medians = p.medians();
  }

  /** Returns the risk signals (those of input preparation not included). */
  static List<RiskSignal> detect(
      Prepared p, List<RecurringPayment> recurring, List<AccountBalances> balances) {
    RiskDetector d = new RiskDetector(p);
    d.risk(p.included(), recurring, balances);
    return d.signals;
  }

  private void risk(
      ItemList included, List<RecurringPayment> recurring, List<AccountBalances> balances) {
    Items items = included.items();
    for (int k = 0; k < included.size(); k++) {
      int row = included.row(k);
      RiskSignalType type = null;
      String detail = "";
      switch (items.ruleId[row]) {
        case "default.fees.bounce", Returns.FEE_AFTER_RETURN, Returns.UNNAMED_FEE_AFTER_RETURN -> {
          type = RiskSignalType.BOUNCE_FEE;
          detail = "Fee for a returned or bounced payment";
        }
        case "default.fees.overdraft" -> {
          type = RiskSignalType.OVERDRAFT_FEE;
          detail = "Overdraft fee or interest";
        }
        case "default.fees.nsf" -> {
          type = RiskSignalType.INSUFFICIENT_FUNDS_FEE;
          detail = "Insufficient-funds fee";
        }
        default -> {
          switch (items.category[row]) {
            case Categories.RETURNED_PAYMENTS -> {
              type = RiskSignalType.BOUNCED_PAYMENT;
              detail = "A payment was returned unpaid";
            }
            case Categories.LOAN_REPAYMENT -> {
              type = RiskSignalType.LOAN_PAYMENT;
              detail = "Loan or instalment repayment";
            }
            case Categories.CASH_DEPOSIT -> {
              type = RiskSignalType.CASH_DEPOSIT;
              detail = "Cash paid in";
            }
            case Categories.CASH_WITHDRAWAL -> {
              type = RiskSignalType.CASH_WITHDRAWAL;
              detail = "Cash taken out";
            }
            case Categories.GAMBLING -> {
              type = RiskSignalType.GAMBLING;
              detail = "Betting, casino or lottery";
            }
            default -> {}
          }
        }
      }
      if (type != null) {
        Item i = items.item(row);
        signals.add(
            new RiskSignal(
                type, i.ruleId(), i.accountKey(), i.date(), i.amount(), detail, List.of(i.id())));
      }
    }
    new SuspectedDuplicates(signals).find(included);
    large(included, recurring);
    statementSignals();
    for (AccountBalances b : balances) {
      LocalDate runStart = null;
      BigDecimal runMin = null;
      int runDays = 0;
      List<DailyBalance> days = b.days();
      for (int k = 0; k <= days.size(); k++) {
        DailyBalance d = k < days.size() ? days.get(k) : null;
        if (d != null && d.balance().signum() < 0) {
          if (runStart == null) {
            runStart = d.date();
            runMin = d.balance();
            runDays = 0;
          }
          runDays++;
          if (d.balance().compareTo(requireNonNull(runMin)) < 0) {
            runMin = d.balance();
          }
        } else if (runStart != null) {
          signals.add(
              new RiskSignal(
                  RiskSignalType.NEGATIVE_BALANCE,
                  "analysis.balance.negative",
                  b.accountKey(),
                  runStart,
                  runMin,
                  runDays + " day(s) ended below zero; the amount is the lowest balance",
                  List.of()));
          runStart = null;
        }
      }
    }
  }

  private void large(ItemList included, List<RecurringPayment> recurring) {
    Items items = included.items();
    Set<String> inSeries = new HashSet<>();
    recurring.forEach(p -> inSeries.addAll(p.transactionIds()));
    for (int sign : new int[] {1, -1}) {
      BigDecimal median = medians.absMedian(included, sign, 5);
      BigDecimal bound = median == null ? null : median.multiply(options.largeMultiple());
      BigDecimal threshold = options.largeThreshold().orElse(null);
      // the lowest amount that can be large: most items are below it, compared on longs
      BigDecimal low = threshold;
      if (bound != null && bound.signum() > 0 && (low == null || bound.compareTo(low) < 0)) {
        low = bound;
      }
      if (low == null) {
        continue;
      }
      long lowE4 = Amounts.e4(low.setScale(4, java.math.RoundingMode.CEILING));
      for (int k = 0; k < included.size(); k++) {
        int row = included.row(k);
        if (items.sign[row] != sign) {
          continue;
        }
        if (items.exact[row] && lowE4 != Amounts.INEXACT && Math.abs(items.e4[row]) < lowE4) {
          continue;
        }
        Item i = items.item(row);
        if (inSeries.contains(i.id()) || Categories.SALARY.equals(i.category())) {
          continue;
        }
        BigDecimal a = i.abs();
        String rule = null;
        String detail = "";
        if (threshold != null && a.compareTo(threshold) >= 0) {
          rule = "analysis.large.threshold";
          detail = "At or above the configured large-transaction threshold";
        } else if (bound != null && bound.signum() > 0 && a.compareTo(bound) >= 0) {
          rule = "analysis.large.median";
          detail =
              "At least "
                  + options.largeMultiple().toPlainString()
                  + " times the median "
                  + (sign > 0 ? "inflow" : "outflow");
        }
        if (rule != null) {
          signals.add(
              new RiskSignal(
                  RiskSignalType.LARGE_TRANSACTION,
                  rule,
                  i.accountKey(),
                  i.date(),
                  i.amount(),
                  detail,
                  List.of(i.id())));
        }
      }
    }
  }

  private void statementSignals() {
    Map<String, List<Statement>> byAccount = new TreeMap<>();
    for (int s = 0; s < statements.size(); s++) {
      Statement st = statements.get(s);
      if (!primary[s]) {
        continue;
      }
      byAccount.computeIfAbsent(st.account().key(), k -> new ArrayList<>()).add(st);
      BalanceCheck c = st.balanceCheck();
      if (c.status() == BalanceCheck.Status.DISCREPANCY) {
        BigDecimal diff =
            c.expected().isPresent() && c.actual().isPresent()
                ? c.actual().get().subtract(c.expected().get())
                : null;
        signals.add(
            new RiskSignal(
                RiskSignalType.BALANCE_DISCREPANCY,
                "analysis.balance.statement",
                st.account().key(),
                st.period().map(DateRange::to).orElse(null),
                diff,
                "Statement "
                    + (s + 1)
                    + " does not add up ("
                    + c.reason()
                    + "); the amount is computed minus stated",
                List.of()));
      }
    }
    for (Map.Entry<String, List<Statement>> e : byAccount.entrySet()) {
      List<Statement> list = new ArrayList<>(e.getValue());
      list.removeIf(st -> st.period().isEmpty());
      list.sort(Comparator.comparing(st -> st.period().orElseThrow().from()));
      for (int k = 1; k < list.size(); k++) {
        Statement prev = list.get(k - 1);
        Statement next = list.get(k);
        LocalDate prevEnd = prev.period().orElseThrow().to();
        LocalDate nextStart = next.period().orElseThrow().from();
        long gap = ChronoUnit.DAYS.between(prevEnd, nextStart) - 1;
        if (gap > 0) {
          signals.add(
              new RiskSignal(
                  RiskSignalType.STATEMENT_GAP,
                  "analysis.statement.gap",
                  e.getKey(),
                  prevEnd.plusDays(1),
                  null,
                  gap + " day(s) between two statements are not covered",
                  List.of()));
        }
        if (gap >= 0
            && prev.closingBalance().isPresent()
            && next.openingBalance().isPresent()
            && prev.closingBalance().get().compareTo(next.openingBalance().get()) != 0) {
          signals.add(
              new RiskSignal(
                  RiskSignalType.BALANCE_DISCREPANCY,
                  "analysis.balance.continuity",
                  e.getKey(),
                  nextStart,
                  next.openingBalance().get().subtract(prev.closingBalance().get()),
                  "The opening balance differs from the previous statement's closing balance",
                  List.of()));
        }
      }
    }
  }
}
