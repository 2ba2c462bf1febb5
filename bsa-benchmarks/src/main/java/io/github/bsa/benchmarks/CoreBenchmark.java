package io.github.bsa.benchmarks;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.internal.ids.TransactionIds;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.report.ParseResultJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * Core costs that every format pays: balance verification, the id rule and the canonical JSON.
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar CoreBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CoreBenchmark {
  @Param({"10000"})
  public int transactions;

  private List<Transaction> rows = List.of();
  // every other row without its reference: ids by reference and by fingerprint
  private List<Transaction> withoutIds = List.of();
  private ParseResult result = ParseResult.builder().format("x").sourceSha256("0").build();

  /** Builds a seeded statement with running balances. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    Currency eur = Currency.getInstance("EUR");
    BigDecimal balance = new BigDecimal("1000.00");
    List<Transaction> list = new ArrayList<>(transactions);
    LocalDate date = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < transactions; i++) {
      BigDecimal amount = BigDecimal.valueOf(random.nextInt(200_000) - 100_000, 2);
      balance = balance.add(amount);
      list.add(
          Transaction.builder()
              .bookingDate(date.plusDays(i / 50))
              .amount(amount)
              .currency(eur)
              .description("Payment " + i + " to merchant " + (i % 97))
              .reference("REF" + i)
              .balance(balance)
              .position(SourcePosition.ofLine(i + 1L))
              .build());
    }
    rows = List.copyOf(list);
    List<Transaction> mixed = new ArrayList<>(transactions);
    for (int i = 0; i < transactions; i++) {
      mixed.add(i % 2 == 0 ? rows.get(i) : rows.get(i).toBuilder().reference(null).build());
    }
    withoutIds = List.copyOf(mixed);
    Statement s =
        Statement.builder()
            .openingBalance(new BigDecimal("1000.00"))
            .closingBalance(balance)
            .transactions(rows)
            .build();
    result =
        ParseResult.builder().format("bench").sourceSha256("0".repeat(64)).addStatement(s).build();
  }

  /**
   * Builds a statement, which verifies its totals and running balances.
   *
   * @return the check
   */
  @Benchmark
  public BalanceCheck verifyBalances() {
    return Statement.builder()
        .openingBalance(new BigDecimal("1000.00"))
        .transactions(rows)
        .build()
        .balanceCheck();
  }

  /**
   * Assigns the ids of a statement without reading them: the occurrences are counted, the SHA-256
   * waits for the first read (ADR 0340).
   *
   * @return the transactions
   */
  @Benchmark
  public List<Transaction> assignIds() {
    return TransactionIds.assignAll("DE89370400440532013000", withoutIds);
  }

  /**
   * Assigns the ids of a statement and reads every one, as a store or the JSON does.
   *
   * @return a digest of the ids
   */
  @Benchmark
  public int assignAndReadIds() {
    int h = 0;
    for (Transaction t : TransactionIds.assignAll("DE89370400440532013000", withoutIds)) {
      h += t.id().orElseThrow().hashCode();
    }
    return h;
  }

  /**
   * Writes the canonical JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public String writeJson() {
    return ParseResultJson.toJson(result);
  }
}
