package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a statement cannot be parsed: the input is malformed ({@link
 * ErrorCode#MALFORMED_INPUT}), holds an invalid value ({@link ErrorCode#INVALID_DATA}), is
 * ambiguous ({@link ErrorCode#AMBIGUOUS_FORMAT}) or is encrypted ({@link
 * ErrorCode#ENCRYPTED_DOCUMENT}).
 *
 * @since 0.1
 */
public class StatementParseException extends BsaException {
  private static final long serialVersionUID = 1L;

  private final String formatId;

  /**
   * Creates an exception.
   *
   * @param errorCode the reason
   * @param formatId the format being parsed, for example {@code "mt940"}
   * @param message a message without personal data
   * @param position where in the input
   * @param cause the underlying exception, or {@code null}
   */
  public StatementParseException(
      ErrorCode errorCode,
      String formatId,
      String message,
      SourcePosition position,
      @Nullable Throwable cause) {
    super(errorCode, message, position, cause);
    this.formatId = requireNonNull(formatId, "formatId");
  }

  /**
   * Creates an exception for malformed input.
   *
   * @param formatId the format being parsed
   * @param message a message without personal data
   * @param position where in the input
   * @return the exception, for the caller to throw
   */
  public static StatementParseException malformed(
      String formatId, String message, SourcePosition position) {
    return new StatementParseException(
        ErrorCode.MALFORMED_INPUT, formatId, message, position, null);
  }

  /**
   * Creates an exception for well-formed input with an invalid value.
   *
   * @param formatId the format being parsed
   * @param message a message without personal data
   * @param position where in the input
   * @return the exception, for the caller to throw
   */
  public static StatementParseException invalid(
      String formatId, String message, SourcePosition position) {
    return new StatementParseException(ErrorCode.INVALID_DATA, formatId, message, position, null);
  }

  /**
   * Returns the id of the format that was being parsed.
   *
   * @return the format id
   */
  public String formatId() {
    return formatId;
  }
}
