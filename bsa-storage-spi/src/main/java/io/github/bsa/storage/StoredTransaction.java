package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.model.Transaction;

/**
 * A transaction as stored for a tenant. The pair (account key, id) is unique within the tenant: the
 * same transaction in two overlapping statements is stored once, attributed to the statement that
 * first contributed it. Immutable; {@link #toString()} carries no personal data.
 *
 * @param id the stable transaction id (from the bank reference or a fingerprint)
 * @param accountKey the account key ({@link io.github.bsa.core.model.Account#key()})
 * @param statementId the statement that first contributed it
 * @param transaction the transaction; source positions are not kept by every store
 * @since 0.1
 */
public record StoredTransaction(
    String id, String accountKey, StatementId statementId, Transaction transaction) {

  /** Validates the components. */
  public StoredTransaction {
    requireNonNull(id, "id");
    requireNonNull(accountKey, "accountKey");
    requireNonNull(statementId, "statementId");
    requireNonNull(transaction, "transaction");
  }

  @Override
  public String toString() {
    return "StoredTransaction[id=" + id + ", statement=" + statementId + "]";
  }
}
