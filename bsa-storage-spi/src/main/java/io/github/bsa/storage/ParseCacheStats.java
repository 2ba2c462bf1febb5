package io.github.bsa.storage;

/**
 * A snapshot of {@link ParseCache} statistics. Immutable.
 *
 * @param hitCount lookups served from the cache
 * @param missCount lookups that parsed
 * @param evictionCount entries evicted by the weight bound
 * @param evictionWeight total weight evicted
 * @since 0.1
 */
public record ParseCacheStats(
    long hitCount, long missCount, long evictionCount, long evictionWeight) {

  /**
   * Returns hits divided by lookups, or 1 when there were no lookups.
   *
   * @return the hit rate
   */
  public double hitRate() {
    long total = hitCount + missCount;
    return total == 0 ? 1.0 : (double) hitCount / total;
  }
}
