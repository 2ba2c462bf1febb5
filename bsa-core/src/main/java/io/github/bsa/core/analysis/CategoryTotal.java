package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money in and out of one category over a period.
 *
 * @param category the category id
 * @param inflow the sum of positive amounts
 * @param outflow the sum of negative amounts (zero or negative)
 * @param net inflow plus outflow
 * @param count the number of transactions
 * @param transactionIds the ids of those transactions, in date order
 * @since 0.1
 */
public record CategoryTotal(
    String category,
    BigDecimal inflow,
    BigDecimal outflow,
    BigDecimal net,
    int count,
    List<String> transactionIds) {
  /** Validates and copies the values. */
  public CategoryTotal {
    requireNonNull(category, "category");
    requireNonNull(inflow, "inflow");
    requireNonNull(outflow, "outflow");
    requireNonNull(net, "net");
    transactionIds = List.copyOf(transactionIds);
  }
}
