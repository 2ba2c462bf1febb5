package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A series of payments to or from one counterparty with similar amounts at a regular period.
 *
 * @param id a stable id: {@code direction:counterpartyKey:cadence}, lower case
 * @param counterparty the normalised counterparty name
 * @param direction {@link Direction#IN} or {@link Direction#OUT}
 * @param category the most frequent category of the members
 * @param cadence the period
 * @param count the number of payments
 * @param averageAmount the mean signed amount, rounded half-even to the amounts' scale
 * @param minAmount the smallest absolute amount, signed like the series
 * @param maxAmount the largest absolute amount, signed like the series
 * @param firstDate the first payment
 * @param lastDate the last payment
 * @param nextExpectedDate the last payment plus one period
 * @param active whether the reference date is not later than the next expected date plus the
 *     cadence's tolerance
 * @param subscription whether the series looks like a subscription: money out, fixed amount (within
 *     5%), and a subscription-like category
 * @param transactionIds the member transactions, in date order
 * @since 0.1
 */
public record RecurringPayment(
    String id,
    String counterparty,
    Direction direction,
    String category,
    Cadence cadence,
    int count,
    BigDecimal averageAmount,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    LocalDate firstDate,
    LocalDate lastDate,
    LocalDate nextExpectedDate,
    boolean active,
    boolean subscription,
    List<String> transactionIds) {
  /** Validates and copies the values. */
  public RecurringPayment {
    requireNonNull(id, "id");
    requireNonNull(counterparty, "counterparty");
    requireNonNull(direction, "direction");
    requireNonNull(category, "category");
    requireNonNull(cadence, "cadence");
    requireNonNull(averageAmount, "averageAmount");
    requireNonNull(minAmount, "minAmount");
    requireNonNull(maxAmount, "maxAmount");
    requireNonNull(firstDate, "firstDate");
    requireNonNull(lastDate, "lastDate");
    requireNonNull(nextExpectedDate, "nextExpectedDate");
    transactionIds = List.copyOf(transactionIds);
  }
}
