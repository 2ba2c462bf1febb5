package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.Cadence;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.Direction;
import io.github.bsa.core.analysis.Income;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.RecurringPayment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

  private static Income income(List<Item> included, List<RecurringPayment> recurring, int months) {
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
    for (Item i : included) {
      if (i.sign <= 0 || NOT_INCOME.contains(i.category)) {
        continue;
      }
      byPayer.computeIfAbsent(i.name.key(), k -> new ArrayList<>()).add(i);
      ids.add(i.id);
      total = total.add(i.amount);
    }
    List<IncomeSource> sources = new ArrayList<>();
    BigDecimal salary = BigDecimal.ZERO;
    for (List<Item> list : byPayer.values()) {
      Item first = list.get(0);
      Item last = list.get(list.size() - 1);
      RecurringPayment series = null;
      for (Item i : list) {
        RecurringPayment p = seriesOf.get(i.id);
        if (p != null && (series == null || p.count() > series.count())) {
          series = p;
        }
      }
      String kind;
      String rule;
      Item salaryItem =
          list.stream().filter(i -> Categories.SALARY.equals(i.category)).findFirst().orElse(null);
      if (salaryItem != null) {
        kind = "SALARY";
        rule = salaryItem.ruleId;
      } else if (series != null
          && (series.category().equals(Categories.INCOME)
              || series.category().equals(Categories.TRANSFERS))
          && series.cadence().compareTo(Cadence.MONTHLY) <= 0
          && Money2.variability(list.stream().map(i -> i.amount).toList())
                  .compareTo(SALARY_MAX_VARIABILITY)
              <= 0
          && list.stream()
              .allMatch(
                  i ->
                      i.ruleId.startsWith("default.fallback")
                          || i.ruleId.startsWith("default.transfers"))) {
        kind = "SALARY";
        rule = "analysis.income.salary-pattern";
      } else if (series != null) {
        kind = "REGULAR";
        rule = "analysis.income.recurring";
      } else {
        kind = "OTHER";
        rule = "analysis.income.other";
      }
      List<BigDecimal> amounts = list.stream().map(i -> i.amount).toList();
      BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (kind.equals("SALARY")) {
        salary = salary.add(sum);
      }
      String payer = first.name.display().isEmpty() ? "(unnamed)" : first.name.display();
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
              list.stream().map(i -> i.id).toList()));
    }
    sources.sort(
        Comparator.comparingInt((IncomeSource s) -> kindOrder(s.kind()))
            .thenComparing(IncomeSource::total, Comparator.reverseOrder())
            .thenComparing(IncomeSource::payer));
    return new Income(
        sources, total, salary, Money2.divide(total, Math.max(1, months), 2), months, ids);
  }

  private static int kindOrder(String kind) {
    return switch (kind) {
      case "SALARY" -> 0;
      case "REGULAR" -> 1;
      default -> 2;
    };
  }
}
