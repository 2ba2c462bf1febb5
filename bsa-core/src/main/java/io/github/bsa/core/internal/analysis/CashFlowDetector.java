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
import java.util.List;
import java.util.Map;
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
    Comparator<Item> largest =
        Comparator.comparing((Item i) -> i.amount.abs()).reversed().thenComparing(Item.BY_DATE);
    List<AnalyzedTransaction> topIn =
        included.stream()
            .filter(i -> i.amount.signum() > 0)
            .sorted(largest)
            .limit(options.topN())
            .map(Item::view)
            .toList();
    List<AnalyzedTransaction> topOut =
        included.stream()
            .filter(i -> i.amount.signum() < 0)
            .sorted(largest)
            .limit(options.topN())
            .map(Item::view)
            .toList();
    return new CashFlow(total, monthly, topIn, topOut, ownIn, ownOut);
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

  static String categorySortKey(String category) {
    int idx = Categories.defaults().indexOf(category);
    return idx >= 0 ? String.format("%03d", idx) : "999" + category;
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
