package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for {@link StatementStore#transactions}. All criteria are optional and combined with
 * AND; the tenant is never part of a query, it is always the separate, required argument. Results
 * are ordered by transaction date (undated last), then account key, statement and position.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * TransactionQuery q = TransactionQuery.builder()
 *     .from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2026, 1, 31))
 *     .maxAmount(BigDecimal.ZERO)   // money out only
 *     .text("coffee")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class TransactionQuery {
  /** The default and the largest page size. */
  public static final int MAX_LIMIT = 100_000;

  private static final TransactionQuery ALL = builder().build();

  private final @Nullable String accountKey;
  private final @Nullable StatementId statementId;
  private final @Nullable LocalDate from;
  private final @Nullable LocalDate to;
  private final @Nullable BigDecimal minAmount;
  private final @Nullable BigDecimal maxAmount;
  private final @Nullable String category;
  private final @Nullable String text;
  private final int limit;
  private final int offset;

  private TransactionQuery(Builder b) {
    this.accountKey = b.accountKey;
    this.statementId = b.statementId;
    this.from = b.from;
    this.to = b.to;
    this.minAmount = b.minAmount;
    this.maxAmount = b.maxAmount;
    this.category = b.category;
    this.text = b.text;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /**
   * Returns a query matching every transaction of the tenant (up to {@link #MAX_LIMIT}).
   *
   * @return the query
   */
  public static TransactionQuery all() {
    return ALL;
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
   * Returns the account key to match exactly ({@link io.github.bsa.core.model.Account#key()}).
   *
   * @return the account key
   */
  public Optional<String> accountKey() {
    return Optional.ofNullable(accountKey);
  }

  /**
   * Returns the statement whose transactions to match (including ones another statement stored
   * first).
   *
   * @return the statement id
   */
  public Optional<StatementId> statementId() {
    return Optional.ofNullable(statementId);
  }

  /**
   * Returns the first date to include.
   *
   * @return the date
   */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the last date to include.
   *
   * @return the date
   */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Returns the smallest signed amount to include.
   *
   * @return the amount
   */
  public Optional<BigDecimal> minAmount() {
    return Optional.ofNullable(minAmount);
  }

  /**
   * Returns the largest signed amount to include.
   *
   * @return the amount
   */
  public Optional<BigDecimal> maxAmount() {
    return Optional.ofNullable(maxAmount);
  }

  /**
   * Returns the category to match exactly.
   *
   * @return the category
   */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Returns text to find, case-insensitively, in the description, counterparty or reference.
   *
   * @return the text
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * Returns the largest number of results.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * Returns the number of results to skip.
   *
   * @return the offset
   */
  public int offset() {
    return offset;
  }

  @Override
  public String toString() {
    // Criteria can hold personal data (text, amounts); only say which are set.
    return "TransactionQuery[account="
        + (accountKey != null)
        + ", statement="
        + statementId
        + ", from="
        + from
        + ", to="
        + to
        + ", amount="
        + (minAmount != null || maxAmount != null)
        + ", category="
        + (category != null)
        + ", text="
        + (text != null)
        + ", limit="
        + limit
        + ", offset="
        + offset
        + "]";
  }

  /** Builds a {@link TransactionQuery}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String accountKey;
    private @Nullable StatementId statementId;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable BigDecimal minAmount;
    private @Nullable BigDecimal maxAmount;
    private @Nullable String category;
    private @Nullable String text;
    private int limit = MAX_LIMIT;
    private int offset;

    private Builder() {}

    /**
     * Matches one account.
     *
     * @param value the account key, or {@code null} for any
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder accountKey(@Nullable String value) {
      this.accountKey = value;
      return this;
    }

    /**
     * Matches the transactions of one statement.
     *
     * @param value the statement id, or {@code null} for any
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder statementId(@Nullable StatementId value) {
      this.statementId = value;
      return this;
    }

    /**
     * Sets the first date to include (inclusive).
     *
     * @param value the date, or {@code null} for no lower bound
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder from(@Nullable LocalDate value) {
      this.from = value;
      return this;
    }

    /**
     * Sets the last date to include (inclusive).
     *
     * @param value the date, or {@code null} for no upper bound
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder to(@Nullable LocalDate value) {
      this.to = value;
      return this;
    }

    /**
     * Sets the smallest signed amount (inclusive).
     *
     * @param value the amount, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder minAmount(@Nullable BigDecimal value) {
      this.minAmount = value;
      return this;
    }

    /**
     * Sets the largest signed amount (inclusive).
     *
     * @param value the amount, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxAmount(@Nullable BigDecimal value) {
      this.maxAmount = value;
      return this;
    }

    /**
     * Matches a category exactly.
     *
     * @param value the category, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder category(@Nullable String value) {
      this.category = value;
      return this;
    }

    /**
     * Matches text case-insensitively in description, counterparty or reference. Wildcards have no
     * special meaning.
     *
     * @param value the text, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder text(@Nullable String value) {
      this.text = value == null || value.isBlank() ? null : value;
      return this;
    }

    /**
     * Sets the largest number of results.
     *
     * @param value 1 to {@link #MAX_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    @CanIgnoreReturnValue
    public Builder limit(int value) {
      if (value < 1 || value > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be within [1, " + MAX_LIMIT + "]");
      }
      this.limit = value;
      return this;
    }

    /**
     * Sets the number of results to skip.
     *
     * @param value 0 or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    @CanIgnoreReturnValue
    public Builder offset(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("offset must not be negative");
      }
      this.offset = value;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException if {@code from} is after {@code to} or the minimum amount
     *     exceeds the maximum
     */
    public TransactionQuery build() {
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("from must not be after to");
      }
      if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
        throw new IllegalArgumentException("minAmount must not exceed maxAmount");
      }
      requireNonNull(this, "builder");
      return new TransactionQuery(this);
    }
  }
}
