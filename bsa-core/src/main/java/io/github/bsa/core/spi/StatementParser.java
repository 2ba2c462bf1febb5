package io.github.bsa.core.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses one input. Created per input by {@link StatementParserProvider#create(ParseContext)}, used
 * from one thread.
 *
 * <p>A parser reports what it reads to the {@link StatementSink} following its protocol: {@code
 * beginStatement}, the transactions (and skipped rows), {@code endStatement} with the complete
 * {@link StatementHeader}, for each statement. The sink computes the period and the balance check;
 * a parser never does.
 *
 * <p>Errors: bad input ends in a {@link io.github.bsa.core.StatementParseException} (or another
 * {@link io.github.bsa.core.BsaException}) naming the position. Any other unchecked exception
 * escaping a parser, including an {@code IllegalArgumentException}, a {@code NumberFormatException}
 * or a {@code DateTimeException}, is treated as a bug: the caller gets a {@code BsaException} with
 * {@link io.github.bsa.core.ErrorCode#PARSER_FAILURE}, and it is logged at WARN with the format and
 * the exception type (never its message, which may quote the input). So a parser turns every
 * problem with the input into a {@code StatementParseException} itself.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface StatementParser {
  /**
   * Parses the input, which is positioned at its first byte.
   *
   * <p>The stream is already buffered (a parser needs no {@code BufferedInputStream} of its own),
   * bounded by {@link io.github.bsa.core.ParseLimits#maxBytes()}, supports {@link
   * InputStream#mark(int) mark}/{@link InputStream#reset() reset} for at least 64 KiB, and its
   * {@code close()} does nothing, so a parser may hand it to a reader that closes it. The first
   * bytes are also in {@link ParseContext#sample()}.
   *
   * @param input the input
   * @param sink where to report statements, transactions and warnings
   * @throws IOException if reading fails
   */
  void parse(InputStream input, StatementSink sink) throws IOException;
}
