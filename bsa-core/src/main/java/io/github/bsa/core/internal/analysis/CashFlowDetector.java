package io.github.bsa.core.internal.analysis;

import static io.github.bsa.core.internal.analysis.Dates.max;
import static io.github.bsa.core.internal.analysis.Dates.min;
import static io.github.bsa.core.internal.analysis.Item.OWN_TRANSFER;
import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.CashFlow;
import io.github.bsa.core.analysis.CashFlowPeriod;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.CategoryTotal;
import io.github.bsa.core.model.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.RandomAccess;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Cash flow: totals per month and category, top transactions, own transfers. */
final class CashFlowDetector {
  private final Items items;
  private final AnalysisOptions options;

  private CashFlowDetector(Prepared p) {
    this.items = p.items().items();
    this.options = p.options();
  }

  /** Returns the cash flow of the prepared input. */
  static CashFlow detect(Prepared p) {
    return new CashFlowDetector(p).cashFlow(p.included(), p.period(), p.months());
  }

  private CashFlow cashFlow(ItemList included, @Nullable DateRange period, List<YearMonth> months) {
    Amounts.Sum ownIn = new Amounts.Sum();
    Amounts.Sum ownOut = new Amounts.Sum();
    for (int row = 0; row < items.size(); row++) {
      if (OWN_TRANSFER.equals(items.exclusion[row])) {
        (items.sign[row] > 0 ? ownIn : ownOut).add(items, row);
      }
    }
    if (period == null) {
      return new CashFlow(null, List.of(), List.of(), List.of(), ownIn.value(), ownOut.value());
    }
    // the included items are in date order: each month is one run of them (a view, no copy);
    // the total merges the months' sums instead of a second pass over every item
    List<CashFlowPeriod> monthly = new ArrayList<>();
    Flow all = new Flow();
    int start = 0;
    for (YearMonth m : months) {
      long end = m.plusMonths(1).atDay(1).toEpochDay();
      int stop = start;
      while (stop < included.size() && items.epochDay[included.row(stop)] < end) {
        stop++;
      }
      Flow f = new Flow();
      f.addAll(included, start, stop);
      all.merge(f);
      start = stop;
      LocalDate from = max(m.atDay(1), period.from());
      LocalDate to = min(m.atEndOfMonth(), period.to());
      monthly.add(f.period(m.toString(), requireNonNull(from), requireNonNull(to)));
    }
    if (start < included.size()) {
      // every included item lies in the period's months; kept as a guard
      Flow rest = new Flow();
      rest.addAll(included, start, included.size());
      all.merge(rest);
    }
    CashFlowPeriod total = all.period("total", period.from(), period.to());
    List<AnalyzedTransaction> topIn = top(included, 1, options.topN());
    List<AnalyzedTransaction> topOut = top(included, -1, options.topN());
    return new CashFlow(total, monthly, topIn, topOut, ownIn.value(), ownOut.value());
  }

  /** Magnitude descending, then date: compares amounts by magnitude without allocating. */
  private static final Comparator<Item> LARGEST =
      ((Comparator<Item>) (a, b) -> compareMagnitude(b, a)).thenComparing(Item.BY_DATE);

  private static int compareMagnitude(Item a, Item b) {
    return Item.compareAbs(a, b);
  }

  /** The n largest items of one sign, in one pass with a bounded heap (no sort of the input). */
  private static List<AnalyzedTransaction> top(ItemList included, int sign, int n) {
    if (n <= 0) {
      return List.of();
    }
    Items items = included.items();
    PriorityQueue<Item> heap = new PriorityQueue<>(n + 1, LARGEST.reversed());
    for (int k = 0; k < included.size(); k++) {
      int row = included.row(k);
      if (items.sign[row] == sign) {
        Item least = heap.size() == n ? requireNonNull(heap.peek(), "least") : null;
        if (least != null
            && items.exact[row]
            && least.exact()
            && Math.abs(items.e4[row]) < Math.abs(least.e4())) {
          continue; // smaller in magnitude than the n kept, compared on longs
        }
        Item i = items.item(row);
        if (least != null && LARGEST.compare(i, least) > 0) {
          continue; // smaller than the n kept: it would leave the heap at once
        }
        heap.add(i);
        if (heap.size() > n) {
          heap.poll();
        }
      }
    }
    List<Item> out = new ArrayList<>(heap);
    out.sort(LARGEST);
    return out.stream().map(Item::view).toList();
  }

  /** The sums of one period by category, in the order the items come. */
  private static final class Flow {
    // categories are few: a hash map by category, ordered by sort key at the end
    final Map<String, Acc> byCategory = new HashMap<>();
    final Amounts.Sum in = new Amounts.Sum();
    final Amounts.Sum out = new Amounts.Sum();
    int inCount;
    int outCount;

