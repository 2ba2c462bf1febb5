package io.github.bsa.core.internal.ids;

/**
 * Counts occurrences of 64-bit keys in an open-addressing table: 12 bytes a key instead of the
 * hundreds a {@code HashMap<String, Integer>} entry costs, so that id assignment stays small for
 * statements with millions of transactions. Not thread-safe.
 */
final class LongCounter {
  private long[] keys = new long[64];
  private int[] counts = new int[64];
  private int size;

  /**
   * Adds one occurrence of a key.
   *
   * @param key the key
   * @return the number of occurrences including this one
   */
  int increment(long key) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (counts[i] != 0) {
      if (keys[i] == key) {
        return ++counts[i];
      }
      i = (i + 1) & mask;
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
