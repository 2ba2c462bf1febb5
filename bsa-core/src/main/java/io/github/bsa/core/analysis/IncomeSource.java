package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Income from one payer.
 *
 * @param payer the normalised payer name
 * @param kind {@code SALARY} (salary category or a regular payroll-like series), {@code REGULAR}
 *     (another recurring inflow) or {@code OTHER}
 * @param cadence the period when the payments recur, else {@code null}
 * @param count the number of payments
 * @param total their sum
 * @param average their mean, rounded half-even to two decimals
 * @param lastDate the last payment
 * @param variability the coefficient of variation of the amounts (standard deviation / mean), four
 *     decimals; 0 for a single payment
 * @param ruleId the rule that classified the source
 * @param transactionIds the payments, in date order
 * @since 0.1
 */
public record IncomeSource(
    String payer,
    String kind,
    @Nullable Cadence cadence,
    int count,
    BigDecimal total,
    BigDecimal average,
    LocalDate lastDate,
    BigDecimal variability,
    String ruleId,
    List<String> transactionIds) {
  /** Validates and copies the values. */
  public IncomeSource {
    requireNonNull(payer, "payer");
    requireNonNull(kind, "kind");
    requireNonNull(total, "total");
    requireNonNull(average, "average");
    requireNonNull(lastDate, "lastDate");
    requireNonNull(variability, "variability");
    requireNonNull(ruleId, "ruleId");
    transactionIds = List.copyOf(transactionIds);
  }

  /**
   * Returns the cadence as an optional.
   *
   * @return the cadence
   */
  public Optional<Cadence> optionalCadence() {
    return Optional.ofNullable(cadence);
  }
}
