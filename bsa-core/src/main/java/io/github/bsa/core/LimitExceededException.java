package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when input exceeds one of the {@link ParseLimits}; the partial result is discarded.
 *
 * @since 0.1
 */
public class LimitExceededException extends BsaException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long maximum;

  /**
   * Creates an exception.
   *
   * @param limit the name of the limit, for example {@code "maxBytes"}
   * @param maximum the configured maximum
   * @param position where in the input the limit tripped
   */
  public LimitExceededException(String limit, long maximum, SourcePosition position) {
    super(
        ErrorCode.LIMIT_EXCEEDED,
        "Input exceeds the limit "
            + requireNonNull(limit, "limit")
            + " = "
            + maximum
            + "; raise it with ParseLimits.builder()",
        position,
        null);
    this.limit = limit;
    this.maximum = maximum;
  }

  /**
   * Returns the name of the limit that tripped, as named by the {@link ParseLimits.Builder} method.
   *
   * @return the limit name
   */
  public String limit() {
    return limit;
  }

  /**
   * Returns the configured maximum of the limit.
   *
   * @return the maximum (bytes, transactions, pages or milliseconds)
   */
  public long maximum() {
    return maximum;
  }
}
