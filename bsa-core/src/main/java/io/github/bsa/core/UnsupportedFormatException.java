package io.github.bsa.core;

import java.util.List;

/**
 * Thrown when no parser recognises the input, or when a parser recognises it but cannot read this
 * kind of document (for example an OFX investment statement).
 *
 * @since 0.1
 */
public class UnsupportedFormatException extends BsaException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // List.copyOf gives a serializable list
  private final List<String> candidates;

  /**
   * Creates an exception.
   *
   * @param message a message without personal data
   * @param candidates the format ids that were tried, in the order they were asked
   */
  public UnsupportedFormatException(String message, List<String> candidates) {
    super(ErrorCode.UNSUPPORTED_FORMAT, message);
    this.candidates = List.copyOf(candidates);
  }

  /**
   * Returns the ids of the formats that were tried.
   *
   * @return the candidates; never null
   */
  public List<String> candidates() {
    return candidates;
  }
}
