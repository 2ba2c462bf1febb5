package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One input transaction as the analysis saw it: its category and the rule that chose it, the
 * normalised counterparty, and why it was left out of the cash flow, if it was.
 *
 * @param id the transaction id
 * @param accountKey the key of the account ({@code Account.key()})
 * @param date the booking date, else the value date; {@code null} when the source has neither
 * @param amount the signed amount
 * @param description the description as parsed
 * @param counterparty the normalised counterparty name for display (may be empty)
 * @param counterpartyKey the normalised counterparty key used for grouping (may be empty)
 * @param category the category id
 * @param ruleId the id of the rule that chose the category
 * @param exclusion why the transaction is not in the cash flow ({@code OWN_TRANSFER}, {@code
 *     DUPLICATE}, {@code UNDATED}, {@code OTHER_CURRENCY}), or {@code null} when it is included
 * @since 0.1
 */
public record AnalyzedTransaction(
    String id,
    String accountKey,
    @Nullable LocalDate date,
    BigDecimal amount,
    String description,
    String counterparty,
    String counterpartyKey,
    String category,
    String ruleId,
    @Nullable String exclusion) {
  /** Validates the values. */
  public AnalyzedTransaction {
    requireNonNull(id, "id");
    requireNonNull(accountKey, "accountKey");
    requireNonNull(amount, "amount");
    requireNonNull(description, "description");
    requireNonNull(counterparty, "counterparty");
    requireNonNull(counterpartyKey, "counterpartyKey");
    requireNonNull(category, "category");
    requireNonNull(ruleId, "ruleId");
  }

  /**
   * Returns whether the transaction counts in the cash flow.
   *
   * @return whether included
   */
  public boolean isIncluded() {
    return exclusion == null;
  }

  /**
   * Returns the date as an optional.
   *
   * @return the date
   */
  public Optional<LocalDate> optionalDate() {
    return Optional.ofNullable(date);
  }
}
