package io.github.bsa.server;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.report.AnalysisReportHtml;
import io.github.bsa.core.report.AnalysisReportJson;
import io.github.bsa.jdbc.Dialect;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.StoreHealth;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every call of the server into bsa's statement store and analysis, in one place (the job side is
 * {@link BsaJobs}): the store on the server's data source, the per-tenant analysis cache and the
 * store's health. Thread-safe.
 */
@Component
public class BsaStorage {
  private final StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
  private final JdbcStatementStore store;
  private final Cache<AnalysisKey, AnalysisReport> analyses;

  /**
   * Opens the store on the server's data source, migrating its schema.
   *
   * @param dataSource the pooled data source
   * @param url its JDBC URL (for the dialect)
   * @param properties the server settings
   */
  public BsaStorage(
      DataSource dataSource,
      @Value("${spring.datasource.url}") String url,
      ServerProperties properties) {
    requireNonNull(url, "spring.datasource.url");
    this.store =
        JdbcStatementStore.builder(dataSource)
            .dialect(Dialect.fromUrl(url))
            .description("spring.datasource")
            .build();
    this.analyses =
        Caffeine.newBuilder()
            .maximumSize(properties.analysisCache().maxEntries())
            .expireAfterWrite(properties.analysisCache().ttl())
            .build();
  }

  /** Returns the analyzer (format detection, parsing, analysis); thread-safe. */
  StatementAnalyzer analyzer() {
    return analyzer;
  }

  /** Detects the format of an upload from its bytes alone. */
  String detectFormat(byte[] bytes) {
    return analyzer.detect(bytes).formatId();
  }

  /** Stores a parse result for a tenant; nothing is written twice for the same file. */
  ImportResult save(TenantId tenant, ParseResult result) {
    ImportResult imported = store.save(tenant, result);
    if (!imported.alreadyImported()) {
      changed(tenant);
    }
    return imported;
  }

  /** Drops a tenant's cached analyses; called whenever its statements change. */
  void changed(TenantId tenant) {
    analyses.asMap().keySet().removeIf(k -> k.tenant.equals(tenant));
  }

  /**
   * Returns a tenant's statements, newest import first, optionally of one account and overlapping a
   * period.
   */
  List<StoredStatement> statements(
      TenantId tenant,
      @Nullable String accountKey,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    return store.statements(tenant).stream()
        .filter(s -> accountKey == null || s.statement().account().key().equals(accountKey))
        .filter(s -> overlaps(s.statement(), from, to))
        .sorted(
            Comparator.comparing(StoredStatement::importedAt)
                .reversed()
                .thenComparing(s -> s.id().value()))
        .collect(Collectors.toList());
  }

  Optional<StoredStatement> statement(TenantId tenant, StatementId id) {
    return store.statement(tenant, id);
  }

  /** Returns one page of a statement's stored transactions, in booking order. */
  List<StoredTransaction> transactions(
      TenantId tenant,
      StatementId id,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      int offset,
      int limit) {
    return store.transactions(
        tenant,
        TransactionQuery.builder()
            .statementId(id)
            .from(from)
            .to(to)
            .offset(offset)
            .limit(limit)
            .build());
  }

  boolean delete(TenantId tenant, StatementId id) {
    boolean deleted = store.deleteStatement(tenant, id);
    if (deleted) {
      changed(tenant);
    }
    return deleted;
  }

  /** Returns the analysis of a tenant's chosen accounts over a period, cached per tenant. */
  AnalysisReport analysis(
      TenantId tenant, Set<String> accounts, @Nullable LocalDate from, @Nullable LocalDate to) {
    AnalysisKey key = new AnalysisKey(tenant, Set.copyOf(accounts), from, to);
    return analyses.get(
        key,
        k -> {
          List<Statement> chosen =
              store.statements(tenant).stream()
                  .map(StoredStatement::statement)
                  .filter(s -> accounts.isEmpty() || accounts.contains(s.account().key()))
                  .filter(s -> overlaps(s, from, to))
                  .collect(Collectors.toList());
          return analyzer.analyze(chosen);
        });
  }

  String analysisJson(AnalysisReport report) {
    return AnalysisReportJson.toJson(report);
  }

  String analysisHtml(AnalysisReport report) {
    return AnalysisReportHtml.render(report);
  }

  /** Returns the store's health; never throws. */
  StoreHealth health() {
    return store.health();
  }

  private static boolean overlaps(Statement s, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from == null && to == null) {
      return true;
    }
    Optional<DateRange> period = s.period();
    if (period.isEmpty()) {
      return true; // unknown period: keep it rather than hide data
    }
    DateRange p = period.get();
    return (to == null || !p.from().isAfter(to)) && (from == null || !p.to().isBefore(from));
  }

  private record AnalysisKey(
      TenantId tenant, Set<String> accounts, @Nullable LocalDate from, @Nullable LocalDate to) {}
}