    /** Adds the items list[from, to) of one period; call once, on a new flow. */
    void addAll(ItemList list, int from, int to) {
      Items items = list.items();
      // two passes: count per category, then fill id arrays of the exact size (no list growth)
      Acc last = null;
      for (int k = from; k < to; k++) {
        String category = items.category[list.row(k)];
        Acc a = last != null && last.category.equals(category) ? last : null;
        if (a == null) {
          a = byCategory.computeIfAbsent(category, Acc::new);
          last = a;
        }
        a.expected++;
      }
      byCategory.values().forEach(Acc::allocate);
      last = null;
      for (int k = from; k < to; k++) {
        int row = list.row(k);
        String category = items.category[row];
        Acc a = last != null && last.category.equals(category) ? last : null;
        if (a == null) {
          a = requireNonNull(byCategory.get(category), "category");
          last = a;
        }
        a.add(items, row);
        int sign = items.sign[row];
        if (sign > 0) {
          in.add(items, row);
          inCount++;
        } else if (sign < 0) {
          out.add(items, row);
          outCount++;
        }
      }
    }

    /** Adds a later period's sums (its ids follow this period's). */
    void merge(Flow later) {
      later.byCategory.forEach((k, v) -> byCategory.computeIfAbsent(k, Acc::new).merge(v));
      in.add(later.in);
      out.add(later.out);
      inCount += later.inCount;
      outCount += later.outCount;
    }

    CashFlowPeriod period(String label, LocalDate from, LocalDate to) {
      Map<String, Acc> ordered = new TreeMap<>();
      byCategory.forEach((k, v) -> ordered.put(categorySortKey(k), v));
      List<CategoryTotal> totals = ordered.values().stream().map(Acc::total).toList();
      BigDecimal inSum = in.value();
      BigDecimal outSum = out.value();
      return new CashFlowPeriod(
          label, from, to, inSum, outSum, inSum.add(outSum), inCount, outCount, totals);
    }
  }

  private static final Map<String, String> SORT_KEYS = sortKeys();

  private static Map<String, String> sortKeys() {
    Map<String, String> m = new HashMap<>();
    List<String> all = Categories.defaults();
    for (int idx = 0; idx < all.size(); idx++) {
      m.put(all.get(idx), String.format(Locale.ROOT, "%03d", idx));
    }
    return Map.copyOf(m);
  }

  static String categorySortKey(String category) {
    String key = SORT_KEYS.get(category);
    return key != null ? key : "999" + category;
  }

  /**
   * The ids of one category total, handed to {@link CategoryTotal}, which copies them: its {@link
   * #toArray()} gives the array itself instead of a copy (the list is made for that one copy and
   * dropped), so the ids are copied once, not twice (a list's copy into an array, then the
   * immutable list's own copy).
   */
  private static final class HandOver extends AbstractList<String> implements RandomAccess {
    private final String[] ids;

    HandOver(String[] ids) {
      this.ids = ids;
    }

    @Override
    public String get(int index) {
      return ids[index];
    }

    @Override
    public int size() {
      return ids.length;
    }

    @Override
    public Object[] toArray() {
      return ids;
    }
  }

  /**
   * Accumulates one category: the ids of one period in an array of the exact size, or, for a total,
   * the later periods' accumulators whose ids are joined once when the total is built.
   */
  private static final class Acc {
    private static final String[] NO_IDS = new String[0];

    final String category;
    final Amounts.Sum in = new Amounts.Sum();
    final Amounts.Sum out = new Amounts.Sum();
    int expected;
    String[] ids = NO_IDS;
    int count;
    final List<Acc> parts = new ArrayList<>();

    Acc(String category) {
      this.category = category;
    }

    void allocate() {
      ids = new String[expected];
    }

    void add(Items items, int row) {
      (items.sign[row] > 0 ? in : out).add(items, row);
      ids[count++] = items.id[row];
    }

    void merge(Acc later) {
      in.add(later.in);
      out.add(later.out);
      parts.add(later);
      count += later.count;
    }

    private List<String> ids() {
      if (parts.isEmpty()) {
        return new HandOver(count == ids.length ? ids : Arrays.copyOf(ids, count));
      }
      String[] joined = new String[count];
      int at = 0;
      for (Acc p : parts) {
        System.arraycopy(p.ids, 0, joined, at, p.count);
        at += p.count;
      }
      return new HandOver(joined);
    }

    CategoryTotal total() {
      BigDecimal inSum = in.value();
      BigDecimal outSum = out.value();
      return new CategoryTotal(category, inSum, outSum, inSum.add(outSum), count, ids());
    }
  }
}
