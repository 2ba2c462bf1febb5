package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cash flow for the whole period and per calendar month, with the largest inflows and outflows.
 *
 * @param total the whole period, or {@code null} when there are no dated transactions
 * @param months one entry per calendar month from the first to the last, empty months included
 * @param largestInflows the largest positive transactions, largest first
 * @param largestOutflows the largest negative transactions, largest first
 * @param ownTransfersIn the sum of own-account transfers received (not in the cash flow)
 * @param ownTransfersOut the sum of own-account transfers sent (not in the cash flow)
 * @since 0.1
 */
public record CashFlow(
    @Nullable CashFlowPeriod total,
    List<CashFlowPeriod> months,
    List<AnalyzedTransaction> largestInflows,
    List<AnalyzedTransaction> largestOutflows,
    BigDecimal ownTransfersIn,
    BigDecimal ownTransfersOut) {
  /** Validates and copies the values. */
  public CashFlow {
    months = List.copyOf(months);
    largestInflows = List.copyOf(largestInflows);
    largestOutflows = List.copyOf(largestOutflows);
    requireNonNull(ownTransfersIn, "ownTransfersIn");
    requireNonNull(ownTransfersOut, "ownTransfersOut");
  }

  /**
   * Returns the whole-period figures.
   *
   * @return the total, empty when nothing is dated
   */
  public Optional<CashFlowPeriod> optionalTotal() {
    return Optional.ofNullable(total);
  }
}
