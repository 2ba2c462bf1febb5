package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.internal.BalanceVerifier;
import io.github.bsa.core.internal.text.Whitespace;
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
 * One statement of one account: its period, opening and closing balances, transactions in source
 * order, warnings, and the {@link BalanceCheck} of its arithmetic. Immutable and thread-safe;
 * {@link #toString()} is redacted.
 *
 * <p>The balance check of a parsed statement is computed once, by the parse facade's sink, while
 * the transactions stream by. A statement built by hand is checked by {@link Builder#build()}
 * unless a check was set.
 *
 * @since 0.1
 */
public final class Statement {
  private final @Nullable String id;
  private final Account account;
  private final @Nullable DateRange period;
  private final @Nullable Currency currency;
  private final @Nullable BigDecimal openingBalance;
  private final @Nullable BigDecimal closingBalance;
  private final @Nullable BigDecimal availableBalance;
  private final @Nullable String information;
  private final StatementKind kind;
  private final List<Transaction> transactions;
  private final List<ParseWarning> warnings;
  private final Map<String, String> attributes;
  private final BalanceCheck balanceCheck;

  private Statement(Builder b) {
    this.id = b.id;
    this.account = b.account;
    this.period = b.period;
    this.currency = b.currency;
    this.openingBalance = b.openingBalance;
    this.closingBalance = b.closingBalance;
    this.availableBalance = b.availableBalance;
    this.information = b.information;
    this.kind = b.kind;
    this.transactions = List.copyOf(b.transactions);
    this.warnings = List.copyOf(b.warnings);
    this.attributes =
        b.attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(b.attributes));
    BalanceCheck check = b.balanceCheck;
    this.balanceCheck =
        check != null
            ? check
            : BalanceVerifier.verify(openingBalance, transactions, closingBalance);
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
   * Returns a builder initialised with this statement, including its balance check; call {@link
   * Builder#recheckBalances()} after changing balances or transactions.
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
    b.transactions.addAll(transactions);
    b.warnings.addAll(warnings);
    b.attributes.putAll(attributes);
    b.balanceCheck = balanceCheck;
    return b;
  }

  /**
   * Returns the statement's identifier in the source (MT940 {@code :20:}/{@code :28C:}, CAMT {@code
   * Stmt/Id}).
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
   * Returns the period the statement covers, as stated or else from its first and last dates.
   *
   * @return the period
   */
  public Optional<DateRange> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the statement currency, else the account's.
   *
   * @return the currency
   */
  public Optional<Currency> currency() {
    return currency != null ? Optional.of(currency) : account.currency();
  }

  /**
   * Returns the balance before the first transaction.
   *
   * @return the opening balance; negative when money is owed
   */
  public Optional<BigDecimal> openingBalance() {
    return Optional.ofNullable(openingBalance);
  }

  /**
   * Returns the balance after the last transaction.
   *
   * @return the closing balance; negative when money is owed
   */
  public Optional<BigDecimal> closingBalance() {
    return Optional.ofNullable(closingBalance);
  }

  /**
   * Returns the closing available balance, when stated.
   *
   * @return the available balance
   */
  public Optional<BigDecimal> availableBalance() {
    return Optional.ofNullable(availableBalance);
  }

  /**
   * Returns free text about the whole statement (such as an MT940 statement-level {@code :86:}).
   *
   * @return the information
   */
  public Optional<String> information() {
    return Optional.ofNullable(information);
  }

  /**
   * Returns the transactions in source order.
   *
   * @return an unmodifiable list
   */
  public List<Transaction> transactions() {
    return transactions;
  }

  /**
   * Returns what the parser recovered from or noticed in this statement.
   *
   * @return an unmodifiable list
   */
  public List<ParseWarning> warnings() {
    return warnings;
  }

  /**
   * Returns format-specific fields, keys prefixed with the format id, sorted by key.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Returns what the statement is: {@link StatementKind#FINAL} unless the source marks it as an
   * interim report (MT942).
   *
   * @return the kind
   * @since 0.2
   */
  public StatementKind kind() {
    return kind;
  }

  /**
   * Returns the outcome of checking the statement's arithmetic.
   *
   * @return the balance check
   */
  public BalanceCheck balanceCheck() {
    return balanceCheck;
  }

  @Override
  public String toString() {
    return "Statement[account="
        + account
        + ", period="
        + period
        + ", transactions="
        + transactions.size()
        + ", "
        + balanceCheck
        + "]";
  }

  /** Builds a {@link Statement}. Not thread-safe. */
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
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Map<String, String> attributes = new TreeMap<>();
    private @Nullable BalanceCheck balanceCheck;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param value the id, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(@Nullable String value) {
      this.id = Account.blankToNull(value);
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
     * Sets the period.
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
     * Sets free text about the whole statement.
     *
     * @param value the text, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder information(@Nullable String value) {
      this.information = value == null ? null : Account.blankToNull(Whitespace.fold(value));
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
     * Appends a transaction.
     *
     * @param value the transaction
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addTransaction(Transaction value) {
      transactions.add(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Replaces the transactions.
     *
     * @param values the transactions in source order
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder transactions(List<Transaction> values) {
      transactions.clear();
      values.forEach(this::addTransaction);
      return this;
    }

    /**
     * Appends a warning.
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
     * @param key the key
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
     * Sets the balance check instead of computing it. bsa's sink sets the check it computed while
     * the transactions streamed by, and the JSON reader sets the stored one; parsers never set it
     * (they report a {@code StatementHeader}, and the sink checks).
     *
     * @param value the check
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder balanceCheck(BalanceCheck value) {
      this.balanceCheck = requireNonNull(value, "value");
      return this;
    }

    /**
     * Discards a set or copied balance check so that {@link #build()} computes it anew.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder recheckBalances() {
      this.balanceCheck = null;
      return this;
    }

    /**
     * Returns the number of transactions added so far.
     *
     * @return the count
     */
    public int transactionCount() {
      return transactions.size();
    }

    /**
     * Builds the statement, computing the balance check unless one was set.
     *
     * @return the statement
     */
    public Statement build() {
      return new Statement(this);
    }
  }
}
