package io.github.bsa.storage.tck;

import static io.github.bsa.storage.tck.Samples.DAY_ZERO;
import static io.github.bsa.storage.tck.Samples.IBAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.StatementStore;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit every {@link StatementStore} must pass: correctness of save, get, query,
 * delete, purge and export; tenant isolation (tenant B never sees or touches A's rows, even with
 * ids it guessed or copied); idempotent re-import and overlapping statements; concurrent writers;
 * and failure atomicity. Extend it and implement {@link #newStore()}:
 *
 * <pre>{@code
 * final class MyStoreCompatibilityTest extends StatementStoreCompatibilityKit {
 *   protected StatementStore newStore() { return new MyStore(dataSource); }
 * }
 * }</pre>
 *
 * <p>Each test uses fresh random tenants, so a store may share its database between tests. Stores
 * that implement {@link AutoCloseable} are closed after each test.
 *
 * @since 0.1
 */
public abstract class StatementStoreCompatibilityKit {
  /** The store under test, created before each test. */
  protected StatementStore store;

  /** A fresh tenant for each test. */
  protected TenantId tenantA;

  /** Another fresh tenant for each test. */
  protected TenantId tenantB;

  /**
   * Returns a store to test. It may hold data of other tenants, but must be usable by several
   * threads.
   *
   * @return the store
   */
  protected abstract StatementStore newStore();

  /**
   * Returns a store whose backend fails after the given number of successful writes (statements
   * executed or batches sent), to test atomicity; the default skips those tests.
   *
   * @param writes writes that succeed before the failure
   * @return the failing store
   */
  protected StatementStore newStoreFailingAfter(int writes) {
    Assumptions.abort("This store offers no failure injection");
    throw new AssertionError("unreachable");
  }

  /**
   * Returns the number of concurrent writers for the concurrency tests.
   *
   * @return the thread count
   */
  protected int writerThreads() {
    return 8;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
    String run = UUID.randomUUID().toString().substring(0, 8);
    tenantA = TenantId.of("tck-a-" + run);
    tenantB = TenantId.of("tck-b-" + run);
  }

  @AfterEach
  void closeStore() throws Exception {
    if (store instanceof AutoCloseable c) {
      c.close();
    }
  }

  private List<StoredTransaction> all(TenantId tenant) {
    return store.transactions(tenant, TransactionQuery.all());
  }

  private static Set<String> ids(List<StoredTransaction> txns) {
    Set<String> ids = new HashSet<>();
    for (StoredTransaction t : txns) {
      ids.add(t.accountKey() + "/" + t.id());
    }
    return ids;
  }

  @Nested
  @DisplayName("Correctness")
  class Correctness {
    @Test
    @DisplayName("A saved statement is returned with all its transactions")
    void save_thenGet_returnsStatement() {
      ParseResult file = Samples.file("c1", 0, 10);
      ImportResult r = store.save(tenantA, file);

      assertThat(r.alreadyImported()).isFalse();
      assertThat(r.transactionsAdded()).isEqualTo(10);
      assertThat(r.transactionsSkipped()).isZero();
      assertThat(r.statementIds()).hasSize(1);
      assertThat(r.sourceSha256()).isEqualTo(file.sourceSha256());

      List<StoredStatement> statements = store.statements(tenantA);
      assertThat(statements).hasSize(1);
      StoredStatement s = statements.get(0);
      assertThat(s.id()).isEqualTo(r.statementIds().get(0));
      assertThat(s.tenant()).isEqualTo(tenantA);
      assertThat(s.format()).isEqualTo("camt.053");
      assertThat(s.sourceSha256()).isEqualTo(file.sourceSha256());
      assertThat(s.index()).isZero();
      Statement original = file.statements().get(0);
      assertThat(s.statement().account()).isEqualTo(original.account());
      assertThat(s.statement().period()).isEqualTo(original.period());
      assertThat(s.statement().information()).isEqualTo(original.information());
      assertThat(s.statement().transactions()).hasSize(10);
      assertThat(s.statement().transactions()).allSatisfy(t -> assertThat(t.id()).isPresent());
      StoredStatement again = store.statement(tenantA, s.id()).orElseThrow();
      assertThat(again.id()).isEqualTo(s.id());
      assertThat(again.sourceSha256()).isEqualTo(s.sourceSha256());
      assertThat(again.importedAt()).isEqualTo(s.importedAt());
      assertThat(again.statement().transactions()).isEqualTo(s.statement().transactions());
    }

    @Test
    @DisplayName("Every transaction field survives the round trip")
    void save_thenQuery_keepsEveryField() {
      store.save(tenantA, Samples.file("c2", 0, 6));
      List<StoredTransaction> txns = all(tenantA);
      assertThat(txns).hasSize(6);
      for (int n = 0; n < 6; n++) {
        Transaction expected = Samples.transaction(n, true);
        StoredTransaction stored = txns.get(n);
        Transaction t = stored.transaction();
        assertThat(stored.accountKey()).isEqualTo(IBAN);
        assertThat(t.id()).contains(stored.id());
        assertThat(t.bookingDate()).isEqualTo(expected.bookingDate());
        assertThat(t.valueDate()).isEqualTo(expected.valueDate());
        assertThat(t.amount()).isEqualTo(expected.amount()); // scale included
        assertThat(t.currency()).isEqualTo(expected.currency());
        assertThat(t.description()).isEqualTo(expected.description());
        assertThat(t.counterparty()).isEqualTo(expected.counterparty());
        assertThat(t.counterpartyAccount()).isEqualTo(expected.counterpartyAccount());
        assertThat(t.reference()).isEqualTo(expected.reference());
        assertThat(t.endToEndId()).isEqualTo(expected.endToEndId());
        assertThat(t.typeCode()).isEqualTo(expected.typeCode());
        assertThat(t.category()).isEqualTo(expected.category());
        assertThat(t.balance()).isEqualTo(expected.balance());
        assertThat(t.attributes()).isEqualTo(expected.attributes());
      }
    }

    @Test
    @DisplayName("Queries filter by account, dates, amounts, category, text and statement")
    void transactions_filters() {
      ImportResult first = store.save(tenantA, Samples.file("q1", 0, 20));
      String otherIban = "DE89370400440532013000";
      ImportResult second =
          store.save(tenantA, Samples.result("q2", Samples.statement(otherIban, 100, 105, true)));

      assertThat(all(tenantA)).hasSize(25);
      assertThat(query(TransactionQuery.builder().accountKey(otherIban))).hasSize(5);
      assertThat(query(TransactionQuery.builder().accountKey(IBAN))).hasSize(20);
      assertThat(query(TransactionQuery.builder().accountKey("nope"))).isEmpty();

      List<StoredTransaction> range =
          query(TransactionQuery.builder().from(DAY_ZERO.plusDays(3)).to(DAY_ZERO.plusDays(7)));
      assertThat(range).hasSize(5);
      assertThat(range.get(0).transaction().bookingDate()).contains(DAY_ZERO.plusDays(3));
      assertThat(range.get(4).transaction().bookingDate()).contains(DAY_ZERO.plusDays(7));

      // Odd numbers are money out.
      List<StoredTransaction> out = query(TransactionQuery.builder().maxAmount(BigDecimal.ZERO));
      assertThat(out)
          .hasSize(12)
          .allSatisfy(t -> assertThat(t.transaction().amount()).isNegative());
      // Exact bounds are inclusive: transaction 2 is 10.14.
      assertThat(
              query(
                  TransactionQuery.builder()
                      .minAmount(new BigDecimal("10.14"))
                      .maxAmount(new BigDecimal("10.140"))))
          .singleElement()
          .satisfies(t -> assertThat(t.transaction().bookingDate()).contains(DAY_ZERO.plusDays(2)));

      assertThat(query(TransactionQuery.builder().category("groceries")))
          .allSatisfy(t -> assertThat(t.transaction().category()).contains("groceries"))
          .hasSize(7); // 0,4,8,12,16 and 100,104
      // Text is case-insensitive and %/_ are literal characters.
      assertThat(query(TransactionQuery.builder().text("COFFEE 100%_"))).hasSize(5);
      assertThat(query(TransactionQuery.builder().text("coffee 100__"))).isEmpty();
      assertThat(query(TransactionQuery.builder().text("counterparty 2"))).hasSize(8);
      assertThat(query(TransactionQuery.builder().text("REF10")))
          .hasSize(6); // REF10 and REF100..REF104
      assertThat(query(TransactionQuery.builder().statementId(second.statementIds().get(0))))
          .hasSize(5);
      assertThat(query(TransactionQuery.builder().statementId(first.statementIds().get(0))))
          .hasSize(20);
      assertThat(query(TransactionQuery.builder().statementId(StatementId.of("nonexistent"))))
          .isEmpty();
    }

    @Test
    @DisplayName("Results are ordered by date and can be paged")
    void transactions_orderAndPaging() {
      store.save(tenantA, Samples.file("p2", 10, 20));
      store.save(tenantA, Samples.file("p1", 0, 10));
      List<StoredTransaction> txns = all(tenantA);
      assertThat(txns).hasSize(20);
      for (int i = 0; i < 20; i++) {
        assertThat(txns.get(i).transaction().bookingDate()).contains(DAY_ZERO.plusDays(i));
      }
      List<StoredTransaction> page = query(TransactionQuery.builder().offset(5).limit(3));
      assertThat(page).containsExactlyElementsOf(txns.subList(5, 8));
    }

    @Test
    @DisplayName("Deleting a statement keeps transactions another statement also holds")
    void deleteStatement_keepsSharedTransactions() {
      ImportResult first = store.save(tenantA, Samples.file("d1", 0, 10));
      ImportResult second = store.save(tenantA, Samples.file("d2", 5, 15));
      assertThat(all(tenantA)).hasSize(15);

      assertThat(store.deleteStatement(tenantA, first.statementIds().get(0))).isTrue();
      assertThat(store.statements(tenantA)).hasSize(1);
      List<StoredTransaction> left = all(tenantA);
      assertThat(left).hasSize(10);
      assertThat(left)
          .allSatisfy(t -> assertThat(t.statementId()).isEqualTo(second.statementIds().get(0)));
      assertThat(store.deleteStatement(tenantA, first.statementIds().get(0))).isFalse();

      // The file may be imported again once all its statements are gone.
      ImportResult again = store.save(tenantA, Samples.file("d1", 0, 10));
      assertThat(again.alreadyImported()).isFalse();
      assertThat(again.transactionsAdded()).isEqualTo(5);
      assertThat(again.transactionsSkipped()).isEqualTo(5);
      assertThat(all(tenantA)).hasSize(15);
    }

    @Test
    @DisplayName("Purging a tenant removes all of its data")
    void purge_removesEverything() {
      store.save(tenantA, Samples.file("x1", 0, 5));
      store.save(tenantA, Samples.file("x2", 5, 10));
      assertThat(store.purge(tenantA)).isEqualTo(2);
      assertThat(store.statements(tenantA)).isEmpty();
      assertThat(all(tenantA)).isEmpty();
      assertThat(store.purge(tenantA)).isZero();
      assertThat(store.save(tenantA, Samples.file("x1", 0, 5)).alreadyImported()).isFalse();
    }

    @Test
    @DisplayName("Export writes every statement of the tenant as JSON")
    void export_writesStatements() {
      ImportResult r = store.save(tenantA, Samples.file("e1", 0, 3));
      StringWriter out = new StringWriter();
      store.export(tenantA, out);
      String json = out.toString();
      assertThat(json)
          .startsWith("{\"tenant\":\"" + tenantA.value() + "\"")
          .contains(r.statementIds().get(0).value())
          .contains("\"schemaVersion\"")
          .contains("Payment number 2");
      StringWriter empty = new StringWriter();
      store.export(tenantB, empty);
      assertThat(empty.toString())
          .isEqualTo("{\"tenant\":\"" + tenantB.value() + "\",\"statements\":[]}");
    }

    @Test
    @DisplayName("A file with several statements and statements without transactions is stored")
    void save_severalStatements() {
      ParseResult file =
          Samples.result(
              "m1",
              Samples.statement(IBAN, 0, 3, false),
              Samples.statement("DE89370400440532013000", 0, 0, false),
              Samples.statement(IBAN, 3, 6, false));
      ImportResult r = store.save(tenantA, file);
      assertThat(r.statementIds()).hasSize(3).doesNotHaveDuplicates();
      assertThat(r.transactionsAdded()).isEqualTo(6);
      assertThat(store.statements(tenantA))
          .extracting(StoredStatement::index)
          .containsExactly(0, 1, 2);
    }

    @Test
    @DisplayName("A result without a source hash is refused")
    void save_withoutHash_isRefused() {
      ParseResult noHash =
          ParseResult.builder()
              .format("csv")
              .addStatement(Samples.statement(IBAN, 0, 1, true))
              .build();
      assertThatThrownBy(() -> store.save(tenantA, noHash))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(store.statements(tenantA)).isEmpty();
    }
  }

  private List<StoredTransaction> query(TransactionQuery.Builder q) {
    return store.transactions(tenantA, q.build());
  }

  @Nested
  @DisplayName("Tenant isolation")
  class TenantIsolation {
    @Test
    @DisplayName("Tenant B sees none of tenant A's statements or transactions")
    void otherTenant_seesNothing() {
      store.save(tenantA, Samples.file("i1", 0, 10));
      assertThat(store.statements(tenantB)).isEmpty();
      assertThat(all(tenantB)).isEmpty();
      assertThat(store.transactions(tenantB, TransactionQuery.builder().accountKey(IBAN).build()))
          .isEmpty();
    }

    @Test
    @DisplayName("Tenant B cannot read or delete A's statement with A's real id")
    void otherTenant_withStolenIds_getsNothing() {
      ImportResult a = store.save(tenantA, Samples.file("i2", 0, 10));
      StatementId stolen = a.statementIds().get(0);
      assertThat(store.statement(tenantB, stolen)).isEmpty();
      assertThat(
              store.transactions(tenantB, TransactionQuery.builder().statementId(stolen).build()))
          .isEmpty();
      assertThat(store.deleteStatement(tenantB, stolen)).isFalse();
      assertThat(store.statement(tenantA, stolen)).isPresent();
      assertThat(all(tenantA)).hasSize(10);
    }

    @Test
    @DisplayName("Guessed ids never reach another tenant's rows")
    void guessedIds_getNothing() {
      store.save(tenantA, Samples.file("i3", 0, 3));
      for (String guess : List.of("1", "0", "st", "st0", "a", "_", "-", "x".repeat(64))) {
        StatementId id = StatementId.of(guess);
        assertThat(store.statement(tenantB, id)).isEmpty();
        assertThat(store.deleteStatement(tenantB, id)).isFalse();
      }
      assertThat(store.statements(tenantA)).hasSize(1);
    }

    @Test
    @DisplayName("Purging tenant B leaves tenant A untouched")
    void purgeOther_leavesTenant() {
      store.save(tenantA, Samples.file("i4", 0, 10));
      store.save(tenantB, Samples.file("i5", 0, 4));
      assertThat(store.purge(tenantB)).isEqualTo(1);
      assertThat(store.statements(tenantA)).hasSize(1);
      assertThat(all(tenantA)).hasSize(10);
    }

    @Test
    @DisplayName("The same file imported by two tenants is stored for each, under different ids")
    void sameFile_twoTenants_storedTwice() {
      ImportResult a = store.save(tenantA, Samples.file("i6", 0, 10));
      ImportResult b = store.save(tenantB, Samples.file("i6", 0, 10));
      assertThat(b.alreadyImported()).isFalse();
      assertThat(b.transactionsAdded()).isEqualTo(10);
      assertThat(b.statementIds()).doesNotContainAnyElementsOf(a.statementIds());
      assertThat(store.deleteStatement(tenantB, b.statementIds().get(0))).isTrue();
      assertThat(all(tenantA)).hasSize(10);
      assertThat(all(tenantB)).isEmpty();
      assertThat(store.statement(tenantB, a.statementIds().get(0))).isEmpty();
    }
  }

  @Nested
  @DisplayName("Idempotent import")
  class Idempotence {
    @Test
    @DisplayName("Importing the same file twice is a no-op")
    void sameFileTwice_isNoOp() {
      ImportResult first = store.save(tenantA, Samples.file("r1", 0, 10));
      ImportResult second = store.save(tenantA, Samples.file("r1", 0, 10));
      assertThat(second.alreadyImported()).isTrue();
      assertThat(second.transactionsAdded()).isZero();
      assertThat(second.statementIds()).isEqualTo(first.statementIds());
      assertThat(store.statements(tenantA)).hasSize(1);
      assertThat(all(tenantA)).hasSize(10);
    }

    @Test
    @DisplayName("Overlapping statements with bank references do not duplicate transactions")
    void overlapping_withReferences_noDuplicates() {
      store.save(tenantA, Samples.file("o1", 0, 10));
      ImportResult second = store.save(tenantA, Samples.file("o2", 5, 15));
      assertThat(second.transactionsAdded()).isEqualTo(5);
      assertThat(second.transactionsSkipped()).isEqualTo(5);
      List<StoredTransaction> txns = all(tenantA);
      assertThat(txns).hasSize(15);
      assertThat(ids(txns)).hasSize(15);
      assertThat(store.statements(tenantA)).hasSize(2);
      assertThat(
              store
                  .statement(tenantA, second.statementIds().get(0))
                  .orElseThrow()
                  .statement()
                  .transactions())
          .hasSize(10);
    }

    @Test
    @DisplayName("Overlapping statements without references are matched by fingerprint")
    void overlapping_withoutReferences_noDuplicates() {
      store.save(tenantA, Samples.result("f1", Samples.statement(IBAN, 0, 10, false)));
      ImportResult second =
          store.save(tenantA, Samples.result("f2", Samples.statement(IBAN, 5, 15, false)));
      assertThat(second.transactionsSkipped()).isEqualTo(5);
      assertThat(all(tenantA)).hasSize(15);
    }

    @Test
    @DisplayName("Identical transactions on the same day are both kept")
    void identicalTransactions_sameDay_bothKept() {
      Transaction coffee = Samples.transaction(1, false);
      Statement twice =
          Samples.statement(IBAN, 0, 0, false).toBuilder()
              .transactions(List.of(coffee, coffee))
              .build();
      ImportResult r = store.save(tenantA, Samples.result("t1", twice));
      assertThat(r.transactionsAdded()).isEqualTo(2);
      // The same two in another download are recognised.
      ImportResult again = store.save(tenantA, Samples.result("t2", twice));
      assertThat(again.transactionsSkipped()).isEqualTo(2);
      assertThat(all(tenantA)).hasSize(2);
    }

    @Test
    @DisplayName("The same transaction on two accounts is two transactions")
    void sameTransaction_twoAccounts_bothKept() {
      store.save(tenantA, Samples.result("a1", Samples.statement(IBAN, 0, 3, true)));
      store.save(
          tenantA, Samples.result("a2", Samples.statement("DE89370400440532013000", 0, 3, true)));
      assertThat(all(tenantA)).hasSize(6);
    }
  }

  @Nested
  @DisplayName("Concurrent writers")
  class Concurrency {
    @Test
    @DisplayName("Concurrent imports of different files all land")
    void concurrentDistinctFiles_allStored() throws Exception {
      int n = writerThreads();
      List<Callable<ImportResult>> tasks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int from = i * 10;
        tasks.add(() -> store.save(tenantA, Samples.file("cd" + from, from, from + 10)));
      }
      List<ImportResult> results = runAll(tasks);
      assertThat(results).allSatisfy(r -> assertThat(r.alreadyImported()).isFalse());
      assertThat(store.statements(tenantA)).hasSize(n);
      assertThat(all(tenantA)).hasSize(n * 10);
    }

    @Test
    @DisplayName("Concurrent imports of the same file store it once")
    void concurrentSameFile_storedOnce() throws Exception {
      int n = writerThreads();
      List<Callable<ImportResult>> tasks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        tasks.add(() -> store.save(tenantA, Samples.file("cs", 0, 30)));
      }
      List<ImportResult> results = runAll(tasks);
      assertThat(results.stream().filter(r -> !r.alreadyImported()).count()).isEqualTo(1);
      assertThat(store.statements(tenantA)).hasSize(1);
      assertThat(all(tenantA)).hasSize(30);
    }

    @Test
    @DisplayName("Concurrent overlapping imports never duplicate a transaction")
    void concurrentOverlapping_noDuplicates() throws Exception {
      int n = writerThreads();
      List<Callable<ImportResult>> tasks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int from = i * 5;
        tasks.add(() -> store.save(tenantA, Samples.file("co" + from, from, from + 20)));
        tasks.add(() -> store.save(tenantB, Samples.file("co" + from, from, from + 20)));
      }
      List<ImportResult> results = runAll(tasks);
      int expected = (n - 1) * 5 + 20;
      for (TenantId t : List.of(tenantA, tenantB)) {
        List<StoredTransaction> txns = store.transactions(t, TransactionQuery.all());
        assertThat(txns).hasSize(expected);
        assertThat(ids(txns)).hasSize(expected);
      }
      int added = results.stream().mapToInt(ImportResult::transactionsAdded).sum();
      assertThat(added).isEqualTo(2 * expected);
    }

    private List<ImportResult> runAll(List<Callable<ImportResult>> tasks) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), 16));
      try {
        List<Future<ImportResult>> futures = pool.invokeAll(tasks);
        List<ImportResult> results = new ArrayList<>();
        for (Future<ImportResult> f : futures) {
          results.add(f.get(60, TimeUnit.SECONDS));
        }
        return results;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  @DisplayName("Failure atomicity")
  class Atomicity {
    @Test
    @DisplayName("A save that fails midway leaves nothing behind")
    void failingSave_storesNothing() throws Exception {
      StatementStore failing = newStoreFailingAfter(3);
      ParseResult file =
          Samples.result(
              "fa",
              Samples.statement(IBAN, 0, 50, true),
              Samples.statement("DE89370400440532013000", 0, 50, true));
      try {
        assertThatThrownBy(() -> failing.save(tenantA, file)).isInstanceOf(RuntimeException.class);
      } finally {
        if (failing instanceof AutoCloseable c) {
          c.close();
        }
      }
      assertThat(store.statements(tenantA)).isEmpty();
      assertThat(all(tenantA)).isEmpty();
      assertThat(store.save(tenantA, file).alreadyImported()).isFalse();
      assertThat(all(tenantA)).hasSize(100);
    }

    @Test
    @DisplayName("An amount beyond the supported range is refused before anything is stored")
    void hugeAmount_refused() {
      Statement bad =
          Samples.statement(IBAN, 0, 3, true).toBuilder()
              .addTransaction(
                  Samples.transaction(3, true).toBuilder().amount(new BigDecimal("1e20")).build())
              .build();
      assertThatThrownBy(() -> store.save(tenantA, Samples.result("huge", bad)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(store.statements(tenantA)).isEmpty();
      assertThat(all(tenantA)).isEmpty();
      Optional<StoredStatement> none = store.statements(tenantA).stream().findAny();
      assertThat(none).isEmpty();
    }
  }
}
