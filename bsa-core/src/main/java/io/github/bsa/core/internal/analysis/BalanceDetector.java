package io.github.bsa.core.internal.analysis;

import static io.github.bsa.core.internal.analysis.Dates.max;
import static io.github.bsa.core.internal.analysis.Dates.min;
import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AccountBalances;
import io.github.bsa.core.analysis.DailyBalance;
import io.github.bsa.core.analysis.MonthlyBalance;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Balances: end-of-day balances per account from opening, closing or running balances. */
final class BalanceDetector {
  private final List<Statement> statements;
  private final boolean[] primary;
  private final Items items;

  /** Per statement, the row of its first item (the rows are in statement order). */
  private final int[] firstItem;

  private BalanceDetector(Prepared p) {
    this.statements = p.statements();
    this.primary = p.primary();
    this.items = p.items().items();
    this.firstItem = new int[statements.size() + 1];
    for (int s = 0; s < statements.size(); s++) {
      firstItem[s + 1] = firstItem[s] + statements.get(s).transactions().size();
    }
  }

  /** Returns the balances of every analysed account. */
  static List<AccountBalances> detect(Prepared p) {
    return new BalanceDetector(p).balances();
  }

  private List<AccountBalances> balances() {
    Map<String, List<Integer>> byAccount = new TreeMap<>();
    for (int s = 0; s < statements.size(); s++) {
      if (primary[s]) {
        byAccount.computeIfAbsent(statements.get(s).account().key(), k -> new ArrayList<>()).add(s);
      }
    }
    List<AccountBalances> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : byAccount.entrySet()) {
      out.add(accountBalances(e.getKey(), e.getValue()));
    }
    return out;
  }

  private AccountBalances accountBalances(String key, List<Integer> indexes) {
    List<Integer> order = new ArrayList<>(indexes);
    order.sort(
        Comparator.comparing(
            (Integer s) -> startOf(statements.get(s)),
            Comparator.nullsLast(Comparator.naturalOrder())));
    List<Statement> ordered = new ArrayList<>();
    for (int s : order) {
      ordered.add(statements.get(s));
    }
    TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
    Set<String> sources = new java.util.TreeSet<>();
    boolean verified = true;
    for (int s : order) {
      Statement st = statements.get(s);
      int ownFrom = firstItem[s];
      int ownTo = firstItem[s + 1];
      verified &= st.balanceCheck().status() == BalanceCheck.Status.VERIFIED;
      Derived d = derive(st, items, ownFrom, ownTo);
      if (d == null) {
        sources.add("NONE");
        continue;
      }
      sources.add(d.source);
      LocalDate from = d.from;
      LocalDate to = d.to;
      // one sum per day of the statement, by epoch-day offset (no map per transaction)
      long first = from.toEpochDay();
      Amounts.Sum before = null;
      Amounts.Sum[] sums = new Amounts.Sum[(int) (to.toEpochDay() - first + 1)];
      for (int row = ownFrom; row < ownTo; row++) {
        int day = items.epochDay[row];
        if (day == Item.UNDATED_DAY) {
          continue;
        }
        long offset = day - first;
        if (offset < 0) {
          if (before == null) {
            before = new Amounts.Sum();
          }
          before.add(items, row);
        } else {
          Amounts.Sum sum = sums[(int) offset];
          if (sum == null) {
            sum = new Amounts.Sum();
            sums[(int) offset] = sum;
          }
          sum.add(items, row);
        }
      }
      BigDecimal balance = d.opening;
      // amounts dated before the statement's first day still count on its first day
      if (before != null) {
        balance = balance.add(before.value());
      }
      LocalDate day = from;
      for (Amounts.Sum delta : sums) {
        if (delta != null) {
          balance = balance.add(delta.value());
        }
        days.put(day, balance);
        day = day.plusDays(1);
      }
    }
    BigDecimal closing =
        ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).closingBalance().orElse(null);
    String source = sources.isEmpty() ? "NONE" : String.join("+", sources);
    if (sources.size() > 1) {
      sources.remove("NONE");
      source = String.join("+", sources);
    }
    if (days.isEmpty()) {
      return new AccountBalances(
          key, "NONE", List.of(), List.of(), null, null, null, 0, closing, verified);
    }
    // fill days between statements with the last known balance
    List<DailyBalance> series = new ArrayList<>();
    BigDecimal last = null;
    for (LocalDate day = days.firstKey(); !day.isAfter(days.lastKey()); day = day.plusDays(1)) {
      BigDecimal b = days.get(day);
      if (b == null) {
        b = requireNonNull(last);
      }
      series.add(new DailyBalance(day, b));
      last = b;
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal min = null;
    LocalDate minDate = null;
    int below = 0;
    Map<YearMonth, List<BigDecimal>> byMonth = new TreeMap<>();
    for (DailyBalance db : series) {
      sum = sum.add(db.balance());
      if (min == null || db.balance().compareTo(min) < 0) {
        min = db.balance();
        minDate = db.date();
      }
      if (db.balance().signum() < 0) {
        below++;
      }
      byMonth.computeIfAbsent(YearMonth.from(db.date()), k -> new ArrayList<>()).add(db.balance());
    }
    List<MonthlyBalance> months = new ArrayList<>();
    for (Map.Entry<YearMonth, List<BigDecimal>> m : byMonth.entrySet()) {
      List<BigDecimal> v = m.getValue();
      BigDecimal s = v.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      months.add(
          new MonthlyBalance(
              m.getKey().toString(),
              Money2.divide(s, v.size(), 2),
              v.stream().min(Comparator.naturalOrder()).orElseThrow(),
              v.get(v.size() - 1),
              v.size()));
    }
    return new AccountBalances(
        key,
        source,
        series,
        months,
        Money2.divide(sum, series.size(), 2),
        min,
        minDate,
        below,
        closing,
        verified);
  }

  private static @Nullable LocalDate startOf(Statement s) {
    if (s.period().isPresent()) {
      return s.period().get().from();
    }
    return s.transactions().stream()
        .map(t -> t.date().orElse(null))
        .filter(java.util.Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** How a statement's balances were derived. */
  private record Derived(String source, BigDecimal opening, LocalDate from, LocalDate to) {}

  /** How a statement's balances are derived; its items are the rows [firstRow, endRow). */
  private static @Nullable Derived derive(Statement st, Items items, int firstRow, int endRow) {
    int firstDay = Integer.MAX_VALUE;
    int lastDay = Integer.MIN_VALUE;
    Amounts.Sum sum = new Amounts.Sum();
    for (int row = firstRow; row < endRow; row++) {
      sum.add(items, row);
      int day = items.epochDay[row];
      if (day != Item.UNDATED_DAY) {
        firstDay = Math.min(firstDay, day);
        lastDay = Math.max(lastDay, day);
      }
    }
    LocalDate first = firstDay == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(firstDay);
    LocalDate lastDate = lastDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(lastDay);
    BigDecimal total = sum.value();
    LocalDate from = st.period().map(DateRange::from).orElse(first);
    LocalDate to = st.period().map(DateRange::to).orElse(lastDate);
    if (from == null || to == null) {
      return null;
    }
    to = max(to, lastDate);
    if (st.openingBalance().isPresent()) {
      return new Derived("OPENING_BALANCE", st.openingBalance().get(), from, requireNonNull(to));
    }
    if (st.closingBalance().isPresent()) {
      return new Derived(
          "CLOSING_BALANCE", st.closingBalance().get().subtract(total), from, requireNonNull(to));
    }
    List<Transaction> txs = st.transactions();
    if (txs.isEmpty()) {
      return null;
    }
    Transaction head = txs.get(0);
    Transaction tail = txs.get(txs.size() - 1);
    boolean reversed =
        head.date().isPresent()
            && tail.date().isPresent()
            && head.date().get().isAfter(tail.date().get());
    Transaction anchor = reversed ? tail : head;
    if (anchor.balance().isEmpty()) {
      return null;
    }
    return new Derived(
        "RUNNING_BALANCE",
        anchor.balance().get().subtract(anchor.amount()),
        from,
        requireNonNull(to));
  }
}
