package io.github.bsa.core.spi;

import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;

/**
 * Receives what a {@link StatementParser} reads. Implemented by bsa; it enforces the transaction,
 * time and cancellation limits, assigns transaction ids, derives the period, verifies balances,
 * summarises warnings and streams to the caller's listener.
 *
 * <h2>The protocol</h2>
 *
 * For each statement of the input, in source order:
 *
 * <ol>
 *   <li>{@link #beginStatement(StatementHeader)}, mandatory, with what is known before the first
 *       transaction (at least the account: transaction ids are derived from it);
 *   <li>{@link #transaction(Transaction)} for each transaction, in source order, and {@link
 *       #rowSkipped(ParseWarning)} for each row of the statement the parser left out or could not
 *       read;
 *   <li>{@link #endStatement(StatementHeader)}, mandatory, with the complete header including the
 *       closing fields (closing balance, stated period). The header's account replaces the first
 *       one unless it is {@link io.github.bsa.core.model.Account#empty()}.
 * </ol>
 *
 * {@link #warning} and {@link #property} may be called at any time. A transaction or an {@code
 * endStatement} without an open statement, a {@code beginStatement} while one is open, or a
 * statement still open when {@code parse} returns is a bug in the parser: the parse fails with
 * {@link io.github.bsa.core.ErrorCode#PARSER_FAILURE}.
 *
 * <h2>Verdict rule</h2>
 *
 * A statement with a skipped row is never {@code VERIFIED}: its balance check is {@code
 * DISCREPANCY} when the arithmetic breaks, otherwise {@code UNVERIFIED} with reason {@code
 * ROWS_SKIPPED} and the first skipped row as its position. Rows skipped while no statement is open
 * count against every later statement of the input, since bsa cannot tell which one they belonged
 * to. Parsers report a skip before ending the statement it belongs to.
 *
 * <h2>Warnings</h2>
 *
 * Warnings are summarised per code and statement (or per code for the document): one {@link
 * ParseWarning} holding the count and the first positions, so a file with a million bad rows costs
 * one object, not a million. Warning messages must not contain text from the input.
 *
 * @since 0.1
 */
public interface StatementSink {
  /**
   * Opens the next statement.
   *
   * @param header what is known before its first transaction, at least the account
   * @throws io.github.bsa.core.BsaException with {@code PARSER_FAILURE} if a statement is open
   * @since 0.2
   */
  void beginStatement(StatementHeader header);

  /**
   * Reports the next transaction of the open statement, in source order.
   *
   * @param transaction the transaction
   * @throws io.github.bsa.core.LimitExceededException if a limit is exceeded
   * @throws io.github.bsa.core.BsaException with {@code PARSER_FAILURE} if no statement is open, or
   *     {@code CANCELLED} if the caller cancelled
   */
  void transaction(Transaction transaction);

  /**
   * Reports a row that belongs to the transactions of a statement but was left out, such as a row
   * without a valid date. The statement can then never be {@code VERIFIED}.
   *
   * @param warning why and where; the code names the kind (such as {@code "CSV_ROW_SKIPPED"})
   * @since 0.2
   */
  void rowSkipped(ParseWarning warning);

  /**
   * Completes the open statement. bsa attaches the transactions reported since {@link
   * #beginStatement}, derives the period from their dates when the header states none, and computes
   * the balance check.
   *
   * @param header the complete header: account, stated period, balances, warnings, attributes
   * @throws io.github.bsa.core.BsaException with {@code PARSER_FAILURE} if no statement is open
   * @since 0.2
   */
  void endStatement(StatementHeader header);

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
