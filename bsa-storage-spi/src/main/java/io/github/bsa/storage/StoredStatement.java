package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.model.Statement;
import java.time.Instant;

/**
 * A statement as stored for a tenant: the statement exactly as it was parsed (all its transactions,
 * including ones another statement of the tenant already contributed), with where it came from.
 * Immutable; {@link #toString()} carries no personal data.
 *
 * @param id the id, unique within the tenant
 * @param tenant the owning tenant
 * @param sourceSha256 the SHA-256 of the imported file, lower-case hex
 * @param format the format id the file was parsed as
 * @param index the statement's position within its source file, from 0
 * @param importedAt when it was stored
 * @param statement the statement
 * @since 0.1
 */
public record StoredStatement(
    StatementId id,
    TenantId tenant,
    String sourceSha256,
    String format,
    int index,
    Instant importedAt,
    Statement statement) {

  /** Validates the components. */
  public StoredStatement {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(sourceSha256, "sourceSha256");
    requireNonNull(format, "format");
    requireNonNull(importedAt, "importedAt");
    requireNonNull(statement, "statement");
  }

  @Override
  public String toString() {
    return "StoredStatement[id="
        + id
        + ", tenant="
        + tenant
        + ", format="
        + format
        + ", transactions="
        + statement.transactions().size()
        + "]";
  }
}
