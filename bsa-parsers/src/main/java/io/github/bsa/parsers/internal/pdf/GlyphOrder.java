package io.github.bsa.parsers.internal.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stable sorts of a page's glyphs on primitive keys: each glyph's coordinate as an order-keeping
 * int in the high half of a long and its position in the low half, so that one {@code long[]} sort
 * gives what a stable sort with {@code Comparator.comparingDouble} gives, without a comparator call
 * per comparison.
 */
final class GlyphOrder {
  private GlyphOrder() {}

  /** The glyphs by x, in their given order where x is equal. */
  static List<Glyph> byX(List<Glyph> glyphs) {
    long[] keys = new long[glyphs.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = pack(glyphs.get(i).x(), i);
    }
    Arrays.sort(keys);
    return ordered(glyphs, keys);
  }

  /** The glyphs by baseline, then x, in their given order where both are equal. */
  static List<Glyph> byBaselineThenX(List<Glyph> glyphs) {
    int n = glyphs.size();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = pack(glyphs.get(i).baseline(), i);
    }
    Arrays.sort(keys);
    int from = 0;
    while (from < n) {
      int key = (int) (keys[from] >> 32);
      int to = from + 1;
      while (to < n && (int) (keys[to] >> 32) == key) {
        to++;
      }
      if (to - from > 1) {
        // one baseline: by x, then by position
        for (int k = from; k < to; k++) {
          int index = (int) keys[k];
          keys[k] = pack(glyphs.get(index).x(), index);
        }
        Arrays.sort(keys, from, to);
      }
      from = to;
    }
    return ordered(glyphs, keys);
  }

  private static List<Glyph> ordered(List<Glyph> glyphs, long[] keys) {
    List<Glyph> out = new ArrayList<>(keys.length);
    for (long k : keys) {
      out.add(glyphs.get((int) k));
    }
    return out;
  }

  /** The value's order (as {@link Double#compare} of the float) in the high int, then the index. */
  private static long pack(float value, int index) {
    int bits = Float.floatToIntBits(value);
    int key = bits ^ ((bits >> 31) & 0x7fffffff);
    return ((long) key << 32) | index;
  }
}
