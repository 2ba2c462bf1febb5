package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount in one currency. The scale is normalised to at least the currency's minor units, and
 * trailing zeros beyond them are dropped, so {@code 1.5 EUR} equals {@code 1.50 EUR}. Immutable.
 *
 * @param amount the signed amount
 * @param currency the currency
 * @since 0.1
 */
public record Money(BigDecimal amount, Currency currency) {
  /** Normalises the scale. */
  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    amount = normalize(amount, currency);
  }

  /**
   * Returns money from a decimal string and an ISO 4217 code.
   *
   * @param amount a plain decimal such as {@code "-12.30"}
   * @param currencyCode a code such as {@code "EUR"}
   * @return the money
   * @throws NumberFormatException if the amount is not a decimal
   * @throws IllegalArgumentException if the code is not a currency
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /**
   * Returns money of zero.
   *
   * @param currency the currency
   * @return zero in that currency
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Returns the sum.
   *
   * @param other money in the same currency
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Returns the difference.
   *
   * @param other money in the same currency
   * @return this minus other
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Returns the negation.
   *
   * @return minus this
   */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Returns whether the amount is below zero.
   *
   * @return whether negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currencies differ");
    }
  }

  private static BigDecimal normalize(BigDecimal amount, Currency currency) {
    int minor = Math.max(currency.getDefaultFractionDigits(), 0);
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.setScale(Math.max(minor, stripped.scale()));
  }
}
