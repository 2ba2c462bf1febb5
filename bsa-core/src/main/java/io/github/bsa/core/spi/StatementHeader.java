package io.github.bsa.core.spi;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.StatementKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a parser states about a statement, apart from its transactions: account, stated period,
 * currency, balances, statement-level text, warnings and format-specific attributes. A parser
 * passes one to {@link StatementSink#beginStatement} (what is known before the first transaction,
 * at least the account) and one to {@link StatementSink#endStatement} (everything, including the
 * closing fields such as the closing balance).
 *
 * <p>A header holds no transactions, no balance check and no derived period: the sink attaches the
 * transactions it received, derives the period from their dates when none is stated, and computes
 * the balance check, once. Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class StatementHeader {
  private final @Nullable String id;
  private final Account account;
  private final @Nullable DateRange period;
  private final @Nullable Currency currency;
  private final @Nullable BigDecimal openingBalance;
  private final @Nullable BigDecimal closingBalance;
  private final @Nullable BigDecimal availableBalance;
  private final @Nullable String information;
  private final StatementKind kind;
  private final List<ParseWarning> warnings;
  private final Map<String, String> attributes;

  private StatementHeader(Builder b) {
    this.id = b.id;
    this.account = b.account;
    this.period = b.period;
    this.currency = b.currency;
    this.openingBalance = b.openingBalance;
    this.closingBalance = b.closingBalance;
    this.availableBalance = b.availableBalance;
    this.information = b.information;
    this.kind = b.kind;
    this.warnings = List.copyOf(b.warnings);
    this.attributes =
        b.attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(b.attributes));
  }

  /**
   * Returns a header that states only the account.
   *
   * @param account the account
   * @return the header
   */
  public static StatementHeader of(Account account) {
    return builder().account(account).build();
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
   * Returns a builder initialised with this header.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.account = account;
    b.period = period;
    b.currency = currency;
    b.openingBalance = openingBalance;
    b.closingBalance = closingBalance;
    b.availableBalance = availableBalance;
    b.information = information;
    b.kind = kind;
    b.warnings.addAll(warnings);
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * Returns the statement's identifier in the source.
   *
   * @return the id
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the account.
   *
   * @return the account, {@link Account#empty()} when nothing is known
   */
  public Account account() {
    return account;
  }

  /**
   * Returns the period the source states; the sink derives one from the dates when it is empty.
   *
   * @return the stated period
   */
  public Optional<DateRange> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the statement currency.
   *
   * @return the currency
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the stated opening balance.
   *
   * @return the balance
   */
  public Optional<BigDecimal> openingBalance() {
    return Optional.ofNullable(openingBalance);
  }

  /**
   * Returns the stated closing balance.
   *
   * @return the balance
   */
  public Optional<BigDecimal> closingBalance() {
    return Optional.ofNullable(closingBalance);
  }

  /**
   * Returns the stated closing available balance.
   *
   * @return the balance
   */
  public Optional<BigDecimal> availableBalance() {
    return Optional.ofNullable(availableBalance);
  }

  /**
   * Returns free text about the whole statement.
   *
   * @return the information
   */
  public Optional<String> information() {
    return Optional.ofNullable(information);
  }

  /**
   * Returns warnings about this statement.
   *
   * @return an unmodifiable list
   */
  public List<ParseWarning> warnings() {
    return warnings;
  }

  /**
   * Returns format-specific fields, keys prefixed with the format id.
   *
   * @return an unmodifiable map sorted by key
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Returns what the statement is: {@link StatementKind#FINAL} unless the parser marks it as an
   * interim report (MT942).
   *
   * @return the kind
   * @since 0.2
   */
  public StatementKind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return "StatementHeader[account=" + account + ", period=" + period + "]";
  }

  /** Builds a {@link StatementHeader}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private Account account = Account.empty();
    private @Nullable DateRange period;
    private @Nullable Currency currency;
    private @Nullable BigDecimal openingBalance;
    private @Nullable BigDecimal closingBalance;
    private @Nullable BigDecimal availableBalance;
    private @Nullable String information;
    private StatementKind kind = StatementKind.FINAL;
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param value the id, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(@Nullable String value) {
      this.id = value == null || value.isBlank() ? null : value.strip();
      return this;
    }

    /**
     * Sets the account.
     *
     * @param value the account
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder account(Account value) {
      this.account = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the period the source states.
     *
     * @param value the period, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder period(@Nullable DateRange value) {
      this.period = value;
      return this;
    }

    /**
     * Sets the statement currency.
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
     * Sets the opening balance.
     *
     * @param value the balance, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder openingBalance(@Nullable BigDecimal value) {
      this.openingBalance = value;
      return this;
    }

    /**
     * Sets the closing balance.
     *
     * @param value the balance, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder closingBalance(@Nullable BigDecimal value) {
      this.closingBalance = value;
      return this;
    }

    /**
     * Sets the closing available balance.
     *
     * @param value the balance, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder availableBalance(@Nullable BigDecimal value) {
      this.availableBalance = value;
      return this;
    }

    /**
     * Sets free text about the whole statement; the statement folds its whitespace.
     *
     * @param value the text, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder information(@Nullable String value) {
      this.information = value == null || value.isBlank() ? null : value;
      return this;
    }

    /**
     * Sets what the statement is; {@link StatementKind#FINAL} by default.
     *
     * @param value the kind
     * @return this builder
     * @since 0.2
     */
    @CanIgnoreReturnValue
    public Builder kind(StatementKind value) {
      this.kind = requireNonNull(value, "value");
      return this;
    }

    /**
     * Appends a warning about this statement.
     *
     * @param value the warning
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addWarning(ParseWarning value) {
      warnings.add(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a format-specific attribute; a {@code null} value removes it.
     *
     * @param key the key, prefixed with the format id
     * @param value the value, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder attribute(String key, @Nullable String value) {
      requireNonNull(key, "key");
      if (value == null) {
        attributes.remove(key);
      } else {
        attributes.put(key, value);
      }
      return this;
    }

    /**
     * Builds the header.
     *
     * @return the header
     */
    public StatementHeader build() {
      return new StatementHeader(this);
    }
  }
}
