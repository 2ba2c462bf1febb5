package io.github.bsa.core.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses one input. Created per input by {@link StatementParserProvider#create(ParseContext)}, used
 * from one thread.
 *
 * <p>A parser reports what it reads to the {@link StatementSink}: each transaction as it is read,
 * then {@link StatementSink#endStatement} with the statement's header (account, balances, period)
 * once the statement is complete. A simple parser may instead build whole statements and pass them
 * to {@code endStatement} with their transactions. Bad input ends in a {@link
 * io.github.bsa.core.StatementParseException} naming the position; any other unchecked exception
 * escaping a parser is treated as a bug and reported as {@link
 * io.github.bsa.core.ErrorCode#MALFORMED_INPUT}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface StatementParser {
  /**
   * Parses the input, which is positioned at its first byte. The caller closes the stream.
   *
   * @param input the input, already bounded by {@link io.github.bsa.core.ParseLimits#maxBytes()}
   * @param sink where to report statements, transactions and warnings
   * @throws IOException if reading fails
   */
  void parse(InputStream input, StatementSink sink) throws IOException;
}
