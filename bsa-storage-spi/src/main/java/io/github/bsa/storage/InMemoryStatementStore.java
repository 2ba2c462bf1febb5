package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.model.ParseResult;
import io.github.bsa.storage.internal.StoreSupport;
import io.github.bsa.storage.spi.ImportPlan;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference {@link StatementStore}: keeps everything in memory, with the same semantics as the
 * JDBC stores (it passes the same compatibility kit). Useful for tests and for hosts that only need
 * storage for the lifetime of a process. Thread-safe: every call holds one lock, so each {@link
 * #save} is atomic.
 *
 * @since 0.1
 */
public final class InMemoryStatementStore implements StatementStore {
  private static final Comparator<Txn> ORDER =
      Comparator.comparing((Txn t) -> t.date == null)
          .thenComparing(t -> t.date == null ? LocalDate.MIN : t.date)
          .thenComparing(t -> t.stored.accountKey())
          .thenComparing(t -> t.stored.statementId().value())
          .thenComparingInt(t -> t.seq);

  private final Object lock = new Object();
  private final Clock clock;
  private final Map<TenantId, Tenant> tenants = new HashMap<>();

  /** Creates an empty store using the system clock. */
  public InMemoryStatementStore() {
    this(Clock.systemUTC());
  }

  /**
   * Creates an empty store.
   *
   * @param clock the clock for import times
   */
  public InMemoryStatementStore(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public ImportResult save(TenantId tenant, ParseResult result) {
    requireNonNull(tenant, "tenant");
    ImportPlan plan = ImportPlan.of(tenant, result);
    synchronized (lock) {
      Tenant data = tenants.computeIfAbsent(tenant, t -> new Tenant());
      if (!data.imports.add(plan.sourceSha256())) {
        return new ImportResult(plan.sourceSha256(), true, plan.statementIds(), 0, 0);
      }
      Instant now = clock.instant();
      int added = 0;
      int skipped = 0;
      for (ImportPlan.Part part : plan.parts()) {
        data.statements.put(
            part.id(),
            new StoredStatement(
                part.id(),
                tenant,
                plan.sourceSha256(),
                plan.format(),
                part.index(),
                now,
                part.statement()));
        List<String> members = new ArrayList<>();
        for (ImportPlan.Row row : part.rows()) {
          String key = part.accountKey() + '\u0000' + row.txnId();
          members.add(key);
          Txn existing = data.transactions.get(key);
          if (existing == null) {
            data.transactions.put(
                key,
                new Txn(
                    new StoredTransaction(
                        row.txnId(), part.accountKey(), part.id(), row.transaction()),
                    row.transaction().date().orElse(null),
                    row.seq()));
            added++;
          } else {
            skipped++;
          }
        }
        data.members.put(part.id(), members);
      }
      return new ImportResult(plan.sourceSha256(), false, plan.statementIds(), added, skipped);
    }
  }

  @Override
  public List<StoredStatement> statements(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    synchronized (lock) {
      Tenant data = tenants.get(tenant);
      return data == null ? List.of() : List.copyOf(data.statements.values());
    }
  }

  @Override
  public Optional<StoredStatement> statement(TenantId tenant, StatementId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    synchronized (lock) {
      Tenant data = tenants.get(tenant);
      return data == null ? Optional.empty() : Optional.ofNullable(data.statements.get(id));
    }
  }

  @Override
  public List<StoredTransaction> transactions(TenantId tenant, TransactionQuery query) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    Long min =
        query.minAmount().map(a -> StoreSupport.amountE4(a, RoundingMode.CEILING)).orElse(null);
    Long max =
        query.maxAmount().map(a -> StoreSupport.amountE4(a, RoundingMode.FLOOR)).orElse(null);
    synchronized (lock) {
      Tenant data = tenants.get(tenant);
      if (data == null) {
        return List.of();
      }
      Set<String> inStatement =
          query
              .statementId()
              .map(id -> (Set<String>) new HashSet<>(data.members.getOrDefault(id, List.of())))
              .orElse(null);
      return data.transactions.entrySet().stream()
          .filter(e -> inStatement == null || inStatement.contains(e.getKey()))
          .map(Map.Entry::getValue)
          .filter(t -> matches(t, query, min, max))
          .sorted(ORDER)
          .skip(query.offset())
          .limit(query.limit())
          .map(t -> t.stored)
          .toList();
    }
  }

  private static boolean matches(
      Txn txn,
      TransactionQuery q,
      @org.jspecify.annotations.Nullable Long min,
      @org.jspecify.annotations.Nullable Long max) {
    StoredTransaction s = txn.stored;
    if (q.accountKey().isPresent() && !q.accountKey().get().equals(s.accountKey())) {
      return false;
    }
    LocalDate date = txn.date;
    if (q.from().isPresent() && (date == null || date.isBefore(q.from().get()))) {
      return false;
    }
    if (q.to().isPresent() && (date == null || date.isAfter(q.to().get()))) {
      return false;
    }
    long e4 = StoreSupport.amountE4(s.transaction().amount(), RoundingMode.HALF_EVEN);
    if ((min != null && e4 < min) || (max != null && e4 > max)) {
      return false;
    }
    if (q.category().isPresent()
        && !q.category().get().equals(s.transaction().category().orElse(null))) {
      return false;
    }
    return q.text().isEmpty() || StoreSupport.matchesText(s.transaction(), q.text().get());
  }

  @Override
  public boolean deleteStatement(TenantId tenant, StatementId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    synchronized (lock) {
      Tenant data = tenants.get(tenant);
      if (data == null) {
        return false;
      }
      StoredStatement removed = data.statements.remove(id);
      if (removed == null) {
        return false;
      }
      data.members.remove(id);
      Set<String> stillReferenced = new HashSet<>();
      data.members.values().forEach(stillReferenced::addAll);
      data.transactions.keySet().removeIf(k -> !stillReferenced.contains(k));
      // Reattribute transactions first stored by the deleted statement.
      for (Map.Entry<StatementId, List<String>> e : data.members.entrySet()) {
        for (String key : e.getValue()) {
          Txn t = data.transactions.get(key);
          if (t != null && t.stored.statementId().equals(id)) {
            data.transactions.put(
                key,
                new Txn(
                    new StoredTransaction(
                        t.stored.id(), t.stored.accountKey(), e.getKey(), t.stored.transaction()),
                    t.date,
                    t.seq));
          }
        }
      }
      boolean fileStillThere =
          data.statements.values().stream()
              .anyMatch(s -> s.sourceSha256().equals(removed.sourceSha256()));
      if (!fileStillThere) {
        data.imports.remove(removed.sourceSha256());
      }
      return true;
    }
  }

  @Override
  public int purge(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    synchronized (lock) {
      Tenant data = tenants.remove(tenant);
      return data == null ? 0 : data.statements.size();
    }
  }

  @Override
  public String toString() {
    return "InMemoryStatementStore";
  }

  private static final class Tenant {
    final Set<String> imports = new HashSet<>();
    final Map<StatementId, StoredStatement> statements = new LinkedHashMap<>();
    final Map<StatementId, List<String>> members = new LinkedHashMap<>();
    final Map<String, Txn> transactions = new LinkedHashMap<>();
  }

  private static final class Txn {
    final StoredTransaction stored;
    final @org.jspecify.annotations.Nullable LocalDate date;
    final int seq;

    Txn(StoredTransaction stored, @org.jspecify.annotations.Nullable LocalDate date, int seq) {
      this.stored = stored;
      this.date = date;
      this.seq = seq;
    }
  }
}
