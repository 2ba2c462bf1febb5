package io.github.bsa.benchmarks;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analyses a seeded history of monthly statements (card purchases at a few hundred merchants with
 * store numbers and cities, salary, rent, subscriptions, ATM withdrawals, fees) with the full
 * analysis: normalisation, categories, cash flow, recurring series, income, daily balances and risk
 * signals. Transactions carry ids, as after parsing.
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar AnalysisBenchmark -p
 * transactions=1000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class AnalysisBenchmark {
  private static final String[] MERCHANTS = {
    "Debit Card Purchase QuikFuel #%d Madison WI Card ending 1897",
    "Kartenzahlung REWE Markt %d Berlin",
    "POS 607431XXXXXX5228 CITYMART HYPER %d",
    "AMZN Mktp US*%dK4",
    "Card Purchase Beanstalk Coffee #%d Portland OR",
    "BEA Albert Heijn %d Utrecht",
    "CB CARREFOUR %d PARIS",
    "COMPRA TARJETA MERCADONA %d MADRID",
    "Pagamento POS Esselunga %d Milano",
    "Zakup BIEDRONKA %d Warszawa",
    "Kortköp ICA Nära %d Stockholm",
    "Platba kartou Billa %d Praha",
    "Uber trip %d",
    "ATM Cash Withdrawal Terminal %d",
    "Online Order ShopSphere.com %d",
    "Unknown merchant %d",
  };

  @Param({"1000000"})
  public int transactions;

  private List<Statement> statements = List.of();
  private final StatementAnalyzer analyzer = StatementAnalyzer.builder().parsers(List.of()).build();

  /** Builds the seeded statements. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    Currency eur = Currency.getInstance("EUR");
    Account account = Account.builder().number("BENCH-0001").currency(eur).build();
    int months = 24;
    int perMonth = Math.max(10, transactions / months);
    List<Statement> list = new ArrayList<>();
    BigDecimal balance = new BigDecimal("5000.00");
    YearMonth month = YearMonth.of(2024, 1);
    for (int m = 0; m < months; m++, month = month.plusMonths(1)) {
      List<Transaction> txs = new ArrayList<>(perMonth);
      BigDecimal opening = balance;
      int days = month.lengthOfMonth();
      txs.add(tx(month.atDay(1), "-1200.00", "Miete Wohnung", "Hausverwaltung GmbH", eur));
      txs.add(tx(month.atDay(3), "-12.99", "NETFLIX.COM*" + m, null, eur));
      txs.add(tx(month.atDay(15), "-250.00", "EMI Car Loan 7781", "Autobank", eur));
      txs.add(tx(month.atDay(Math.min(28, days)), "-4.50", "Monthly Maintenance Fee", null, eur));
      for (int i = 4; i < perMonth - 1; i++) {
        LocalDate date = month.atDay(1 + (i * days) / perMonth);
        String pattern = MERCHANTS[random.nextInt(MERCHANTS.length)];
        String description = String.format(pattern, random.nextInt(10_000));
        BigDecimal amount = BigDecimal.valueOf(-(100 + random.nextInt(20_000)), 2);
        txs.add(tx(date, amount.toPlainString(), description, null, eur));
      }
      BigDecimal spent = BigDecimal.ZERO;
      for (Transaction t : txs) {
        spent = spent.add(t.amount());
      }
      BigDecimal salary = spent.negate().add(new BigDecimal("100.00"));
      txs.add(
          tx(month.atDay(Math.min(28, days)), salary.toPlainString(), "Gehalt", "ACME GmbH", eur));
      BigDecimal closing = opening;
      for (Transaction t : txs) {
        closing = closing.add(t.amount());
      }
      balance = closing;
      list.add(
          Statement.builder()
              .account(account)
              .currency(eur)
              .period(DateRange.of(month.atDay(1), month.atEndOfMonth()))
              .openingBalance(opening)
              .closingBalance(closing)
              .transactions(withIds(list.size(), txs))
              .build());
    }
    statements = List.copyOf(list);
  }

  /** Gives each transaction a unique id, as parsing through StatementAnalyzer would. */
  private static List<Transaction> withIds(int statement, List<Transaction> txs) {
    List<Transaction> out = new ArrayList<>(txs.size());
    for (int i = 0; i < txs.size(); i++) {
      out.add(txs.get(i).toBuilder().id(statement + "-" + i).build());
    }
    return out;
  }

  private static Transaction tx(
      LocalDate date,
      String amount,
      String description,
      @Nullable String counterparty,
      Currency eur) {
    return Transaction.builder()
        .bookingDate(date)
        .amount(new BigDecimal(amount))
        .currency(eur)
        .description(description)
        .counterparty(counterparty)
        .build();
  }

  /**
   * Runs the full analysis.
   *
   * @return the report
   */
  @Benchmark
  public AnalysisReport analyze() {
    return analyzer.analyze(statements);
  }

  /**
   * Sums all amounts: the floor of touching every transaction once.
   *
   * @return the sum
   */
  @Benchmark
  public BigDecimal baseline() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Statement s : statements) {
      for (Transaction t : s.transactions()) {
        sum = sum.add(t.amount());
      }
    }
    return sum;
  }
}
