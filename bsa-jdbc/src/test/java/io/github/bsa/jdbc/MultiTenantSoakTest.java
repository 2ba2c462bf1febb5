package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded multi-tenant soak (issue #17): writer threads parse and store distinct MT940 files for
 * several tenants at once (and store some twice), while reader threads query, an analyser analyses
 * and a purger purges a sacrificial tenant. Every read is checked as it happens: it never returns
 * another tenant's statement or transaction. Afterwards every file's statement is stored exactly
 * once, complete, under its own tenant, checked with one query per statement. The load phase runs
 * {@code bsa.soak.seconds} (default 6, so both databases take about 20-30 s in CI) per database;
 * {@code -Dbsa.soak.seconds=600} gives a long run.
 */
final class MultiTenantSoakTest {
  private static final long SECONDS = Long.getLong("bsa.soak.seconds", 6);
  private static final int PER_FILE = 40;
  private static final String[] IBANS = {
    "NL91ABNA0417164300",
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "FR1420041010050500013M02606"
  };
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();

  @TempDir Path dir;

  @Test
  void sqlite_concurrentTenants_stayApartAndCompleteUnderLoad() throws Exception {
    soak("jdbc:sqlite:" + dir.resolve("soak.db"));
  }

  @Test
  void postgres_concurrentTenants_stayApartAndCompleteUnderLoad() throws Exception {
    soak(TestDatabases.postgresUrl());
  }

  private record Tenant(TenantId id, String iban, String marker) {}

  private static void soak(String url) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Tenant> tenants = new ArrayList<>();
    for (int t = 0; t < IBANS.length; t++) {
      String marker = "SOAK" + t + "X" + run;
      tenants.add(new Tenant(TenantId.of("soak-" + t + "-" + run), IBANS[t], marker));
    }
    Tenant purged = new Tenant(TenantId.of("soak-purged-" + run), IBANS[0], "SOAKPX" + run);
    Map<TenantId, Set<StatementId>> stored = new ConcurrentHashMap<>();
    Map<TenantId, AtomicLong> files = new ConcurrentHashMap<>();
    List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicLong reads = new AtomicLong();
    AtomicLong analyses = new AtomicLong();
    AtomicLong purges = new AtomicLong();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);

    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      ExecutorService pool = Executors.newFixedThreadPool(15);
      List<Future<?>> futures = new ArrayList<>();
      for (Tenant tenant : tenants) {
        stored.put(tenant.id(), ConcurrentHashMap.newKeySet());
        files.put(tenant.id(), new AtomicLong());
        for (int w = 0; w < 2; w++) {
          int writer = w;
          futures.add(
              pool.submit(
                  () -> {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                      int file = i * 2 + writer;
                      ParseResult parsed = parse(tenant, file);
                      ImportResult r = store.save(tenant.id(), parsed);
                      if (r.alreadyImported()) {
                        violations.add("first save of a new file reported as already imported");
                      }
                      java.util.Objects.requireNonNull(stored.get(tenant.id()))
                          .addAll(r.statementIds());
                      java.util.Objects.requireNonNull(files.get(tenant.id())).incrementAndGet();
                      if (i % 3 == 0 && !store.save(tenant.id(), parsed).alreadyImported()) {
                        violations.add("second save of a file stored it again");
                      }
                    }
                    return null;
                  }));
        }
      }
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                  var unused = store.save(purged.id(), parse(purged, i));
                }
                return null;
              }));
      for (int r = 0; r < 4; r++) {
        futures.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    Tenant tenant =
                        tenants.get(ThreadLocalRandom.current().nextInt(tenants.size()));
                    checkReads(store, tenant, violations);
                    reads.incrementAndGet();
                  }
                  return null;
                }));
      }
      futures.add(
          pool.submit(
              () -> {
                do { // at least once, however slow the machine
                  Tenant tenant = tenants.get(ThreadLocalRandom.current().nextInt(tenants.size()));
                  List<Statement> statements =
                      store.statements(tenant.id()).stream()
                          .map(StoredStatement::statement)
                          .limit(20)
                          .toList();
                  AnalysisReport report = ANALYZER.analyze(statements);
                  if (report == null) {
                    violations.add("no report");
                  }
                  analyses.incrementAndGet();
                } while (System.nanoTime() < deadline);
                return null;
              }));
      futures.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < deadline) {
                  var unused = store.purge(purged.id());
                  purges.incrementAndGet();
                  Thread.sleep(200);
                }
                return null;
              }));
      pool.shutdown();
      for (Future<?> f : futures) {
        f.get(SECONDS + 60, TimeUnit.SECONDS); // bounded: a hung worker fails the test
      }
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

      long loaded = System.nanoTime();
      assertThat(violations).isEmpty();
      assertThat(reads.get()).as("reads").isPositive();
      assertThat(analyses.get()).as("analyses").isPositive();
      assertThat(purges.get()).as("purges").isPositive();
      long checkQueries = 0;
      for (Tenant tenant : tenants) {
        List<StoredStatement> statements = store.statements(tenant.id());
        checkQueries++;
        Set<StatementId> ids = new HashSet<>();
        Set<String> transactionIds = new HashSet<>();
        for (StoredStatement s : statements) {
          assertThat(ids.add(s.id())).as("statement stored once").isTrue();
          assertThat(s.tenant()).isEqualTo(tenant.id());
          // one query per statement: its rows, each checked for the tenant's marker
          List<StoredTransaction> rows =
              store.transactions(
                  tenant.id(), TransactionQuery.builder().statementId(s.id()).build());
          checkQueries++;
          assertThat(rows).as("a stored statement is complete").hasSize(PER_FILE);
          for (StoredTransaction t : rows) {
            assertThat(t.statementId()).isEqualTo(s.id());
            assertThat(t.transaction().description()).contains(tenant.marker());
            assertThat(transactionIds.add(t.id())).as("a transaction stored once").isTrue();
          }
        }
        assertThat(ids)
            .as("every file stored exactly once")
            .isEqualTo(java.util.Objects.requireNonNull(stored.get(tenant.id())));
        assertThat(statements)
            .hasSize((int) java.util.Objects.requireNonNull(files.get(tenant.id())).get());
      }
      var unused = store.purge(purged.id());
      assertThat(store.statements(purged.id())).isEmpty();
      assertThat(violations).isEmpty();
      System.err.printf(
          "soak %s: %d files stored, %d checked reads, %d analyses, %d purges in %d s;"
              + " final check %d queries in %d ms%n",
          url.substring(5, url.indexOf(':', 5)),
          files.values().stream().mapToLong(AtomicLong::get).sum(),
          reads.get(),
          analyses.get(),
          purges.get(),
          SECONDS,
          checkQueries,
          (System.nanoTime() - loaded) / 1_000_000);
    }
  }

  /** Reads a tenant's statements and transactions and records any row of another tenant. */
  private static void checkReads(JdbcStatementStore store, Tenant tenant, List<String> violations) {
    for (StoredStatement s : store.statements(tenant.id())) {
      if (!s.tenant().equals(tenant.id())
          || !s.statement()
              .account()
              .iban()
              .map(io.github.bsa.core.model.Iban::value)
              .orElse("")
              .equals(tenant.iban())
          || !s.statement().transactions().stream()
              .allMatch(t -> t.description().contains(tenant.marker()))) {
        violations.add("a statement of another tenant was returned: " + s.id());
      }
    }
    for (StoredTransaction t : store.transactions(tenant.id(), TransactionQuery.all())) {
      if (!t.transaction().description().contains(tenant.marker())) {
        violations.add("a transaction of another tenant was returned");
      }
    }
  }

  /** Parses a small MT940 file, distinct per tenant and file number. */
  private static ParseResult parse(Tenant tenant, int file) {
    StringBuilder mt940 =
        new StringBuilder()
            .append(":20:S")
            .append(file)
            .append("\n:25:")
            .append(tenant.iban())
            .append("\n:28C:")
            .append(file + 1)
            .append("/1\n:60F:C260101EUR0,00\n");
    for (int n = 0; n < PER_FILE; n++) {
      mt940
          .append(":61:2601020102C1,00NTRFREF")
          .append(file)
          .append('-')
          .append(n)
          .append("\n:86:")
          .append(tenant.marker())
          .append(" file ")
          .append(file)
          .append(" line ")
          .append(n)
          .append('\n');
    }
    mt940.append(":62F:C260131EUR").append(PER_FILE).append(",00\n-\n");
    return ANALYZER.parse(
        mt940.toString().getBytes(StandardCharsets.UTF_8),
        ParseOptions.builder().format("mt940").build());
  }
}
