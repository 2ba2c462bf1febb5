package io.github.bsa.core.analysis;

/**
 * The direction of money a rule or series applies to.
 *
 * @since 0.1
 */
public enum Direction {
  /** Money in (a positive amount). */
  IN,
  /** Money out (a negative amount). */
  OUT,
  /** Either direction. */
  ANY;

  /**
   * Returns whether a signed amount goes this way.
   *
   * @param signum the sign of the amount
   * @return whether it matches
   */
  public boolean matches(int signum) {
    return switch (this) {
      case IN -> signum > 0;
      case OUT -> signum < 0;
      case ANY -> true;
    };
  }
}
