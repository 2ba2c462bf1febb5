package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.AccountBalances;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.Income;
import io.github.bsa.core.analysis.LenderSummary;
import io.github.bsa.core.analysis.RiskSignal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The lender summary: income, obligations, balances and risk counts in one record. */
final class LenderSummaryDetector {
  private static final Set<String> OBLIGATIONS =
      Set.of(Categories.LOAN_REPAYMENT, Categories.RENT_MORTGAGE);

  private final List<RiskSignal> signals;

  private LenderSummaryDetector(List<RiskSignal> signals) {
    this.signals = signals;
  }

  /** Returns the lender summary. */
  static LenderSummary detect(
      Prepared p, Income income, List<AccountBalances> balances, List<RiskSignal> signals) {
    return new LenderSummaryDetector(signals)
        .lender(p.included(), income, balances, p.months().size());
  }

  private LenderSummary lender(
      ItemList included, Income income, List<AccountBalances> balances, int months) {
    Items items = included.items();
    BigDecimal obligations = BigDecimal.ZERO;
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < included.size(); k++) {
      int row = included.row(k);
      if (items.sign[row] < 0 && OBLIGATIONS.contains(items.category[row])) {
        obligations = obligations.add(items.tx[row].amount().negate());
        ids.add(items.id[row]);
      }
    }
    BigDecimal ratio =
        income.total().signum() > 0
            ? obligations.divide(income.total(), 4, java.math.RoundingMode.HALF_EVEN)
            : null;
    BigDecimal avgBalance = null;
    int below = 0;
    for (AccountBalances b : balances) {
      if (b.averageDaily() != null) {
        avgBalance = avgBalance == null ? b.averageDaily() : avgBalance.add(b.averageDaily());
      }
      below += b.daysBelowZero();
    }
    int bounced = 0;
    int bounceFees = 0;
    int overdraft = 0;
    for (RiskSignal s : signals) {
      switch (s.type()) {
        case BOUNCED_PAYMENT -> bounced++;
        case BOUNCE_FEE -> bounceFees++;
        case OVERDRAFT_FEE, INSUFFICIENT_FUNDS_FEE -> overdraft++;
        default -> {}
      }
    }
    return new LenderSummary(
        months,
        income.averageMonthly(),
        Money2.divide(obligations, Math.max(1, months), 2),
        ratio,
        avgBalance,
        bounced,
        bounceFees,
        overdraft,
        below,
        ids);
  }
}
