package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.SourcePosition;

/**
 * Something a parser recovered from or noticed, such as a skipped line or a sign of tampering. The
 * message holds no values from the input.
 *
 * @param code a stable upper-case code such as {@code "SKIPPED_LINE"} or {@code
 *     "PDF_INCREMENTAL_UPDATE"}
 * @param message a readable explanation without personal data
 * @param position where it was noticed
 * @since 0.1
 */
public record ParseWarning(String code, String message, SourcePosition position) {
  /** Validates the values. */
  public ParseWarning {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    requireNonNull(position, "position");
  }

  /**
   * Returns a warning.
   *
   * @param code the code
   * @param message the message
   * @param position the position
   * @return the warning
   */
  public static ParseWarning of(String code, String message, SourcePosition position) {
    return new ParseWarning(code, message, position);
  }
}
