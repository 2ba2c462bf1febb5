package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * Income over the period. Income is every inflow in the cash flow except refunds, returned payments
 * and own-account transfers.
 *
 * @param sources income per payer, salary first, then by total descending
 * @param total all income
 * @param salaryTotal income of kind {@code SALARY}
 * @param averageMonthly total divided by the number of months of the period
 * @param months the number of calendar months of the period
 * @param transactionIds every income transaction, in date order
 * @since 0.1
 */
public record Income(
    List<IncomeSource> sources,
    BigDecimal total,
    BigDecimal salaryTotal,
    BigDecimal averageMonthly,
    int months,
    List<String> transactionIds) {
  /** Validates and copies the values. */
  public Income {
    sources = List.copyOf(sources);
    requireNonNull(total, "total");
    requireNonNull(salaryTotal, "salaryTotal");
    requireNonNull(averageMonthly, "averageMonthly");
    transactionIds = List.copyOf(transactionIds);
  }
}
