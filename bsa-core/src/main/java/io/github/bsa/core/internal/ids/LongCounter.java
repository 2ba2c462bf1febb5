package io.github.bsa.core.internal.ids;

/**
 * Counts occurrences of 64-bit keys in an open-addressing table (at most half full): 12 bytes a
 * slot instead of the hundreds a {@code HashMap<String, Integer>} entry costs. {@link
 * TransactionIds} keeps one per date and bounds their total {@link #slots()}. Not thread-safe.
 */
final class LongCounter {
  static final int INITIAL_SLOTS = 8;

  private static final long[] NO_KEYS = new long[0];
  private static final int[] NO_COUNTS = new int[0];

  private long[] keys = NO_KEYS;
  private int[] counts = NO_COUNTS;
  private int size;

  /** Returns the number of slots of the table (12 bytes each). */
  int slots() {
    return Math.max(keys.length, INITIAL_SLOTS);
  }

  /**
   * Returns how many slots {@link #increment} would add for this key: 0 when the key is present or
   * fits, otherwise the current number of slots (the table doubles).
   */
  int growthFor(long key) {
    if (2 * (size + 1) <= slots()) {
      return 0;
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (counts[i] != 0) {
      if (keys[i] == key) {
        return 0;
      }
      i = (i + 1) & mask;
    }
    return keys.length;
  }

  /**
   * Adds one occurrence of a key.
   *
   * @param key the key
   * @return the number of occurrences including this one
   */
  int increment(long key) {
    if (keys.length == 0) {
      keys = new long[INITIAL_SLOTS];
      counts = new int[INITIAL_SLOTS];
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (counts[i] != 0) {
      if (keys[i] == key) {
        return ++counts[i];
      }
      i = (i + 1) & mask;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
      mask = keys.length - 1;
      i = mix(key) & mask;
      while (counts[i] != 0) {
        i = (i + 1) & mask;
      }
    }
    keys[i] = key;
    counts[i] = 1;
    size++;
    return 1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldCounts[j] != 0) {
        int i = mix(oldKeys[j]) & mask;
        while (counts[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        counts[i] = oldCounts[j];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
