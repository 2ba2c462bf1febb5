package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;

/**
 * Bounds on what one parse may consume, in the manner of Jackson's {@code StreamReadConstraints}:
 * hostile or broken input ends in a {@link LimitExceededException} instead of exhausting memory or
 * time. Immutable and thread-safe.
 *
 * <pre>{@code
 * ParseLimits limits = ParseLimits.builder().maxBytes(50L << 20).maxPages(200).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class ParseLimits {
  /** Default maximum input size: 512 MiB. */
  public static final long DEFAULT_MAX_BYTES = 512L << 20;

  /** Default maximum number of transactions in one input: 10,000,000. */
  public static final long DEFAULT_MAX_TRANSACTIONS = 10_000_000L;

  /** Default maximum number of PDF pages: 2,000. */
  public static final int DEFAULT_MAX_PAGES = 2_000;

  /** Default maximum length of one line or field in a text format: 1 MiB characters. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

  /** Default maximum wall-clock time of one parse: 5 minutes. */
  public static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(5);

  private static final ParseLimits DEFAULTS = builder().build();

  private final long maxBytes;
  private final long maxTransactions;
  private final int maxPages;
  private final int maxLineLength;
  private final Duration maxDuration;

  private ParseLimits(Builder b) {
    this.maxBytes = b.maxBytes;
    this.maxTransactions = b.maxTransactions;
    this.maxPages = b.maxPages;
    this.maxLineLength = b.maxLineLength;
    this.maxDuration = b.maxDuration;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static ParseLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder initialised with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with these limits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxBytes = maxBytes;
    b.maxTransactions = maxTransactions;
    b.maxPages = maxPages;
    b.maxLineLength = maxLineLength;
    b.maxDuration = maxDuration;
    return b;
  }

  /**
   * Returns the maximum number of bytes read from one input.
   *
   * @return the maximum
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Returns the maximum number of transactions in one input.
   *
   * @return the maximum
   */
  public long maxTransactions() {
    return maxTransactions;
  }

  /**
   * Returns the maximum number of PDF pages.
   *
   * @return the maximum
   */
  public int maxPages() {
    return maxPages;
  }

  /**
   * Returns the maximum length of one line or field, in characters.
   *
   * @return the maximum
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * Returns the maximum wall-clock time of one parse.
   *
   * @return the maximum
   */
  public Duration maxDuration() {
    return maxDuration;
  }

  @Override
  public String toString() {
    return "ParseLimits[maxBytes="
        + maxBytes
        + ", maxTransactions="
        + maxTransactions
        + ", maxPages="
        + maxPages
        + ", maxLineLength="
        + maxLineLength
        + ", maxDuration="
        + maxDuration
        + "]";
  }

  /** Builds {@link ParseLimits}. Not thread-safe. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private long maxTransactions = DEFAULT_MAX_TRANSACTIONS;
    private int maxPages = DEFAULT_MAX_PAGES;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private Duration maxDuration = DEFAULT_MAX_DURATION;

    private Builder() {}

    /**
     * Sets the maximum input size in bytes.
     *
     * @param value a positive number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxBytes(long value) {
      this.maxBytes = positive(value, "maxBytes");
      return this;
    }

    /**
     * Sets the maximum number of transactions.
     *
     * @param value a positive number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxTransactions(long value) {
      this.maxTransactions = positive(value, "maxTransactions");
      return this;
    }

    /**
     * Sets the maximum number of PDF pages.
     *
     * @param value a positive number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxPages(int value) {
      this.maxPages = (int) positive(value, "maxPages");
      return this;
    }

    /**
     * Sets the maximum length of one line or field, in characters.
     *
     * @param value a positive number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxLineLength(int value) {
      this.maxLineLength = (int) positive(value, "maxLineLength");
      return this;
    }

    /**
     * Sets the maximum wall-clock time of one parse.
     *
     * @param value a positive duration
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxDuration(Duration value) {
      requireNonNull(value, "value");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("maxDuration must be positive");
      }
      this.maxDuration = value;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public ParseLimits build() {
      return new ParseLimits(this);
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
