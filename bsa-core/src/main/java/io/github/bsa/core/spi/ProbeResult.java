package io.github.bsa.core.spi;

import static java.util.Objects.requireNonNull;

/**
 * A provider's verdict on whether a sample is in its format.
 *
 * @param confidence from 0 (certainly not) to 1 (certainly)
 * @param reason a short explanation without personal data, such as {@code "MT940 :20: tag"}
 * @since 0.1
 */
public record ProbeResult(double confidence, String reason) {
  /** The sample is not in this format. */
  public static final ProbeResult NO = new ProbeResult(0, "not recognised");

  /**
   * Validates the values.
   *
   * @throws IllegalArgumentException if the confidence is not within [0, 1]
   */
  public ProbeResult {
    requireNonNull(reason, "reason");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1]");
    }
  }

  /**
   * Returns a verdict.
   *
   * @param confidence from 0 to 1
   * @param reason a short explanation
   * @return the verdict
   */
  public static ProbeResult of(double confidence, String reason) {
    return new ProbeResult(confidence, reason);
  }

  /**
   * Returns whether the sample may be in this format.
   *
   * @return {@code true} when the confidence is above 0
   */
  public boolean isMatch() {
    return confidence > 0;
  }
}
