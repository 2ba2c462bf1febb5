package io.github.bsa.storage.health;

/**
 * The status of a health report or one of its components, from best to worst.
 *
 * @since 0.2
 */
public enum HealthStatus {
  /** Everything works. */
  UP,
  /** Serving, but something needs attention (an old backup, a long waiting queue). */
  DEGRADED,
  /** Not serving: storage unreachable, schema mismatch or no parsers. */
  DOWN;

  /**
   * Returns the worse of two statuses.
   *
   * @param other the other status
   * @return the worse one
   */
  public HealthStatus worst(HealthStatus other) {
    return other.severity() > severity() ? other : this;
  }

  private int severity() {
    return switch (this) {
      case UP -> 0;
      case DEGRADED -> 1;
      case DOWN -> 2;
    };
  }
}
