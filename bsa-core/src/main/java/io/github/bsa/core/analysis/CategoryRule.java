package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A user rule that puts matching transactions into a category. Every condition that is set must
 * hold: {@code text} (any of the words or phrases occurs in the description or counterparty,
 * ignoring case and accents), {@code counterparty} (any occurs in the counterparty name), {@code
 * iban} (the counterparty account equals it, ignoring spaces and case), {@code minAmount} and
 * {@code maxAmount} (bounds on the absolute amount, inclusive) and {@code direction}. User rules
 * are tried in order before the default rules; the first that matches wins. Immutable.
 *
 * @param id a stable id recorded on every transaction the rule categorises
 * @param category the category id to assign
 * @param text words or phrases of which one must occur in the text; empty for no condition
 * @param counterparty words or phrases of which one must occur in the counterparty
 * @param iban the counterparty account, or {@code null}
 * @param minAmount the smallest absolute amount, or {@code null}
 * @param maxAmount the largest absolute amount, or {@code null}
 * @param direction the direction of money
 * @since 0.1
 */
public record CategoryRule(
    String id,
    String category,
    List<String> text,
    List<String> counterparty,
    @Nullable String iban,
    @Nullable BigDecimal minAmount,
    @Nullable BigDecimal maxAmount,
    Direction direction) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

  /**
   * Validates the rule.
   *
   * @throws IllegalArgumentException if an id is malformed, the amount bounds are reversed, or no
   *     condition is set
   */
  public CategoryRule {
    requireNonNull(id, "id");
    requireNonNull(category, "category");
    requireNonNull(direction, "direction");
    text = List.copyOf(text);
    counterparty = List.copyOf(counterparty);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must match " + ID.pattern());
    }
    if (!ID.matcher(category).matches()) {
      throw new IllegalArgumentException("category must match " + ID.pattern());
    }
    if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
      throw new IllegalArgumentException("minAmount is greater than maxAmount");
    }
    if (text.isEmpty()
        && counterparty.isEmpty()
        && iban == null
        && minAmount == null
        && maxAmount == null
        && direction == Direction.ANY) {
      throw new IllegalArgumentException("a rule needs at least one condition");
    }
  }

  /**
   * Returns a rule that matches text only.
   *
   * @param id the rule id
   * @param category the category id
   * @param words words or phrases of which one must occur
   * @return the rule
   */
  public static CategoryRule ofText(String id, String category, String... words) {
    return new CategoryRule(
        id, category, List.of(words), List.of(), null, null, null, Direction.ANY);
  }

  /**
   * Returns a copy with a direction condition.
   *
   * @param value the direction
   * @return the copy
   */
  public CategoryRule withDirection(Direction value) {
    return new CategoryRule(id, category, text, counterparty, iban, minAmount, maxAmount, value);
  }

  /**
   * Returns a copy with amount bounds.
   *
   * @param min the smallest absolute amount, or {@code null}
   * @param max the largest absolute amount, or {@code null}
   * @return the copy
   */
  public CategoryRule withAmountRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {
    return new CategoryRule(id, category, text, counterparty, iban, min, max, direction);
  }

  /**
   * Returns a copy with a counterparty account condition.
   *
   * @param value the IBAN or account number, or {@code null}
   * @return the copy
   */
  public CategoryRule withIban(@Nullable String value) {
    return new CategoryRule(
        id, category, text, counterparty, value, minAmount, maxAmount, direction);
  }

  /**
   * Returns the counterparty account condition.
   *
   * @return the account
   */
  public Optional<String> ibanCondition() {
    return Optional.ofNullable(iban);
  }
}
