package io.github.bsa.benchmarks;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.jdbc.JdbcDatabase;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.InMemoryStatementStore;
import io.github.bsa.storage.StatementStore;
import io.github.bsa.storage.TenantId;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Transactions stored per second: each invocation saves one new statement of {@value #SIZE}
 * transactions (a new file, a new account, so nothing is deduplicated) in one database transaction.
 * {@code database=memory} is the in-memory reference store as a baseline; {@code postgresql} needs
 * {@code BSA_TEST_PG_URL} and fails its setup without it. {@code postgresql} is {@code open(url)}
 * (its one kept session, {@code COPY} through the staging table, ADR 0380); {@code postgresql-kept}
 * saves over one connection of the benchmark's own, as a host's pool would give it (ADR 0300).
 *
 * <pre>
 * ./mvnw -B -ntp -pl bsa-benchmarks -am package -DskipTests -Dep.skip
 * java -jar bsa-benchmarks/target/benchmarks.jar StoreBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class StoreBenchmark {
  static final int SIZE = 1000;

  @Param({"memory", "sqlite", "postgresql", "postgresql-kept"})
  public String database = "memory";

  private StatementStore store = new InMemoryStatementStore();
  private TenantId tenant = TenantId.of("bench");
  private List<Transaction> transactions = List.of();
  private Path dir = Path.of("");
  private long counter;
  private @Nullable Connection kept;

  /** The kept connection's backend process id on the server (the CPU harness reads its time). */
  long backendPid() throws SQLException {
    if (kept == null) {
      return -1;
    }
    try (java.sql.Statement s = kept.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String postgresUrl() {
    String url = System.getenv("BSA_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("Set BSA_TEST_PG_URL to benchmark PostgreSQL");
    }
    return url;
  }

  /** A data source that hands out one connection and ignores its close. */
  private static DataSource keptDataSource(Connection c) {
    Connection shared =
        proxy(
            Connection.class,
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(c, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
    return proxy(
        DataSource.class,
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            return shared;
          }
          throw new SQLFeatureNotSupportedException(method.getName());
        });
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    tenant = TenantId.of("bench-" + UUID.randomUUID().toString().substring(0, 8));
    Random random = new Random(42);
    Currency eur = Currency.getInstance("EUR");
    transactions = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      transactions.add(
          Transaction.builder()
              .bookingDate(LocalDate.of(2026, 1, 1).plusDays(i % 365))
              .amount(BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, 2))
              .currency(eur)
              .description("Card payment " + random.nextInt(10_000) + " shop")
              .counterparty("Shop " + random.nextInt(100))
              .reference(i % 2 == 0 ? "REF" + i : null)
              .category(i % 3 == 0 ? "groceries" : null)
              .build());
    }
    dir = Files.createTempDirectory("bsa-bench");
    switch (database) {
      case "memory" -> store = new InMemoryStatementStore();
      case "sqlite" -> store = JdbcStatementStore.open("jdbc:sqlite:" + dir.resolve("bench.db"));
      case "postgresql" -> store = JdbcStatementStore.open(postgresUrl());
      case "postgresql-kept" -> {
        try {
          kept = JdbcDatabase.dataSource(postgresUrl()).getConnection();
        } catch (SQLException e) {
          throw new IllegalStateException("PostgreSQL is unreachable", e);
        }
        store = JdbcStatementStore.builder(keptDataSource(kept)).build();
      }
      default -> throw new IllegalArgumentException(database);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    int unused = store.purge(tenant);
    if (kept != null) {
      kept.close();
      kept = null;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Saves one statement of {@value #SIZE} new transactions; the score is transactions/s. */
  @Benchmark
  @OperationsPerInvocation(SIZE)
  public ImportResult save() {
    long n = counter++;
    Statement statement =
        Statement.builder()
            .account(Account.builder().number("ACC" + n).build())
            .transactions(transactions)
            .build();
    ParseResult result =
        ParseResult.builder()
            .format("csv")
            .sourceSha256(String.format("%064x", n))
            .addStatement(statement)
            .build();
    return store.save(tenant, result);
  }
}
