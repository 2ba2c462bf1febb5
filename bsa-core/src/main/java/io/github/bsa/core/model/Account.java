package io.github.bsa.core.model;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The account a statement belongs to, with whatever the source states about it. Every part is
 * optional. Immutable; {@link #toString()} masks the number and IBAN.
 *
 * @since 0.1
 */
public final class Account {
  private static final Account EMPTY = builder().build();

  private final @Nullable String number;
  private final @Nullable Iban iban;
  private final @Nullable Currency currency;
  private final @Nullable String holder;
  private final @Nullable String bank;
  private final @Nullable String bic;

  private Account(Builder b) {
    this.number = b.number;
    this.iban = b.iban;
    this.currency = b.currency;
    this.holder = b.holder;
    this.bank = b.bank;
    this.bic = b.bic;
  }

  /**
   * Returns an account about which nothing is known.
   *
   * @return the empty account
   */
  public static Account empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this account.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.number = number;
    b.iban = iban;
    b.currency = currency;
    b.holder = holder;
    b.bank = bank;
    b.bic = bic;
    return b;
  }

  /**
   * Returns the account number as written in the source (for MT940 the raw {@code :25:} value).
   *
   * @return the number
   */
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  /**
   * Returns the IBAN, when the source states a valid one.
   *
   * @return the IBAN
   */
  public Optional<Iban> iban() {
    return Optional.ofNullable(iban);
  }

  /**
   * Returns the account currency.
   *
   * @return the currency
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the account holder's name.
   *
   * @return the holder
   */
  public Optional<String> holder() {
    return Optional.ofNullable(holder);
  }

  /**
   * Returns the bank's name or identifier as printed.
   *
   * @return the bank
   */
  public Optional<String> bank() {
    return Optional.ofNullable(bank);
  }

  /**
   * Returns the bank's BIC.
   *
   * @return the BIC
   */
  public Optional<String> bic() {
    return Optional.ofNullable(bic);
  }

  /**
   * Returns a key that identifies the account across statements: the IBAN, else the number, else an
   * empty string.
   *
   * @return the key
   */
  public String key() {
    if (iban != null) {
      return iban.value();
    }
    return number == null ? "" : number;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Account a
        && Objects.equals(number, a.number)
        && Objects.equals(iban, a.iban)
        && Objects.equals(currency, a.currency)
        && Objects.equals(holder, a.holder)
        && Objects.equals(bank, a.bank)
        && Objects.equals(bic, a.bic);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, iban, currency, holder, bank, bic);
  }

  /** Returns a redacted description that is safe to log. */
  @Override
  public String toString() {
    return "Account[iban="
        + (iban == null ? "none" : iban.masked())
        + ", number="
        + (number == null ? "none" : "<masked>")
        + ", currency="
        + currency
        + "]";
  }

  /** Builds an {@link Account}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String number;
    private @Nullable Iban iban;
    private @Nullable Currency currency;
    private @Nullable String holder;
    private @Nullable String bank;
    private @Nullable String bic;

    private Builder() {}

    /**
     * Sets the account number as written.
     *
     * @param value the number, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder number(@Nullable String value) {
      this.number = blankToNull(value);
      return this;
    }

    /**
     * Sets the IBAN.
     *
     * @param value the IBAN, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder iban(@Nullable Iban value) {
      this.iban = value;
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param value the currency, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder currency(@Nullable Currency value) {
      this.currency = value;
      return this;
    }

    /**
     * Sets the holder's name.
     *
     * @param value the name, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder holder(@Nullable String value) {
      this.holder = blankToNull(value);
      return this;
    }

    /**
     * Sets the bank's name.
     *
     * @param value the name, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder bank(@Nullable String value) {
      this.bank = blankToNull(value);
      return this;
    }

    /**
     * Sets the BIC.
     *
     * @param value the BIC, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder bic(@Nullable String value) {
      this.bic = blankToNull(value);
      return this;
    }

    /**
     * Builds the account.
     *
     * @return the account
     */
    public Account build() {
      return new Account(this);
    }
  }

  static @Nullable String blankToNull(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
