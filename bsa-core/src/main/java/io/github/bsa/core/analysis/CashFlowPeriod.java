package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Money in and out over one month or the whole period, by category. Own-account transfers and
 * definite duplicates are not counted; the category totals sum to the inflow and outflow.
 *
 * @param label {@code yyyy-MM} for a month, {@code total} for the whole period
 * @param from the first day
 * @param to the last day
 * @param inflow the sum of positive amounts
 * @param outflow the sum of negative amounts (zero or negative)
 * @param net inflow plus outflow
 * @param inflowCount the number of positive transactions
 * @param outflowCount the number of negative transactions
 * @param categories totals per category, in {@link Categories#defaults()} order then by id
 * @since 0.1
 */
public record CashFlowPeriod(
    String label,
    LocalDate from,
    LocalDate to,
    BigDecimal inflow,
    BigDecimal outflow,
    BigDecimal net,
    int inflowCount,
    int outflowCount,
    List<CategoryTotal> categories) {
  /** Validates and copies the values. */
  public CashFlowPeriod {
    requireNonNull(label, "label");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(inflow, "inflow");
    requireNonNull(outflow, "outflow");
    requireNonNull(net, "net");
    categories = List.copyOf(categories);
  }
}
