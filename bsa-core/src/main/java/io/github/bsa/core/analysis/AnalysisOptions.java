package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@link io.github.bsa.core.StatementAnalyzer#analyze(List, AnalysisOptions)}: user
 * category rules, the reference date that decides whether a recurring series is still active, the
 * user's other accounts, and detector thresholds. Immutable and thread-safe.
 *
 * <pre>{@code
 * AnalysisOptions options = AnalysisOptions.builder()
 *     .rules(CategoryRules.read(Path.of("rules.json")))
 *     .referenceDate(LocalDate.of(2026, 1, 31))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class AnalysisOptions {
  /** The default multiple of the median amount above which a transaction is unusually large. */
  public static final BigDecimal DEFAULT_LARGE_MULTIPLE = new BigDecimal("10");

  /** The default relative spread of amounts that still counts as one recurring series. */
  public static final BigDecimal DEFAULT_AMOUNT_TOLERANCE = new BigDecimal("0.20");

  /** The default number of largest inflows and outflows listed. */
  public static final int DEFAULT_TOP_N = 5;

  /** The default number of days two own-account transfer legs may lie apart. */
  public static final int DEFAULT_TRANSFER_WINDOW_DAYS = 3;

  private static final AnalysisOptions DEFAULTS = builder().build();

  private final List<CategoryRule> rules;
  private final @Nullable LocalDate referenceDate;
  private final List<String> ownAccounts;
  private final BigDecimal largeMultiple;
  private final @Nullable BigDecimal largeThreshold;
  private final BigDecimal amountTolerance;
  private final int topN;
  private final int transferWindowDays;

  private AnalysisOptions(Builder b) {
    this.rules = List.copyOf(b.rules);
    this.referenceDate = b.referenceDate;
    this.ownAccounts = List.copyOf(b.ownAccounts);
    this.largeMultiple = b.largeMultiple;
    this.largeThreshold = b.largeThreshold;
    this.amountTolerance = b.amountTolerance;
    this.topN = b.topN;
    this.transferWindowDays = b.transferWindowDays;
  }

  /**
   * Returns the default options: no user rules, reference date = the last transaction date.
   *
   * @return the defaults
   */
  public static AnalysisOptions defaults() {
    return DEFAULTS;
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
   * Returns a builder initialised with these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.rules.addAll(rules);
    b.referenceDate = referenceDate;
    b.ownAccounts.addAll(ownAccounts);
    b.largeMultiple = largeMultiple;
    b.largeThreshold = largeThreshold;
    b.amountTolerance = amountTolerance;
    b.topN = topN;
    b.transferWindowDays = transferWindowDays;
    return b;
  }

  /**
   * Returns the user rules, tried in order before the default rules.
   *
   * @return an unmodifiable list
   */
  public List<CategoryRule> rules() {
    return rules;
  }

  /**
   * Returns the date at which recurring series are judged active; empty means the last transaction
   * date of the input, which keeps the report reproducible.
   *
   * @return the reference date
   */
  public Optional<LocalDate> referenceDate() {
    return Optional.ofNullable(referenceDate);
  }

  /**
   * Returns further accounts of the user (IBANs or numbers, normalised to upper case without
   * spaces); transfers to or from them count as own-account transfers even when the other leg is
   * not among the analysed statements.
   *
   * @return an unmodifiable list
   */
  public List<String> ownAccounts() {
    return ownAccounts;
  }

  /**
   * Returns the multiple of the median absolute amount (of the same direction) at or above which a
   * transaction is flagged as unusually large.
   *
   * @return the multiple
   */
  public BigDecimal largeMultiple() {
    return largeMultiple;
  }

  /**
   * Returns an absolute amount at or above which a transaction is always flagged as large.
   *
   * @return the threshold
   */
  public Optional<BigDecimal> largeThreshold() {
    return Optional.ofNullable(largeThreshold);
  }

  /**
   * Returns the relative spread of amounts (for example {@code 0.20} for 20%) within which payments
   * still belong to one recurring series.
   *
   * @return the tolerance
   */
  public BigDecimal amountTolerance() {
    return amountTolerance;
  }

  /**
   * Returns how many of the largest inflows and outflows the report lists.
   *
   * @return the count
   */
  public int topN() {
    return topN;
  }

  /**
   * Returns how many days apart the two legs of an own-account transfer may be booked.
   *
   * @return the window in days
   */
  public int transferWindowDays() {
    return transferWindowDays;
  }

  /** Builds {@link AnalysisOptions}. Not thread-safe. */
  public static final class Builder {
    private final List<CategoryRule> rules = new ArrayList<>();
    private @Nullable LocalDate referenceDate;
    private final List<String> ownAccounts = new ArrayList<>();
    private BigDecimal largeMultiple = DEFAULT_LARGE_MULTIPLE;
    private @Nullable BigDecimal largeThreshold;
    private BigDecimal amountTolerance = DEFAULT_AMOUNT_TOLERANCE;
    private int topN = DEFAULT_TOP_N;
    private int transferWindowDays = DEFAULT_TRANSFER_WINDOW_DAYS;

    private Builder() {}

    /**
     * Replaces the user rules.
     *
     * @param value the rules, tried in order
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder rules(List<CategoryRule> value) {
      rules.clear();
      value.forEach(this::addRule);
      return this;
    }

    /**
     * Appends a user rule.
     *
     * @param value the rule
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addRule(CategoryRule value) {
      rules.add(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the date at which recurring series are judged active.
     *
     * @param value the date, or {@code null} for the last transaction date
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder referenceDate(@Nullable LocalDate value) {
      this.referenceDate = value;
      return this;
    }

    /**
     * Adds an account of the user.
     *
     * @param value an IBAN or account number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addOwnAccount(String value) {
      ownAccounts.add(normalizeAccount(requireNonNull(value, "value")));
      return this;
    }

    /**
     * Sets the multiple of the median amount that makes a transaction unusually large.
     *
     * @param value a multiple greater than 1
     * @return this builder
     * @throws IllegalArgumentException if the value is not greater than 1
     */
    @CanIgnoreReturnValue
    public Builder largeMultiple(BigDecimal value) {
      if (value.compareTo(BigDecimal.ONE) <= 0) {
        throw new IllegalArgumentException("largeMultiple must be greater than 1");
      }
      this.largeMultiple = value;
      return this;
    }

    /**
     * Sets an absolute amount at or above which a transaction is always large.
     *
     * @param value the amount, or {@code null} for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder largeThreshold(@Nullable BigDecimal value) {
      this.largeThreshold = value == null ? null : value.abs();
      return this;
    }

    /**
     * Sets the relative amount spread of a recurring series.
     *
     * @param value between 0 and 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    @CanIgnoreReturnValue
    public Builder amountTolerance(BigDecimal value) {
      if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("amountTolerance must be between 0 and 1");
      }
      this.amountTolerance = value;
      return this;
    }

    /**
     * Sets how many largest inflows and outflows are listed.
     *
     * @param value 0 to 100
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    @CanIgnoreReturnValue
    public Builder topN(int value) {
      if (value < 0 || value > 100) {
        throw new IllegalArgumentException("topN must be between 0 and 100");
      }
      this.topN = value;
      return this;
    }

    /**
     * Sets how many days apart own-account transfer legs may be.
     *
     * @param value 0 to 31
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    @CanIgnoreReturnValue
    public Builder transferWindowDays(int value) {
      if (value < 0 || value > 31) {
        throw new IllegalArgumentException("transferWindowDays must be between 0 and 31");
      }
      this.transferWindowDays = value;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public AnalysisOptions build() {
      return new AnalysisOptions(this);
    }
  }

  /**
   * Returns an account identifier in the form used for comparisons: upper case, without spaces.
   *
   * @param value an IBAN or number
   * @return the normalised form
   */
  public static String normalizeAccount(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '.') {
        sb.append(c);
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }
}
