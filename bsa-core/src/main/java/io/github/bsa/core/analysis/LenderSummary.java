package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The figures a lender asks for first, in one place. Obligations are loan repayments and rent or
 * mortgage payments.
 *
 * @param months the number of calendar months of the period
 * @param averageMonthlyIncome {@link Income#averageMonthly()}
 * @param averageMonthlyObligations obligations divided by months, two decimals, positive
 * @param obligationsToIncomeRatio obligations divided by income, four decimals; {@code null} when
 *     there is no income
 * @param averageBalance the mean end-of-day balance over all accounts, or {@code null}
 * @param bouncedPayments the number of bounced payments
 * @param bounceFees the number of bounce fees
 * @param overdraftFees the number of overdraft and insufficient-funds fees
 * @param daysBelowZero the days any account ended below zero
 * @param obligationTransactionIds the obligation payments
 * @since 0.1
 */
public record LenderSummary(
    int months,
    BigDecimal averageMonthlyIncome,
    BigDecimal averageMonthlyObligations,
    @Nullable BigDecimal obligationsToIncomeRatio,
    @Nullable BigDecimal averageBalance,
    int bouncedPayments,
    int bounceFees,
    int overdraftFees,
    int daysBelowZero,
    List<String> obligationTransactionIds) {
  /** Validates and copies the values. */
  public LenderSummary {
    requireNonNull(averageMonthlyIncome, "averageMonthlyIncome");
    requireNonNull(averageMonthlyObligations, "averageMonthlyObligations");
    obligationTransactionIds = List.copyOf(obligationTransactionIds);
  }

  /**
   * Returns the ratio as an optional.
   *
   * @return the obligations-to-income ratio
   */
  public Optional<BigDecimal> optionalRatio() {
    return Optional.ofNullable(obligationsToIncomeRatio);
  }
}
