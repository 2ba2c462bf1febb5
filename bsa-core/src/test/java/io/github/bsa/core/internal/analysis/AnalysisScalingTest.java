package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The analysis stays linear in the number of transactions and its memory is bounded by the report,
 * not by copies of the input (#14): the bytes the analysing thread allocates per transaction do not
 * grow from 20,000 to 80,000 transactions and stay within a fixed bound. Counted by the JVM for the
 * thread (deterministic enough once the code is compiled), never timed.
 */
final class AnalysisScalingTest {
  private static final String[] MERCHANTS = {
    "Kartenzahlung REWE Markt %d Berlin",
    "POS 607431XXXXXX5228 CITYMART HYPER %d",
    "AMZN Mktp US*%dK4",
    "Card Purchase Beanstalk Coffee #%d Portland OR",
    "CB CARREFOUR %d PARIS",
    "Kortköp ICA Nära %d Stockholm",
    "Uber trip %d",
    "ATM Cash Withdrawal Terminal %d",
  };

  /**
   * The most a transaction may cost in allocation: its row while the analysis runs (72 bytes), the
   * report's columns (12 bytes) and category ids (8 bytes), and the detectors' primitive arrays;
   * about 190 bytes at 1,000,000 transactions (docs/performance.md). A copy of the input per
   * detector, or a record per transaction per figure, would exceed it.
   */
  private static final double MAX_BYTES_PER_TRANSACTION = 350;

  @Test
  void allocationPerTransactionIsFlatAndBounded() throws Throwable {
    // java.management and jdk.management through method handles: core's module reads neither
    MethodHandle allocated;
    try {
      Object bean =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      allocated =
          MethodHandles.publicLookup()
              .findVirtual(
                  Class.forName("com.sun.management.ThreadMXBean"),
                  "getThreadAllocatedBytes",
                  MethodType.methodType(long.class, long.class))
              .bindTo(bean);
    } catch (ReflectiveOperationException | ClassCastException e) {
      allocated = null;
    }
    assumeTrue(allocated != null, "the JVM counts allocated bytes per thread");
    MethodHandle threads = java.util.Objects.requireNonNull(allocated);
    int[] sizes = {40_000, 80_000, 160_000};
    List<List<Statement>> inputs = new ArrayList<>();
    for (int n : sizes) {
      inputs.add(statements(n));
    }
    // warm up every size first: interpreted code allocates what compiled code does not
    for (int r = 0; r < 2; r++) {
      inputs.forEach(AnalysisScalingTest::analyze);
    }
    long id = Thread.currentThread().getId();
    double[] bytes = new double[sizes.length];
    java.util.Arrays.fill(bytes, Double.MAX_VALUE);
    for (int r = 0; r < 3; r++) {
      for (int k = 0; k < sizes.length; k++) {
        bytes[k] = Math.min(bytes[k], allocatedBytes(threads, id, inputs.get(k)));
      }
    }
    // a run's fixed cost (the rule tables) drops out of the differences: what each further
    // transaction costs, from 40,000 to 80,000 and from 80,000 to 160,000
    double first = (bytes[1] - bytes[0]) / (sizes[1] - sizes[0]);
    double second = (bytes[2] - bytes[1]) / (sizes[2] - sizes[1]);
    System.out.printf(
        Locale.ROOT,
        "analysis allocation: %.1f / %.1f / %.1f B/tx at 40,000 / 80,000 / 160,000 transactions;"
            + " each further transaction %.1f B (40,000-80,000), %.1f B (80,000-160,000)%n",
        bytes[0] / sizes[0],
        bytes[1] / sizes[1],
        bytes[2] / sizes[2],
        first,
        second);
    assertThat(second).as("bytes per further transaction").isLessThanOrEqualTo(first * 1.25 + 16);
    assertThat(second).isLessThan(MAX_BYTES_PER_TRANSACTION);
    assertThat(bytes[2] / sizes[2]).isLessThan(MAX_BYTES_PER_TRANSACTION);
  }

  private static double allocatedBytes(MethodHandle threads, long id, List<Statement> statements)
      throws Throwable {
    long before = (long) threads.invokeExact(id);
    int n = analyze(statements).transactions().size();
    assertThat(n).isPositive();
    return (long) threads.invokeExact(id) - before;
  }

  private static AnalysisReport analyze(List<Statement> statements) {
    return AnalysisEngine.analyze(statements, AnalysisOptions.defaults());
  }

  /** Twelve monthly statements of card purchases with store numbers, rent and salary, with ids. */
  private static List<Statement> statements(int transactions) {
    Random random = new Random(7);
    Currency eur = Currency.getInstance("EUR");
    Account account = Account.builder().number("SCALE-1").currency(eur).build();
    int months = 12;
    int perMonth = transactions / months;
    List<Statement> out = new ArrayList<>();
    YearMonth month = YearMonth.of(2024, 1);
    for (int m = 0; m < months; m++, month = month.plusMonths(1)) {
      List<Transaction> txs = new ArrayList<>(perMonth);
      txs.add(tx(month.atDay(1), "-900.00", "Miete Wohnung", m, 0, eur));
      int days = month.lengthOfMonth();
      for (int i = 1; i < perMonth - 1; i++) {
        LocalDate date = month.atDay(1 + (i * days) / perMonth);
        String text =
            String.format(
                Locale.ROOT, MERCHANTS[random.nextInt(MERCHANTS.length)], random.nextInt(10_000));
        String amount = BigDecimal.valueOf(-(100 + random.nextInt(20_000)), 2).toPlainString();
        txs.add(tx(date, amount, text, m, i, eur));
      }
      txs.add(tx(month.atDay(Math.min(28, days)), "2500.00", "Gehalt ACME", m, perMonth, eur));
      out.add(
          Statement.builder()
              .account(account)
              .currency(eur)
              .period(DateRange.of(month.atDay(1), month.atEndOfMonth()))
              .transactions(txs)
              .build());
    }
    return out;
  }

  private static Transaction tx(
      LocalDate date, String amount, String description, int month, int index, Currency eur) {
    return Transaction.builder()
        .id(month + "-" + index)
        .bookingDate(date)
        .amount(new BigDecimal(amount))
        .currency(eur)
        .description(description)
        .build();
  }
}
