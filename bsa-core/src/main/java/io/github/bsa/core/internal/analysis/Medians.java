package io.github.bsa.core.internal.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The median absolute amount of the items of one sign (the upper median, element {@code n / 2} of
 * the sorted values), on a primitive array when every amount is exact in e4. Stateless.
 */
final class Medians {
  private Medians() {}

  /**
   * The k-th smallest value (0-based) of the array, which it reorders: quickselect with a
   * median-of-three pivot, linear on average; falls back to sorting after too many rounds.
   */
  static long select(long[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    for (int rounds = 0; lo < hi; rounds++) {
      if (rounds > 64) {
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      int mid = (lo + hi) >>> 1;
      long x = a[lo];
      long y = a[mid];
      long z = a[hi];
      long pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  /**
   * Returns the median absolute amount of the items with the given sign, or null when fewer than
   * {@code min} items have it. The value is numerically that of the median item (its scale may
   * differ).
   */
  static @Nullable BigDecimal absMedian(ItemList items, int sign, int min) {
    Median m = median(items, sign);
    return m.count() < min ? null : m.value();
  }

  /** The count of items of one sign and their median absolute amount (null when none). */
  private record Median(int count, @Nullable BigDecimal value) {}

  /**
   * The medians of one run, each worked out once per list and sign: the recurring and the risk
   * detectors both ask for the median outflow of the included items. Confined to one run.
   */
  static final class Memo {
    private @Nullable ItemList list;
    private final @Nullable Median[] bySign = new Median[3];

    /** As {@link Medians#absMedian}, computed once per list (by identity) and sign. */
    @SuppressWarnings("ReferenceEquality") // the same list object, not an equal one
    @Nullable BigDecimal absMedian(ItemList items, int sign, int min) {
      if (items != list) {
        list = items;
        Arrays.fill(bySign, null);
      }
      Median m = bySign[sign + 1];
      if (m == null) {
        m = median(items, sign);
        bySign[sign + 1] = m;
      }
      return m.count() < min ? null : m.value();
    }
  }

  private static Median median(ItemList list, int sign) {
    Items items = list.items();
    int size = list.size();
    int n = 0;
    boolean exact = true;
    for (int k = 0; k < size; k++) {
      int row = list.row(k);
      if (items.sign[row] == sign) {
        n++;
        exact &= items.exact[row];
      }
    }
    if (n == 0) {
      return new Median(0, null);
    }
    if (exact) {
      long[] abs = new long[n];
      int at = 0;
      for (int k = 0; k < size; k++) {
        int row = list.row(k);
        if (items.sign[row] == sign) {
          abs[at++] = Math.abs(items.e4[row]);
        }
      }
      return new Median(n, BigDecimal.valueOf(select(abs, n / 2), 4));
    }
    List<BigDecimal> abs = new ArrayList<>(n);
    for (Item i : list) {
      if (i.sign() == sign) {
        abs.add(i.abs());
      }
    }
    abs.sort(null);
    return new Median(n, abs.get(n / 2));
  }
}
