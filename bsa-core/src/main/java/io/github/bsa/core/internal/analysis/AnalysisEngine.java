package io.github.bsa.core.internal.analysis;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AccountBalances;
import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.CashFlow;
import io.github.bsa.core.analysis.Income;
import io.github.bsa.core.analysis.LenderSummary;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the detectors over a list of statements and assembles the {@link AnalysisReport}: input
 * preparation, then cash flow, recurring payments, income, balances, risk and the lender summary,
 * each a package-private detector that returns its part of the report. The detectors and their
 * rules are described in docs/analysis.md. Stateless; each call works on its own data.
 */
public final class AnalysisEngine {
  /**
   * By type, date (undated first), account key, first transaction id ("" when none) and detail;
   * written out, as the signals can be as many as the transactions.
   */
  private static final Comparator<RiskSignal> SIGNAL_ORDER = AnalysisEngine::compareSignals;

  private AnalysisEngine() {}

  /**
   * Analyses statements.
   *
   * @param statements the statements, of one or more accounts
   * @param options the options
   * @return the report
   */
  public static AnalysisReport analyze(List<Statement> statements, AnalysisOptions options) {
    requireNonNull(statements, "statements");
    requireNonNull(options, "options");
    Prepared p = new InputPreparation(List.copyOf(statements), options).prepare();
    // recurring first: a card merchant charged the same amount each month becomes a subscription
    // (analysis.subscription.card-monthly) before the cash flow sums the categories
    List<RecurringPayment> recurring = RecurringDetector.detect(p);
    CashFlow cashFlow = CashFlowDetector.detect(p);
    Income income = IncomeDetector.detect(p, recurring);
    List<AccountBalances> balances = BalanceDetector.detect(p);
    List<RiskSignal> signals = new ArrayList<>(p.signals());
    signals.addAll(RiskDetector.detect(p, recurring, balances));
    LenderSummary lender = LenderSummaryDetector.detect(p, income, balances, signals);
    signals.sort(SIGNAL_ORDER);
    return AnalysisReport.builder()
        .currency(p.currency())
        .period(p.period())
        .referenceDate(p.reference())
        .statementCount(p.statements().size())
        .transactions(TransactionViews.of(p.byDate()))
        .cashFlow(cashFlow)
        .recurring(recurring)
        .income(income)
        .balances(balances)
        .riskSignals(signals)
        .lenderSummary(lender)
        .warnings(p.warnings())
        .build();
  }

  private static int compareSignals(RiskSignal a, RiskSignal b) {
    int c = a.type().compareTo(b.type());
    if (c != 0) {
      return c;
    }
    LocalDate da = a.date();
    LocalDate db = b.date();
    if (da == null) {
      if (db != null) {
        return -1;
      }
    } else if (db == null) {
      return 1;
    } else {
      c = da.compareTo(db);
      if (c != 0) {
        return c;
      }
    }
    c = a.accountKey().compareTo(b.accountKey());
    if (c != 0) {
      return c;
    }
    c = firstId(a).compareTo(firstId(b));
    return c != 0 ? c : a.detail().compareTo(b.detail());
  }

  private static String firstId(RiskSignal s) {
    return s.transactionIds().isEmpty() ? "" : s.transactionIds().get(0);
  }
}
