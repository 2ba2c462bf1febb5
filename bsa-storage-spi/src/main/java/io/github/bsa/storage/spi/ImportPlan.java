package io.github.bsa.storage.spi;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.Experimental;
import io.github.bsa.core.internal.ids.TransactionIds;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.internal.StoreSupport;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one {@code save} writes, computed the same way by every bsa store: statement ids derived
 * from tenant, source hash and position; one row per distinct transaction id per statement.
 * Immutable and thread-safe. For store implementers; experimental until 1.0.
 *
 * <p>Transactions that arrive without an id (results built by hand rather than by the facade) get
 * one by the facade's own rule, the same class the facade uses while parsing (bsa-core's {@code
 * TransactionIds}, exported only to this module): from the bank reference when it is unique within
 * the statement, otherwise from a fingerprint of account, date, amount, text and occurrence count.
 *
 * @since 0.1
 */
@Experimental
public final class ImportPlan {

  /**
   * One transaction row.
   *
   * @param txnId the transaction id
   * @param seq the position within the statement
   * @param transaction the transaction, with its id set
   */
  public record Row(String txnId, int seq, Transaction transaction) {}

  /**
   * One statement of the file.
   *
   * @param id its id
   * @param index its position in the file
   * @param accountKey the account key
   * @param statement the statement, transactions with ids
   * @param rows its distinct transactions
   */
  public record Part(
      StatementId id, int index, String accountKey, Statement statement, List<Row> rows) {}

  private final String sourceSha256;
  private final String format;
  private final List<Part> parts;

  private ImportPlan(String sourceSha256, String format, List<Part> parts) {
    this.sourceSha256 = sourceSha256;
    this.format = format;
    this.parts = List.copyOf(parts);
  }

  /**
   * Plans the import of a result for a tenant.
   *
   * @param tenant the tenant
   * @param result the result
   * @return the plan
   * @throws IllegalArgumentException if the result has no source hash
   */
  public static ImportPlan of(TenantId tenant, ParseResult result) {
    requireNonNull(tenant, "tenant");
    requireNonNull(result, "result");
    String sha = result.sourceSha256();
    if (sha.isBlank()) {
      throw new IllegalArgumentException("The parse result has no sourceSha256");
    }
    List<Part> parts = new ArrayList<>();
    List<Statement> statements = result.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      String accountKey = s.account().key();
      TransactionIds ids = new TransactionIds(accountKey);
      List<Transaction> withIds = new ArrayList<>(s.transactions().size());
      List<Row> rows = new ArrayList<>(s.transactions().size());
      Set<String> seen = new HashSet<>();
      int seq = 0;
      for (Transaction t : s.transactions()) {
        try {
          var unused = StoreSupport.amountE4(t.amount(), RoundingMode.HALF_EVEN);
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException(
              "Transaction amount outside the storable range (statement "
                  + (i + 1)
                  + ", transaction "
                  + (seq + 1)
                  + ")",
              e);
        }
        Transaction t2 = ids.assign(t);
        withIds.add(t2);
        String id = t2.id().orElseThrow();
        if (seen.add(id)) {
          rows.add(new Row(id, seq, t2));
        }
        seq++;
      }
      Statement stored =
          s.transactions().equals(withIds) ? s : s.toBuilder().transactions(withIds).build();
      parts.add(new Part(statementId(tenant, sha, i), i, accountKey, stored, List.copyOf(rows)));
    }
    return new ImportPlan(sha, result.format(), parts);
  }

  /**
   * Returns the source hash.
   *
   * @return the hash
   */
  public String sourceSha256() {
    return sourceSha256;
  }

  /**
   * Returns the format id.
   *
   * @return the format
   */
  public String format() {
    return format;
  }

  /**
   * Returns the statements.
   *
   * @return the parts in source order
   */
  public List<Part> parts() {
    return parts;
  }

  /**
   * Returns the ids of the statements.
   *
   * @return the ids in source order
   */
  public List<StatementId> statementIds() {
    return parts.stream().map(Part::id).toList();
  }

  /**
   * Returns the id of a statement: a hash of tenant, source hash and position, so the same file
   * gets different ids in different tenants.
   *
   * @param tenant the tenant
   * @param sourceSha256 the source hash
   * @param index the position
   * @return the id
   */
  public static StatementId statementId(TenantId tenant, String sourceSha256, int index) {
    return StatementId.of(
        "st"
            + TransactionIds.sha256Hex(
                tenant.value() + '\u0000' + sourceSha256 + '\u0000' + index, 15));
  }
}
