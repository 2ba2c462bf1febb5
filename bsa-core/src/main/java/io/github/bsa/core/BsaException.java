package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The unchecked exception for every domain failure in bsa: malformed input, unsupported formats,
 * exceeded limits, storage failures. Caller mistakes (a {@code null} argument, an invalid option)
 * throw the usual JDK exceptions instead.
 *
 * <p>Messages say what happened and where, and never contain values from the input (account
 * numbers, names, amounts, descriptions), so they are safe to log.
 *
 * @since 0.1
 */
public class BsaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final SourcePosition position;

  /**
   * Creates an exception.
   *
   * @param errorCode the reason
   * @param message a message without personal data
   * @param position where in the input it happened, or {@link SourcePosition#UNKNOWN}
   * @param cause the underlying exception, or {@code null}
   */
  public BsaException(
      ErrorCode errorCode, String message, SourcePosition position, @Nullable Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.errorCode = requireNonNull(errorCode, "errorCode");
    this.position = requireNonNull(position, "position");
  }

  /**
   * Creates an exception without a position or cause.
   *
   * @param errorCode the reason
   * @param message a message without personal data
   */
  public BsaException(ErrorCode errorCode, String message) {
    this(errorCode, message, SourcePosition.UNKNOWN, null);
  }

  /**
   * Returns the reason of the failure.
   *
   * @return the error code
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns where in the input the failure happened; {@link SourcePosition#UNKNOWN} when it is not
   * tied to a position.
   *
   * @return the position
   */
  public SourcePosition position() {
    return position;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    if (position.isKnown() && message != null && !message.endsWith(")")) {
      return message + " (" + position + ")";
    }
    return message == null ? errorCode.name() : message;
  }
}
