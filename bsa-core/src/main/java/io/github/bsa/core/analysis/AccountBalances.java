package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * End-of-day balances of one account for every day from its first statement's start to its last
 * statement's end.
 *
 * @param accountKey the account key ({@code Account.key()}, may be empty)
 * @param source how the balances were derived: {@code OPENING_BALANCE} (opening balance plus
 *     transactions), {@code CLOSING_BALANCE} (closing balance minus transactions), {@code
 *     RUNNING_BALANCE} (from a printed running balance) or {@code NONE}
 * @param days one entry per day, in order; empty when the source is {@code NONE}
 * @param months one entry per calendar month
 * @param averageDaily the mean end-of-day balance, rounded half-even to two decimals
 * @param minimum the lowest end-of-day balance
 * @param minimumDate the first day with that balance
 * @param daysBelowZero the number of days that ended below zero
 * @param closingBalance the closing balance the last statement states, or {@code null}
 * @param verified whether every statement of the account passed its balance check
 * @since 0.1
 */
public record AccountBalances(
    String accountKey,
    String source,
    List<DailyBalance> days,
    List<MonthlyBalance> months,
    @Nullable BigDecimal averageDaily,
    @Nullable BigDecimal minimum,
    @Nullable LocalDate minimumDate,
    int daysBelowZero,
    @Nullable BigDecimal closingBalance,
    boolean verified) {
  /** Validates and copies the values. */
  public AccountBalances {
    requireNonNull(accountKey, "accountKey");
    requireNonNull(source, "source");
    days = List.copyOf(days);
    months = List.copyOf(months);
  }

  /**
   * Returns the balance at the end of the last day.
   *
   * @return the end balance, empty when no balances could be derived
   */
  public Optional<BigDecimal> endBalance() {
    return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1).balance());
  }
}
