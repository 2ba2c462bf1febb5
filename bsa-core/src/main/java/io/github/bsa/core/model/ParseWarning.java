package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.SourcePosition;
import java.util.List;

/**
 * Something a parser recovered from or noticed, such as a skipped line or a sign of tampering. The
 * message holds no values from the input.
 *
 * <p>bsa summarises warnings of one code: the parse result holds one warning per code (per
 * statement, or for the document) with the number of occurrences and the positions of the first
 * {@value #MAX_POSITIONS}, so memory stays bounded however many rows are affected.
 *
 * @param code a stable upper-case code such as {@code "SKIPPED_LINE"} or {@code
 *     "PDF_INCREMENTAL_UPDATE"}
 * @param message a readable explanation without personal data (of the first occurrence)
 * @param position where it was first noticed
 * @param count how many times it occurred, at least 1 (since 0.2)
 * @param positions where it occurred, the first {@value #MAX_POSITIONS} at most, starting with
 *     {@code position} (since 0.2)
 * @since 0.1
 */
public record ParseWarning(
    String code,
    String message,
    SourcePosition position,
    long count,
    List<SourcePosition> positions) {
  /** The most positions a summarised warning keeps. */
  public static final int MAX_POSITIONS = 10;

  /** Validates and copies the values. */
  public ParseWarning {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    requireNonNull(position, "position");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    positions = positions.isEmpty() ? List.of(position) : List.copyOf(positions);
    if (positions.size() > MAX_POSITIONS) {
      positions = positions.subList(0, MAX_POSITIONS);
    }
  }

  /**
   * Returns a single warning.
   *
   * @param code the code
   * @param message the message
   * @param position the position
   */
  public ParseWarning(String code, String message, SourcePosition position) {
    this(code, message, position, 1, List.of(position));
  }

  /**
   * Returns a single warning.
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
