package io.github.bsa.core.spi;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;

/**
 * Receives what a {@link StatementParser} reads. Implemented by bsa; it enforces the transaction
 * and time limits, assigns transaction ids, verifies balances and streams to the caller's listener.
 *
 * @since 0.1
 */
public interface StatementSink {
  /**
   * Announces a new statement and its account before its transactions, so that transaction ids and
   * the caller's listener see them at once. Optional: without it, the transactions of a statement
   * are held back until {@link #endStatement(Statement)}.
   *
   * @param account the account, as far as it is known at this point
   */
  void beginStatement(Account account);

  /**
   * Reports the next transaction of the current statement, in source order.
   *
   * @param transaction the transaction
   * @throws io.github.bsa.core.LimitExceededException if a limit is exceeded
   */
  void transaction(Transaction transaction);

  /**
   * Completes the current statement. The transactions reported since the previous statement are
   * attached to it; when none were reported, the header's own transactions are used. bsa computes
   * the balance check and, when the header has no period, derives it from the transaction dates.
   *
   * @param header the statement's account, period, balances and warnings
   */
  void endStatement(Statement header);

  /**
   * Reports a warning about the document as a whole.
   *
   * @param warning the warning
   */
  void warning(ParseWarning warning);

  /**
   * Reports a document property, such as {@code "pdf.producer"}.
   *
   * @param key the key, prefixed with the format id
   * @param value the value
   */
  void property(String key, String value);
}
