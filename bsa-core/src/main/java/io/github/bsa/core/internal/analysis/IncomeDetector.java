package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.Cadence;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.Direction;
import io.github.bsa.core.analysis.Income;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.RecurringPayment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Income: sources by payer, salary by rule or by pattern, regular and other income. */
final class IncomeDetector {
  private static final Set<String> NOT_INCOME =
      Set.of(Categories.REFUNDS, Categories.RETURNED_PAYMENTS);
  private static final BigDecimal SALARY_MAX_VARIABILITY = new BigDecimal("0.25");

  private IncomeDetector() {}

  /** Returns the income of the prepared input. */
  static Income detect(Prepared p, List<RecurringPayment> recurring) {
    return income(p.included(), recurring, p.months().size());
  }

  private static Income income(ItemList included, List<RecurringPayment> recurring, int months) {
    Items items = included.items();
    Map<String, RecurringPayment> seriesOf = new HashMap<>();
    for (RecurringPayment p : recurring) {
      if (p.direction() == Direction.IN) {
        for (String id : p.transactionIds()) {
          seriesOf.put(id, p);
        }
      }
    }
    Map<String, List<Item>> byPayer = new TreeMap<>();
    List<String> ids = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int k = 0; k < included.size(); k++) {
      int row = included.row(k);
      if (items.sign[row] <= 0 || NOT_INCOME.contains(items.category[row])) {
        continue;
      }
      byPayer
          .computeIfAbsent(items.name(row).key(), key -> new ItemList(items))
          .add(items.item(row));
      ids.add(items.id[row]);
      total = total.add(items.tx[row].amount());
    }
    // salary by structure when no word names one: only the largest regular inflow of a payer can
    // be the pay; a smaller one on the same rhythm is a benefit, a pension or a family transfer
    List<String> salaryPayers = new ArrayList<>();
    List<BigDecimal> salaryMeans = new ArrayList<>();
    List<List<Item>> patterns = new ArrayList<>();
    // one series may span several payer keys (a text that varies: analysis.recurring.shared-word)
    IdentityHashMap<RecurringPayment, BigDecimal> totalOfSeries = new IdentityHashMap<>();
    IdentityHashMap<RecurringPayment, List<List<Item>>> listsOfSeries = new IdentityHashMap<>();
    for (Map.Entry<String, List<Item>> e : byPayer.entrySet()) {
      List<Item> list = e.getValue();
      if (list.stream().anyMatch(i -> Categories.SALARY.equals(i.category()))) {
        salaryPayers.add(e.getKey());
        salaryMeans.add(mean(list));
      } else if (salaryPattern(list, seriesOf)) {
        patterns.add(list);
        BigDecimal sum =
            list.stream().map(i -> i.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        RecurringPayment series = Objects.requireNonNull(seriesOfList(list, seriesOf));
        totalOfSeries.merge(series, sum, BigDecimal::add);
        listsOfSeries.computeIfAbsent(series, k -> new ArrayList<>()).add(list);
      }
    }
    RecurringPayment largest = null;
    BigDecimal largestTotal = BigDecimal.ZERO;
    for (Map.Entry<RecurringPayment, BigDecimal> e : totalOfSeries.entrySet()) {
      int c = e.getValue().compareTo(largestTotal);
      if (largest == null || c > 0 || (c == 0 && e.getKey().id().compareTo(largest.id()) < 0)) {
        largest = e.getKey();
        largestTotal = e.getValue();
      }
    }
    List<List<Item>> largestPattern = largest == null ? null : listsOfSeries.get(largest);
    // with a salary named by words, a pattern is pay only when it names the same payer or pays
    // about the same (another wording of the same employer's credit); without, the largest pattern
    // is, and those that name its payer or pay about the same
    Set<List<Item>> salaryPatterns = Collections.newSetFromMap(new IdentityHashMap<>());
    if (salaryPayers.isEmpty() && largestPattern != null) {
      // the largest series stands for the salary named by words: the same employer's credits in
      // another wording (a second series) join it below
      salaryPatterns.addAll(largestPattern);
      for (List<Item> list : largestPattern) {
        salaryPayers.add(list.get(0).name().key());
        salaryMeans.add(mean(list));
      }
    }
    if (!salaryPayers.isEmpty()) {
      for (List<Item> list : patterns) {
        String key = list.get(0).name().key();
        BigDecimal m = mean(list);
        if (salaryPayers.stream().anyMatch(k -> Returns.sharesWord(key, k))
            || salaryMeans.stream().anyMatch(s -> near(m, s))) {
          salaryPatterns.add(list);
        }
      }
    }
    List<IncomeSource> sources = new ArrayList<>();
    BigDecimal salary = BigDecimal.ZERO;
    for (List<Item> list : byPayer.values()) {
      Item first = list.get(0);
      Item last = list.get(list.size() - 1);
      RecurringPayment series = seriesOfList(list, seriesOf);
      String kind;
      String rule;
      Item salaryItem =
          list.stream()
              .filter(i -> Categories.SALARY.equals(i.category()))
              .findFirst()
              .orElse(null);
      if (salaryItem != null) {
        kind = "SALARY";
        rule = salaryItem.ruleId();
      } else if (salaryPatterns.contains(list)) {
        kind = "SALARY";
        rule = "analysis.income.salary-pattern";
      } else if (series != null) {
        kind = "REGULAR";
        rule = "analysis.income.recurring";
      } else {
        kind = "OTHER";
        rule = "analysis.income.other";
      }
      List<BigDecimal> amounts = list.stream().map(i -> i.amount()).toList();
      BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (kind.equals("SALARY")) {
        salary = salary.add(sum);
      }
      String payer = first.name().display().isEmpty() ? "(unnamed)" : first.name().display();
      sources.add(
          new IncomeSource(
              payer,
              kind,
              series == null ? null : series.cadence(),
              list.size(),
              sum,
              Money2.divide(sum, list.size(), 2),
              last.day(),
              Money2.variability(amounts),
              rule,
              list.stream().map(i -> i.id()).toList()));
    }
    sources.sort(
        Comparator.comparingInt((IncomeSource s) -> kindOrder(s.kind()))
            .thenComparing(IncomeSource::total, Comparator.reverseOrder())
            .thenComparing(IncomeSource::payer));
    return new Income(
        sources, total, salary, Money2.divide(total, Math.max(1, months), 2), months, ids);
  }

