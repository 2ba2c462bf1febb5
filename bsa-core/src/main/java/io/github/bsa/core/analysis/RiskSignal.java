package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One risk signal, with the rule that raised it and the transactions it concerns.
 *
 * @param type the kind of signal
 * @param ruleId the rule that raised it (a category rule id or an {@code analysis.*} detector id)
 * @param accountKey the account, or an empty string when not tied to one
 * @param date the day it concerns, or {@code null}
 * @param amount the amount it concerns (signed), or {@code null}
 * @param detail a short explanation
 * @param transactionIds the transactions it concerns
 * @since 0.1
 */
public record RiskSignal(
    RiskSignalType type,
    String ruleId,
    String accountKey,
    @Nullable LocalDate date,
    @Nullable BigDecimal amount,
    String detail,
    List<String> transactionIds) {
  /** Validates and copies the values. */
  public RiskSignal {
    requireNonNull(type, "type");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(accountKey, "accountKey");
    requireNonNull(detail, "detail");
    transactionIds = List.copyOf(transactionIds);
  }
}
