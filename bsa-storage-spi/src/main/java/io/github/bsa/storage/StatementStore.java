package io.github.bsa.storage;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.report.ParseResultJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Stores parsed statements per tenant. Every method takes the {@link TenantId} the host
 * authenticated as a required argument and only ever reads, changes or deletes that tenant's rows:
 * an id belonging to another tenant behaves exactly like an id that does not exist.
 *
 * <p>Imports are idempotent. Saving a file a tenant already imported (same {@link
 * ParseResult#sourceSha256()}) writes nothing. Transactions are unique per tenant, account and
 * transaction id ({@link io.github.bsa.core.model.Transaction#id()}, derived from the bank
 * reference or a fingerprint), so overlapping statements never duplicate a transaction. Each {@link
 * #save} is atomic: after a crash the store holds the whole file or none of it.
 *
 * <p>Implementations are thread-safe and may be shared by concurrent writers. Failures of the
 * backend throw {@link StorageException}. Extend the compatibility kit ({@code
 * io.github.bsa.storage.tck.StatementStoreCompatibilityKit} in the {@code bsa-storage-spi}
 * test-jar) to check an implementation.
 *
 * <pre>{@code
 * TenantId tenant = TenantId.of(authenticatedUser.tenant());
 * ImportResult r = store.save(tenant, analyzer.parse(file));
 * List<StoredTransaction> january = store.transactions(tenant,
 *     TransactionQuery.builder().from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2026, 1, 31)).build());
 * }</pre>
 *
 * @since 0.1
 */
public interface StatementStore {

  /**
   * Saves every statement of a parse result for a tenant, atomically. Transactions without an id
   * get a fingerprint id as the facade would assign it.
   *
   * @param tenant the tenant
   * @param result the parse result; its {@code sourceSha256} identifies the file
   * @return what was stored
   * @throws IllegalArgumentException if the result has no source SHA-256
   * @throws StorageException if the backend fails; nothing was stored then
   */
  @CanIgnoreReturnValue
  ImportResult save(TenantId tenant, ParseResult result);

  /**
   * Returns the tenant's statements, oldest import first.
   *
   * @param tenant the tenant
   * @return the statements, possibly empty
   * @throws StorageException if the backend fails
   */
  List<StoredStatement> statements(TenantId tenant);

  /**
   * Returns one statement of the tenant.
   *
   * @param tenant the tenant
   * @param id the statement id
   * @return the statement, empty if the tenant has no statement with that id
   * @throws StorageException if the backend fails
   */
  Optional<StoredStatement> statement(TenantId tenant, StatementId id);

  /**
   * Returns the tenant's transactions that match a query, without duplicates.
   *
   * @param tenant the tenant
   * @param query the criteria
   * @return the matching transactions in query order, possibly empty
   * @throws StorageException if the backend fails
   */
  List<StoredTransaction> transactions(TenantId tenant, TransactionQuery query);

  /**
   * Deletes one statement of the tenant, with the transactions no other statement of the tenant
   * contains. When the last statement of a file is deleted, the file may be imported again.
   *
   * @param tenant the tenant
   * @param id the statement id
   * @return {@code true} if the tenant had that statement
   * @throws StorageException if the backend fails; nothing was deleted then
   */
  @CanIgnoreReturnValue
  boolean deleteStatement(TenantId tenant, StatementId id);

  /**
   * Deletes all data of the tenant (for example on account closure or an erasure request).
   *
   * @param tenant the tenant
   * @return the number of statements deleted
   * @throws StorageException if the backend fails; nothing was deleted then
   */
  @CanIgnoreReturnValue
  int purge(TenantId tenant);

  /**
   * Writes all statements of the tenant as one JSON document: {@code {"tenant": .., "statements":
   * [{"id", "sourceSha256", "format", "index", "importedAt", "result"}]}}, where {@code result} is
   * the canonical {@link ParseResultJson} form of a result holding that one statement.
   *
   * @param tenant the tenant
   * @param out where to write; not closed
   * @throws StorageException if the backend fails
   * @throws UncheckedIOException if writing fails
   */
  default void export(TenantId tenant, Writer out) {
    try {
      out.write("{\"tenant\":\"" + tenant.value() + "\",\"statements\":[");
      boolean first = true;
      for (StoredStatement s : statements(tenant)) {
        if (!first) {
          out.write(',');
        }
        first = false;
        ParseResult one =
            ParseResult.builder()
                .format(s.format())
                .sourceSha256(s.sourceSha256())
                .addStatement(s.statement())
                .build();
        out.write("{\"id\":\"" + s.id().value() + "\"");
        out.write(",\"sourceSha256\":\"" + jsonEscape(s.sourceSha256()) + "\"");
        out.write(",\"format\":\"" + jsonEscape(s.format()) + "\"");
        out.write(",\"index\":" + s.index());
        out.write(",\"importedAt\":\"" + s.importedAt() + "\"");
        out.write(",\"result\":");
        ParseResultJson.write(one, out);
        out.write('}');
      }
      out.write("]}");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the tenant export failed", e);
    }
  }

  /**
   * Checks whether the store can serve requests: for a database, that it answers and has the
   * expected schema. Never throws for backend failures; they make the result unhealthy.
   *
   * @return the health
   */
  default StoreHealth health() {
    return new StoreHealth(true, java.time.Duration.ZERO, "ok", java.util.Map.of());
  }

  private static String jsonEscape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