  /**
   * Whether one payer's credits look like pay without a word: a recurring series at least monthly,
   * income or transfers, amounts within {@link #SALARY_MAX_VARIABILITY}, no rule but the fallback
   * or the transfer words.
   */
  private static boolean salaryPattern(List<Item> list, Map<String, RecurringPayment> seriesOf) {
    RecurringPayment series = seriesOfList(list, seriesOf);
    return series != null
        && (series.category().equals(Categories.INCOME)
            || series.category().equals(Categories.TRANSFERS))
        && series.cadence().compareTo(Cadence.MONTHLY) <= 0
        && Money2.variability(list.stream().map(i -> i.amount()).toList())
                .compareTo(SALARY_MAX_VARIABILITY)
            <= 0
        && list.stream()
            .allMatch(
                i ->
                    i.ruleId().startsWith("default.fallback")
                        || i.ruleId().startsWith("default.transfers"));
  }

  /** The longest series any of the payer's credits belongs to, or null. */
  private static @Nullable RecurringPayment seriesOfList(
      List<Item> list, Map<String, RecurringPayment> seriesOf) {
    RecurringPayment series = null;
    for (Item i : list) {
      RecurringPayment p = seriesOf.get(i.id());
      if (p != null && (series == null || p.count() > series.count())) {
        series = p;
      }
    }
    return series;
  }

  private static BigDecimal mean(List<Item> list) {
    BigDecimal sum = list.stream().map(i -> i.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Money2.divide(sum, list.size(), 2);
  }

  /** Whether a is within {@link #SALARY_MAX_VARIABILITY} of b (b positive). */
  private static boolean near(BigDecimal a, BigDecimal b) {
    return b.signum() > 0 && a.subtract(b).abs().compareTo(b.multiply(SALARY_MAX_VARIABILITY)) <= 0;
  }

  private static int kindOrder(String kind) {
    return switch (kind) {
      case "SALARY" -> 0;
      case "REGULAR" -> 1;
      default -> 2;
    };
  }
}
