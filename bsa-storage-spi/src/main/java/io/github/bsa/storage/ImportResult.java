package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link StatementStore#save} did with a parse result. Immutable.
 *
 * @param sourceSha256 the SHA-256 of the source file
 * @param alreadyImported {@code true} if this tenant had already imported the same file, in which
 *     case nothing was written
 * @param statementIds the ids of the file's statements, in source order
 * @param transactionsAdded transactions stored for the first time
 * @param transactionsSkipped transactions the tenant already had (overlapping statements)
 * @since 0.1
 */
public record ImportResult(
    String sourceSha256,
    boolean alreadyImported,
    List<StatementId> statementIds,
    int transactionsAdded,
    int transactionsSkipped) {

  /** Validates and copies the components. */
  public ImportResult {
    requireNonNull(sourceSha256, "sourceSha256");
    statementIds = List.copyOf(statementIds);
    if (transactionsAdded < 0 || transactionsSkipped < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
