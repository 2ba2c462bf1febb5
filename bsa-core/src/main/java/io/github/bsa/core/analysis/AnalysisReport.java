package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.internal.analysis.TransactionViews;
import io.github.bsa.core.model.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of analysing one or more statements: categorised transactions, cash flow, recurring
 * payments, income, daily balances, risk signals and a lender summary. Every figure carries the ids
 * of the transactions it came from, and every categorised transaction the id of its rule. The same
 * statements and options always give an equal report. Immutable and thread-safe.
 *
 * <pre>{@code
 * AnalysisReport report = StatementAnalyzer.builder().build().analyze(statements);
 * String json = AnalysisReportJson.toJson(report);
 * String html = AnalysisReportHtml.render(report);
 * }</pre>
 *
 * @since 0.1
 */
public final class AnalysisReport {
  private final @Nullable String currency;
  private final @Nullable DateRange period;
  private final @Nullable LocalDate referenceDate;
  private final int statementCount;
  private final List<AnalyzedTransaction> transactions;
  private final CashFlow cashFlow;
  private final List<RecurringPayment> recurring;
  private final Income income;
  private final List<AccountBalances> balances;
  private final List<RiskSignal> riskSignals;
  private final LenderSummary lenderSummary;
  private final List<AnalysisWarning> warnings;

  private AnalysisReport(Builder b) {
    this.currency = b.currency;
    this.period = b.period;
    this.referenceDate = b.referenceDate;
    this.statementCount = b.statementCount;
    // the engine's columnar views are immutable: kept as they are, not copied into records
    this.transactions =
        b.transactions instanceof TransactionViews views ? views : List.copyOf(b.transactions);
    this.cashFlow = requireNonNull(b.cashFlow, "cashFlow");
    this.recurring = List.copyOf(b.recurring);
    this.income = requireNonNull(b.income, "income");
    this.balances = List.copyOf(b.balances);
    this.riskSignals = List.copyOf(b.riskSignals);
    this.lenderSummary = requireNonNull(b.lenderSummary, "lenderSummary");
    this.warnings = List.copyOf(b.warnings);
  }

  /**
   * Returns a new builder; used by the analysis engine and by tests.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ISO 4217 code of the analysed currency.
   *
   * @return the currency code
   */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the period covered: from the earliest statement start or transaction to the latest.
   *
   * @return the period
   */
  public Optional<DateRange> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the date at which recurring series were judged active.
   *
   * @return the reference date
   */
  public Optional<LocalDate> referenceDate() {
    return Optional.ofNullable(referenceDate);
  }

  /**
   * Returns the number of statements analysed.
   *
   * @return the count
   */
  public int statementCount() {
    return statementCount;
  }

  /**
   * Returns every input transaction with its category, rule and exclusion, in date order (undated
   * last).
   *
   * @return an unmodifiable list
   */
  public List<AnalyzedTransaction> transactions() {
    return transactions;
  }

  /**
   * Returns the cash flow.
   *
   * @return the cash flow
   */
  public CashFlow cashFlow() {
    return cashFlow;
  }

  /**
   * Returns the recurring series, money out first, then by counterparty.
   *
   * @return an unmodifiable list
   */
  public List<RecurringPayment> recurring() {
    return recurring;
  }

  /**
   * Returns the income analysis.
   *
   * @return the income
   */
  public Income income() {
    return income;
  }

  /**
   * Returns end-of-day balances per account, ordered by account key.
   *
   * @return an unmodifiable list
   */
  public List<AccountBalances> balances() {
    return balances;
  }

  /**
   * Returns the risk signals, by type, then date, then transaction.
   *
   * @return an unmodifiable list
   */
  public List<RiskSignal> riskSignals() {
    return riskSignals;
  }

  /**
   * Returns the lender summary.
   *
   * @return the summary
   */
  public LenderSummary lenderSummary() {
    return lenderSummary;
  }

  /**
   * Returns what the analysis could not use.
   *
   * @return an unmodifiable list
   */
  public List<AnalysisWarning> warnings() {
    return warnings;
  }

  /**
   * Returns the transactions that count in the cash flow.
   *
   * @return the included transactions, in date order
   */
  public List<AnalyzedTransaction> includedTransactions() {
    return transactions.stream().filter(AnalyzedTransaction::isIncluded).toList();
  }

  /**
   * Returns the mean end-of-day balance over all accounts.
   *
   * @return the average balance
   */
  public Optional<BigDecimal> averageBalance() {
    return Optional.ofNullable(lenderSummary.averageBalance());
  }

  @Override
  public String toString() {
    return "AnalysisReport[statements="
        + statementCount
        + ", transactions="
        + transactions.size()
        + ", period="
        + period
        + "]";
  }

  /** Builds an {@link AnalysisReport}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String currency;
    private @Nullable DateRange period;
    private @Nullable LocalDate referenceDate;
    private int statementCount;
    private List<AnalyzedTransaction> transactions = new ArrayList<>();
    private @Nullable CashFlow cashFlow;
    private List<RecurringPayment> recurring = new ArrayList<>();
    private @Nullable Income income;
    private List<AccountBalances> balances = new ArrayList<>();
    private List<RiskSignal> riskSignals = new ArrayList<>();
    private @Nullable LenderSummary lenderSummary;
    private List<AnalysisWarning> warnings = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the currency.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder currency(@Nullable String value) {
      this.currency = value;
      return this;
    }

    /**
     * Sets the period.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder period(@Nullable DateRange value) {
      this.period = value;
      return this;
    }

    /**
     * Sets the referenceDate.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder referenceDate(@Nullable LocalDate value) {
      this.referenceDate = value;
      return this;
    }

    /**
     * Sets the statementCount.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder statementCount(int value) {
      this.statementCount = value;
      return this;
    }

    /**
     * Sets the transactions.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder transactions(List<AnalyzedTransaction> value) {
      this.transactions = value instanceof TransactionViews ? value : new ArrayList<>(value);
      return this;
    }

    /**
     * Sets the cashFlow.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cashFlow(CashFlow value) {
      this.cashFlow = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the recurring.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder recurring(List<RecurringPayment> value) {
      this.recurring = new ArrayList<>(value);
      return this;
    }

    /**
     * Sets the income.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder income(Income value) {
      this.income = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the balances.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder balances(List<AccountBalances> value) {
      this.balances = new ArrayList<>(value);
      return this;
    }

    /**
     * Sets the riskSignals.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder riskSignals(List<RiskSignal> value) {
      this.riskSignals = new ArrayList<>(value);
      return this;
    }

    /**
     * Sets the lenderSummary.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lenderSummary(LenderSummary value) {
      this.lenderSummary = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the warnings.
     *
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder warnings(List<AnalysisWarning> value) {
      this.warnings = new ArrayList<>(value);
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws NullPointerException if the cash flow, income or lender summary is missing
     */
    public AnalysisReport build() {
      return new AnalysisReport(this);
    }
  }
}
