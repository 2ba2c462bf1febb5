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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Cash flow: totals per month and category, top transactions, own transfers. */
final class CashFlowDetector {
  private final List<Item> items;
  private final AnalysisOptions options;

  private CashFlowDetector(Prepared p) {
    this.items = p.items();
    this.options = p.options();
  }

  /** Returns the cash flow of the prepared input. */
  static CashFlow detect(Prepared p) {
    return new CashFlowDetector(p).cashFlow(p.included(), p.period(), p.months());
  }

  // ---- cash flow ------------------------------------------------------------------------

  private CashFlow cashFlow(
      List<Item> included, @Nullable DateRange period, List<YearMonth> months) {
    BigDecimal ownIn = BigDecimal.ZERO;
    BigDecimal ownOut = BigDecimal.ZERO;
    for (Item i : items) {
      if (OWN_TRANSFER.equals(i.exclusion)) {
        if (i.amount.signum() > 0) {
          ownIn = ownIn.add(i.amount);
        } else {
          ownOut = ownOut.add(i.amount);
        }
      }
    }
    if (period == null) {
      return new CashFlow(null, List.of(), List.of(), List.of(), ownIn, ownOut);
    }
    Map<YearMonth, List<Item>> byMonth = new TreeMap<>();
    for (Item i : included) {
      byMonth.computeIfAbsent(YearMonth.from(i.day()), k -> new ArrayList<>()).add(i);
    }
    List<CashFlowPeriod> monthly = new ArrayList<>();
    for (YearMonth m : months) {
      LocalDate from = max(m.atDay(1), period.from());
      LocalDate to = min(m.atEndOfMonth(), period.to());
      monthly.add(
          flow(
              m.toString(),
              requireNonNull(from),
              requireNonNull(to),
              byMonth.getOrDefault(m, List.of())));
    }
    CashFlowPeriod total = flow("total", period.from(), period.to(), included);
    List<AnalyzedTransaction> topIn = top(included, 1, options.topN());
    List<AnalyzedTransaction> topOut = top(included, -1, options.topN());
    return new CashFlow(total, monthly, topIn, topOut, ownIn, ownOut);
  }

  /** Magnitude descending, then date: compares amounts by magnitude without allocating. */
  private static final Comparator<Item> LARGEST =
      ((Comparator<Item>) (a, b) -> compareMagnitude(b, a)).thenComparing(Item.BY_DATE);

  private static int compareMagnitude(Item a, Item b) {
    int sa = a.amount.signum();
    int sb = b.amount.signum();
    int c = sa < 0 && sb < 0 ? b.amount.compareTo(a.amount) : a.amount.compareTo(b.amount);
    return sa * sb >= 0 ? c : a.abs.compareTo(b.abs);
  }

  /** The n largest items of one sign, in one pass with a bounded heap (no sort of the input). */
  private static List<AnalyzedTransaction> top(List<Item> included, int sign, int n) {
    if (n <= 0) {
      return List.of();
    }
    PriorityQueue<Item> heap = new PriorityQueue<>(n + 1, LARGEST.reversed());
    for (Item i : included) {
      if (i.amount.signum() == sign) {
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

  private static CashFlowPeriod flow(String label, LocalDate from, LocalDate to, List<Item> list) {
    Map<String, Acc> byCategory = new TreeMap<>();
    BigDecimal in = BigDecimal.ZERO;
    BigDecimal out = BigDecimal.ZERO;
    int inCount = 0;
    int outCount = 0;
    for (Item i : list) {
      Acc a = byCategory.computeIfAbsent(categorySortKey(i.category), k -> new Acc(i.category));
      a.add(i);
      if (i.amount.signum() > 0) {
        in = in.add(i.amount);
        inCount++;
      } else if (i.amount.signum() < 0) {
        out = out.add(i.amount);
        outCount++;
      }
    }
    List<CategoryTotal> totals = byCategory.values().stream().map(Acc::total).toList();
    return new CashFlowPeriod(label, from, to, in, out, in.add(out), inCount, outCount, totals);
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

  /** Accumulates one category. */
  private static final class Acc {
    final String category;
    BigDecimal in = BigDecimal.ZERO;
    BigDecimal out = BigDecimal.ZERO;
    final List<String> ids = new ArrayList<>();

    Acc(String category) {
      this.category = category;
    }

    void add(Item i) {
      if (i.amount.signum() > 0) {
        in = in.add(i.amount);
      } else {
        out = out.add(i.amount);
      }
      ids.add(i.id);
    }

    CategoryTotal total() {
      return new CategoryTotal(category, in, out, in.add(out), ids.size(), ids);
    }
  }
}
