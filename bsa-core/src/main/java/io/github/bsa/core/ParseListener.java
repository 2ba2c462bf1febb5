package io.github.bsa.core;

import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;

/**
 * Receives transactions as they are read, for streaming huge files in bounded memory (combine with
 * {@link ParseOptions.Builder#retainTransactions(boolean) retainTransactions(false)}). Called on
 * the parsing thread, in input order. An exception thrown here aborts the parse.
 *
 * @since 0.1
 */
public interface ParseListener {
  /** A listener that ignores everything. */
  ParseListener NONE = new ParseListener() {};

  /**
   * Called for each transaction, in input order.
   *
   * @param statementIndex the 0-based index of the statement the transaction belongs to
   * @param transaction the transaction, with its id assigned
   */
  default void onTransaction(int statementIndex, Transaction transaction) {}

  /**
   * Called when a statement is complete, with its balances and balance check. When transactions are
   * not retained, the statement has none.
   *
   * @param statementIndex the 0-based index of the statement
   * @param statement the statement
   */
  default void onStatement(int statementIndex, Statement statement) {}

  /**
   * Called for each warning about the document or a statement.
   *
   * @param warning the warning
   */
  default void onWarning(ParseWarning warning) {}
}
