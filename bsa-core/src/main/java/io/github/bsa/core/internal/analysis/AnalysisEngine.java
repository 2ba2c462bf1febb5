package io.github.bsa.core.internal.analysis;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AccountBalances;
import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalysisWarning;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.Cadence;
import io.github.bsa.core.analysis.CashFlow;
import io.github.bsa.core.analysis.CashFlowPeriod;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.CategoryTotal;
import io.github.bsa.core.analysis.DailyBalance;
import io.github.bsa.core.analysis.Direction;
import io.github.bsa.core.analysis.Income;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.LenderSummary;
import io.github.bsa.core.analysis.MonthlyBalance;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import io.github.bsa.core.internal.ids.TransactionIds;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs every detector over a list of statements and assembles the {@link AnalysisReport}. The
 * detectors and their rules are described in docs/analysis.md. Stateless; each call works on its
 * own data.
 */
public final class AnalysisEngine {
  static final String OWN_TRANSFER = "OWN_TRANSFER";
  static final String DUPLICATE = "DUPLICATE";
  static final String UNDATED = "UNDATED";
  static final String OTHER_CURRENCY = "OTHER_CURRENCY";

  private static final Set<String> SUBSCRIPTION_LIKE =
      Set.of(Categories.SUBSCRIPTIONS, Categories.OTHER, Categories.SHOPPING, Categories.EDUCATION);
  private static final Set<String> NOT_INCOME =
      Set.of(Categories.REFUNDS, Categories.RETURNED_PAYMENTS);
  private static final Set<String> OBLIGATIONS =
      Set.of(Categories.LOAN_REPAYMENT, Categories.RENT_MORTGAGE);
  private static final BigDecimal FIXED_SPREAD = new BigDecimal("0.05");
  private static final BigDecimal SUBSCRIPTION_CAP_MULTIPLE = new BigDecimal("3");
  private static final BigDecimal SALARY_MAX_VARIABILITY = new BigDecimal("0.25");

  private AnalysisEngine() {}

  /**
   * Analyses statements.
   *
   * @param statements the statements, of one or more accounts
   * @param options the options
   * @return the report
   */
  public static AnalysisReport analyze(List<Statement> statements, AnalysisOptions options) {
    requireNonNull(statements, "statements");
    requireNonNull(options, "options");
    return new Run(List.copyOf(statements), options).run();
  }

  /** One analysis run. */
  private static final class Run {
    final List<Statement> statements;
    final AnalysisOptions options;
    final List<Item> items = new ArrayList<>();
    final List<AnalysisWarning> warnings = new ArrayList<>();
    final List<RiskSignal> signals = new ArrayList<>();
    final boolean[] primary;
    @Nullable String currency;
    BigDecimal subscriptionCap = BigDecimal.ZERO;

    Run(List<Statement> statements, AnalysisOptions options) {
      this.statements = statements;
      this.options = options;
      this.primary = new boolean[statements.size()];
    }

    AnalysisReport run() {
      chooseCurrency();
      collect();
      markDuplicates();
      Categorizer categorizer = new Categorizer(options);
      for (Item i : items) {
        i.name =
            CounterpartyNormalizer.normalize(i.tx.counterparty().orElse(null), i.tx.description());
        Categorizer.Match m = categorizer.categorize(i.tx, i.name);
        i.category = m.category();
        i.ruleId = m.ruleId();
      }
      markOwnTransfers();
      List<Item> included = new ArrayList<>();
      for (Item i : items) {
        if (i.included()) {
          included.add(i);
        }
      }
      included.sort(Item.BY_DATE);
      DateRange period = period(included);
      LocalDate reference =
          options
              .referenceDate()
              .orElse(
                  included.isEmpty()
                      ? (period == null ? null : period.to())
                      : included.get(included.size() - 1).day());
      List<YearMonth> months = months(period);
      CashFlow cashFlow = cashFlow(included, period, months);
      List<RecurringPayment> recurring = recurring(included, reference);
      Income income = income(included, recurring, months.size());
      List<AccountBalances> balances = balances();
      risk(included, recurring, balances);
      LenderSummary lender = lender(included, income, balances, months.size());
      signals.sort(
          Comparator.comparing(RiskSignal::type)
              .thenComparing(RiskSignal::date, Comparator.nullsFirst(Comparator.naturalOrder()))
              .thenComparing(RiskSignal::accountKey)
              .thenComparing(s -> s.transactionIds().isEmpty() ? "" : s.transactionIds().get(0))
              .thenComparing(RiskSignal::detail));
      List<Item> all = new ArrayList<>(items);
      all.sort(Item.BY_DATE);
      return AnalysisReport.builder()
          .currency(currency)
          .period(period)
          .referenceDate(reference)
          .statementCount(statements.size())
          .transactions(all.stream().map(Run::view).toList())
          .cashFlow(cashFlow)
          .recurring(recurring)
          .income(income)
          .balances(balances)
          .riskSignals(signals)
          .lenderSummary(lender)
          .warnings(warnings)
          .build();
    }

    // ---- input ----------------------------------------------------------------------------

    private static String currencyOf(Statement s) {
      return s.currency().map(Currency::getCurrencyCode).orElse("");
    }

    private void chooseCurrency() {
      Map<String, Integer> counts = new TreeMap<>();
      for (Statement s : statements) {
        String c = currencyOf(s);
        if (!c.isEmpty()) {
          counts.merge(c, Math.max(1, s.transactions().size()), Integer::sum);
        }
      }
      String best = null;
      int bestCount = -1;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      currency = best;
      for (int i = 0; i < statements.size(); i++) {
        String c = currencyOf(statements.get(i));
        primary[i] = c.isEmpty() || c.equals(best);
      }
      if (counts.size() > 1) {
        warnings.add(
            new AnalysisWarning(
                "MIXED_CURRENCIES",
                "Statements in "
                    + counts.size()
                    + " currencies; only "
                    + best
                    + " statements are analysed, the others are listed as excluded"));
      }
    }

    private void collect() {
      int seq = 0;
      int undated = 0;
      for (int s = 0; s < statements.size(); s++) {
        Statement st = statements.get(s);
        String key = st.account().key();
        List<Transaction> txs = st.transactions();
        if (txs.stream().anyMatch(t -> t.id().isEmpty())) {
          txs = TransactionIds.assignAll(key, txs);
        }
        for (Transaction t : txs) {
          Item i = new Item(t, s, seq++, key, t.id().orElseThrow());
          if (!primary[s]) {
            i.exclusion = OTHER_CURRENCY;
          } else if (i.date == null) {
            i.exclusion = UNDATED;
            undated++;
          }
          items.add(i);
        }
      }
      if (undated > 0) {
        warnings.add(
            new AnalysisWarning(
                "UNDATED_TRANSACTIONS",
                undated + " transaction(s) have no date and are left out of the cash flow"));
      }
    }

    private void markDuplicates() {
      Map<String, Item> seen = new HashMap<>();
      for (Item i : items) {
        Item first = seen.putIfAbsent(i.id, i);
        if (first != null && i.exclusion == null) {
          i.exclusion = DUPLICATE;
          signals.add(
              new RiskSignal(
                  RiskSignalType.DUPLICATE_DEFINITE,
                  "analysis.duplicate.same-id",
                  i.accountKey,
                  i.date,
                  i.amount,
                  "The same transaction appears in statements "
                      + (first.statement + 1)
                      + " and "
                      + (i.statement + 1)
                      + "; the repeat is not counted",
                  List.of(i.id)));
        }
      }
    }

    private void markOwnTransfers() {
      Set<String> own = new HashSet<>(options.ownAccounts());
      Map<String, Set<String>> formsByKey = new HashMap<>();
      for (int s = 0; s < statements.size(); s++) {
        if (!primary[s]) {
          continue;
        }
        Statement st = statements.get(s);
        Set<String> forms = formsByKey.computeIfAbsent(st.account().key(), k -> new HashSet<>());
        st.account()
            .iban()
            .ifPresent(iban -> forms.add(AnalysisOptions.normalizeAccount(iban.value())));
        st.account().number().ifPresent(n -> forms.add(AnalysisOptions.normalizeAccount(n)));
        if (!st.account().key().isEmpty()) {
          forms.add(AnalysisOptions.normalizeAccount(st.account().key()));
        }
        own.addAll(forms);
      }
      for (Item i : items) {
        if (!i.included() || i.tx.counterpartyAccount().isEmpty()) {
          continue;
        }
        String other = AnalysisOptions.normalizeAccount(i.tx.counterpartyAccount().get());
        Set<String> self = formsByKey.getOrDefault(i.accountKey, Set.of());
        if (!other.isEmpty() && own.contains(other) && !self.contains(other)) {
          ownTransfer(i, "analysis.own-transfer.account");
          signals.add(
              new RiskSignal(
                  RiskSignalType.OWN_TRANSFER,
                  i.ruleId,
                  i.accountKey,
                  i.date,
                  i.amount,
                  "Transfer to or from another account of the user",
                  List.of(i.id)));
        }
      }
      long accounts =
          items.stream().filter(Item::included).map(i -> i.accountKey).distinct().count();
      if (accounts < 2) {
        return;
      }
      Map<BigDecimal, List<Item>> inflows = new TreeMap<>();
      List<Item> outflows = new ArrayList<>();
      for (Item i : items) {
        if (!i.included() || !transferLike(i)) {
          continue;
        }
        if (i.amount.signum() > 0) {
          inflows.computeIfAbsent(i.amount.stripTrailingZeros(), k -> new ArrayList<>()).add(i);
        } else if (i.amount.signum() < 0) {
          outflows.add(i);
        }
      }
      inflows.values().forEach(l -> l.sort(Item.BY_DATE));
      outflows.sort(Item.BY_DATE);
      for (Item out : outflows) {
        List<Item> candidates = inflows.get(out.amount.negate().stripTrailingZeros());
        if (candidates == null) {
          continue;
        }
        for (Item in : candidates) {
          if (in.included()
              && !in.accountKey.equals(out.accountKey)
              && Math.abs(ChronoUnit.DAYS.between(out.day(), in.day()))
                  <= options.transferWindowDays()) {
            ownTransfer(out, "analysis.own-transfer.paired");
            ownTransfer(in, "analysis.own-transfer.paired");
            signals.add(
                new RiskSignal(
                    RiskSignalType.OWN_TRANSFER,
                    "analysis.own-transfer.paired",
                    out.accountKey,
                    out.date,
                    out.amount,
                    "Transfer between two analysed accounts; both legs are left out of income and"
                        + " spending",
                    List.of(out.id, in.id)));
            break;
          }
        }
      }
    }

    private static boolean transferLike(Item i) {
      return i.ruleId.startsWith("default.transfers")
          || i.ruleId.startsWith("default.fallback")
          || i.ruleId.startsWith("default.type.");
    }

    private static void ownTransfer(Item i, String rule) {
      i.exclusion = OWN_TRANSFER;
      i.category = Categories.TRANSFERS;
      i.ruleId = rule;
    }

    private @Nullable DateRange period(List<Item> included) {
      LocalDate from = null;
      LocalDate to = null;
      for (int s = 0; s < statements.size(); s++) {
        if (!primary[s]) {
          continue;
        }
        DateRange p = statements.get(s).period().orElse(null);
        if (p != null) {
          from = min(from, p.from());
          to = max(to, p.to());
        }
      }
      for (Item i : included) {
        from = min(from, i.day());
        to = max(to, i.day());
      }
      return from == null || to == null ? null : DateRange.of(from, to);
    }

    private static List<YearMonth> months(@Nullable DateRange period) {
      List<YearMonth> out = new ArrayList<>();
      if (period == null) {
        return out;
      }
      for (YearMonth m = YearMonth.from(period.from());
          !m.isAfter(YearMonth.from(period.to()));
          m = m.plusMonths(1)) {
        out.add(m);
      }
      return out;
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
              .map(Run::view)
              .toList();
      List<AnalyzedTransaction> topOut =
          included.stream()
              .filter(i -> i.amount.signum() < 0)
              .sorted(largest)
              .limit(options.topN())
              .map(Run::view)
              .toList();
      return new CashFlow(total, monthly, topIn, topOut, ownIn, ownOut);
    }

    private static CashFlowPeriod flow(
        String label, LocalDate from, LocalDate to, List<Item> list) {
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

    // ---- recurring ------------------------------------------------------------------------

    private List<RecurringPayment> recurring(List<Item> included, @Nullable LocalDate reference) {
      Map<String, List<Item>> groups = new TreeMap<>();
      for (Item i : included) {
        if (i.name.key().isEmpty() || i.amount.signum() == 0) {
          continue;
        }
        String dir = i.amount.signum() < 0 ? "0out" : "1in";
        groups.computeIfAbsent(dir + "|" + i.name.key(), k -> new ArrayList<>()).add(i);
      }
      List<BigDecimal> outflows = new ArrayList<>();
      for (Item i : included) {
        if (i.amount.signum() < 0) {
          outflows.add(i.amount.abs());
        }
      }
      outflows.sort(null);
      subscriptionCap =
          outflows.isEmpty()
              ? BigDecimal.ZERO
              : outflows.get(outflows.size() / 2).multiply(SUBSCRIPTION_CAP_MULTIPLE);
      List<RecurringPayment> out = new ArrayList<>();
      Set<String> usedIds = new HashSet<>();
      BigDecimal factor = BigDecimal.ONE.add(options.amountTolerance());
      for (List<Item> group : groups.values()) {
        if (group.size() < 2) {
          continue;
        }
        List<Item> byAmount = new ArrayList<>(group);
        byAmount.sort(Comparator.comparing((Item i) -> i.amount.abs()).thenComparing(Item.BY_DATE));
        List<List<Item>> clusters = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        BigDecimal base = null;
        for (Item i : byAmount) {
          if (base == null || i.amount.abs().compareTo(base.multiply(factor)) > 0) {
            current = new ArrayList<>();
            clusters.add(current);
            base = i.amount.abs();
          }
          current.add(i);
        }
        for (List<Item> cluster : clusters) {
          RecurringPayment p = series(cluster, reference, usedIds);
          if (p != null) {
            out.add(p);
          }
        }
      }
      return out;
    }

    private @Nullable RecurringPayment series(
        List<Item> cluster, @Nullable LocalDate reference, Set<String> usedIds) {
      List<Item> members = new ArrayList<>(cluster);
      members.sort(Item.BY_DATE);
      // one payment per day: a second on the same day is not part of the rhythm
      List<Item> dated = new ArrayList<>();
      for (Item i : members) {
        if (dated.isEmpty() || !dated.get(dated.size() - 1).day().equals(i.day())) {
          dated.add(i);
        }
      }
      if (dated.size() < 2) {
        return null;
      }
      List<Long> gaps = new ArrayList<>();
      for (int k = 1; k < dated.size(); k++) {
        gaps.add(ChronoUnit.DAYS.between(dated.get(k - 1).day(), dated.get(k).day()));
      }
      List<Long> sorted = new ArrayList<>(gaps);
      sorted.sort(null);
      long median = sorted.get(sorted.size() / 2);
      Cadence cadence = null;
      for (Cadence c : Cadence.values()) {
        if (median >= c.minDays() && median <= c.maxDays()) {
          cadence = c;
          break;
        }
      }
      if (cadence == null) {
        return null;
      }
      int minCount = cadence == Cadence.QUARTERLY || cadence == Cadence.YEARLY ? 2 : 3;
      if (dated.size() < minCount) {
        return null;
      }
      int inBand = 0;
      for (long g : gaps) {
        if (g < cadence.minDays()) {
          return null;
        }
        if (g <= cadence.maxDays()) {
          inBand++;
        }
      }
      if (inBand * 5 < gaps.size() * 4) {
        return null;
      }
      Item first = dated.get(0);
      Item last = dated.get(dated.size() - 1);
      boolean outflow = first.amount.signum() < 0;
      List<BigDecimal> amounts = dated.stream().map(i -> i.amount).toList();
      BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal minAbs =
          amounts.stream().map(BigDecimal::abs).min(Comparator.naturalOrder()).orElseThrow();
      BigDecimal maxAbs =
          amounts.stream().map(BigDecimal::abs).max(Comparator.naturalOrder()).orElseThrow();
      String category = mostFrequentCategory(dated);
      boolean fixed =
          minAbs.signum() > 0
              && maxAbs.subtract(minAbs).compareTo(minAbs.multiply(FIXED_SPREAD)) <= 0;
      BigDecimal average = Money2.divide(sum, dated.size(), Money2.scaleOf(amounts));
      boolean subscription =
          outflow
              && (Categories.SUBSCRIPTIONS.equals(category)
                  || (SUBSCRIPTION_LIKE.contains(category)
                      && fixed
                      && average.abs().compareTo(subscriptionCap) <= 0));
      LocalDate next = cadence.next(last.day());
      int grace = cadence.maxDays() - cadence.minDays();
      boolean active = reference == null || !reference.isAfter(next.plusDays(grace));
      String baseId =
          ((outflow ? "out:" : "in:") + first.name.key() + ":" + cadence.name())
              .toLowerCase(java.util.Locale.ROOT)
              .replace(' ', '-');
      String id = baseId;
      for (int n = 2; !usedIds.add(id); n++) {
        id = baseId + ":" + n;
      }
      return new RecurringPayment(
          id,
          first.name.display(),
          outflow ? Direction.OUT : Direction.IN,
          category,
          cadence,
          dated.size(),
          average,
          outflow ? minAbs.negate() : minAbs,
          outflow ? maxAbs.negate() : maxAbs,
          first.day(),
          last.day(),
          next,
          active,
          subscription,
          dated.stream().map(i -> i.id).toList());
    }

    private static String mostFrequentCategory(List<Item> list) {
      Map<String, Integer> counts = new TreeMap<>();
      for (Item i : list) {
        counts.merge(categorySortKey(i.category) + "|" + i.category, 1, Integer::sum);
      }
      String best = "";
      int bestCount = -1;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best.substring(best.indexOf('|') + 1);
    }

    // ---- income ---------------------------------------------------------------------------

    private Income income(List<Item> included, List<RecurringPayment> recurring, int months) {
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
        if (i.amount.signum() <= 0 || NOT_INCOME.contains(i.category)) {
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
            list.stream()
                .filter(i -> Categories.SALARY.equals(i.category))
                .findFirst()
                .orElse(null);
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

    // ---- balances -------------------------------------------------------------------------

    private List<AccountBalances> balances() {
      Map<String, List<Integer>> byAccount = new TreeMap<>();
      for (int s = 0; s < statements.size(); s++) {
        if (primary[s]) {
          byAccount
              .computeIfAbsent(statements.get(s).account().key(), k -> new ArrayList<>())
              .add(s);
        }
      }
      List<AccountBalances> out = new ArrayList<>();
      for (Map.Entry<String, List<Integer>> e : byAccount.entrySet()) {
        out.add(accountBalances(e.getKey(), e.getValue()));
      }
      return out;
    }

    private AccountBalances accountBalances(String key, List<Integer> indexes) {
      List<Statement> list = new ArrayList<>();
      for (int s : indexes) {
        list.add(statements.get(s));
      }
      List<Statement> ordered = new ArrayList<>(list);
      ordered.sort(
          Comparator.comparing(Run::startOf, Comparator.nullsLast(Comparator.naturalOrder())));
      TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
      Set<String> sources = new java.util.TreeSet<>();
      boolean verified = true;
      for (Statement st : ordered) {
        verified &= st.balanceCheck().status() == BalanceCheck.Status.VERIFIED;
        Derived d = derive(st);
        if (d == null) {
          sources.add("NONE");
          continue;
        }
        sources.add(d.source);
        TreeMap<LocalDate, BigDecimal> sums = new TreeMap<>();
        for (Transaction t : st.transactions()) {
          t.date().ifPresent(date -> sums.merge(date, t.amount(), BigDecimal::add));
        }
        LocalDate from = d.from;
        LocalDate to = d.to;
        BigDecimal balance = d.opening;
        // amounts dated before the statement's first day still count on its first day
        for (Map.Entry<LocalDate, BigDecimal> s : sums.headMap(from).entrySet()) {
          balance = balance.add(s.getValue());
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
          BigDecimal delta = sums.get(day);
          if (delta != null) {
            balance = balance.add(delta);
          }
          days.put(day, balance);
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
        byMonth
            .computeIfAbsent(YearMonth.from(db.date()), k -> new ArrayList<>())
            .add(db.balance());
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

    private static @Nullable Derived derive(Statement st) {
      LocalDate first = null;
      LocalDate lastDate = null;
      BigDecimal total = BigDecimal.ZERO;
      for (Transaction t : st.transactions()) {
        total = total.add(t.amount());
        LocalDate d = t.date().orElse(null);
        if (d != null) {
          first = min(first, d);
          lastDate = max(lastDate, d);
        }
      }
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

    // ---- risk -----------------------------------------------------------------------------

    private void risk(
        List<Item> included, List<RecurringPayment> recurring, List<AccountBalances> balances) {
      for (Item i : included) {
        RiskSignalType type = null;
        String detail = "";
        switch (i.ruleId) {
          case "default.fees.bounce" -> {
            type = RiskSignalType.BOUNCE_FEE;
            detail = "Fee for a returned or bounced payment";
          }
          case "default.fees.overdraft" -> {
            type = RiskSignalType.OVERDRAFT_FEE;
            detail = "Overdraft fee or interest";
          }
          case "default.fees.nsf" -> {
            type = RiskSignalType.INSUFFICIENT_FUNDS_FEE;
            detail = "Insufficient-funds fee";
          }
          default -> {
            switch (i.category) {
              case Categories.RETURNED_PAYMENTS -> {
                type = RiskSignalType.BOUNCED_PAYMENT;
                detail = "A payment was returned unpaid";
              }
              case Categories.LOAN_REPAYMENT -> {
                type = RiskSignalType.LOAN_PAYMENT;
                detail = "Loan or instalment repayment";
              }
              case Categories.CASH_DEPOSIT -> {
                type = RiskSignalType.CASH_DEPOSIT;
                detail = "Cash paid in";
              }
              case Categories.CASH_WITHDRAWAL -> {
                type = RiskSignalType.CASH_WITHDRAWAL;
                detail = "Cash taken out";
              }
              case Categories.GAMBLING -> {
                type = RiskSignalType.GAMBLING;
                detail = "Betting, casino or lottery";
              }
              default -> {}
            }
          }
        }
        if (type != null) {
          signals.add(
              new RiskSignal(
                  type, i.ruleId, i.accountKey, i.date, i.amount, detail, List.of(i.id)));
        }
      }
      suspectedDuplicates(included);
      large(included, recurring);
      statementSignals();
      for (AccountBalances b : balances) {
        LocalDate runStart = null;
        BigDecimal runMin = null;
        int runDays = 0;
        List<DailyBalance> days = b.days();
        for (int k = 0; k <= days.size(); k++) {
          DailyBalance d = k < days.size() ? days.get(k) : null;
          if (d != null && d.balance().signum() < 0) {
            if (runStart == null) {
              runStart = d.date();
              runMin = d.balance();
              runDays = 0;
            }
            runDays++;
            if (d.balance().compareTo(requireNonNull(runMin)) < 0) {
              runMin = d.balance();
            }
          } else if (runStart != null) {
            signals.add(
                new RiskSignal(
                    RiskSignalType.NEGATIVE_BALANCE,
                    "analysis.balance.negative",
                    b.accountKey(),
                    runStart,
                    runMin,
                    runDays + " day(s) ended below zero; the amount is the lowest balance",
                    List.of()));
            runStart = null;
          }
        }
      }
    }

    private void suspectedDuplicates(List<Item> included) {
      Map<String, List<Item>> groups = new LinkedHashMap<>();
      for (Item i : included) {
        String who = i.name.key().isEmpty() ? Text.fold(i.tx.description()) : i.name.key();
        String key =
            i.accountKey
                + "|"
                + i.day()
                + "|"
                + i.amount.stripTrailingZeros().toPlainString()
                + "|"
                + who;
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      for (List<Item> g : groups.values()) {
        if (g.size() > 1) {
          Item f = g.get(0);
          signals.add(
              new RiskSignal(
                  RiskSignalType.DUPLICATE_SUSPECTED,
                  "analysis.duplicate.same-day-amount-party",
                  f.accountKey,
                  f.date,
                  f.amount,
                  g.size() + " transactions on the same day with the same amount and counterparty",
                  g.stream().map(i -> i.id).toList()));
        }
      }
    }

    private void large(List<Item> included, List<RecurringPayment> recurring) {
      Set<String> inSeries = new HashSet<>();
      recurring.forEach(p -> inSeries.addAll(p.transactionIds()));
      for (int sign : new int[] {1, -1}) {
        List<BigDecimal> abs = new ArrayList<>();
        for (Item i : included) {
          if (i.amount.signum() == sign) {
            abs.add(i.amount.abs());
          }
        }
        abs.sort(null);
        BigDecimal median = abs.size() >= 5 ? abs.get(abs.size() / 2) : null;
        BigDecimal bound = median == null ? null : median.multiply(options.largeMultiple());
        BigDecimal threshold = options.largeThreshold().orElse(null);
        for (Item i : included) {
          if (i.amount.signum() != sign
              || inSeries.contains(i.id)
              || Categories.SALARY.equals(i.category)) {
            continue;
          }
          BigDecimal a = i.amount.abs();
          String rule = null;
          String detail = "";
          if (threshold != null && a.compareTo(threshold) >= 0) {
            rule = "analysis.large.threshold";
            detail = "At or above the configured large-transaction threshold";
          } else if (bound != null && bound.signum() > 0 && a.compareTo(bound) >= 0) {
            rule = "analysis.large.median";
            detail =
                "At least "
                    + options.largeMultiple().toPlainString()
                    + " times the median "
                    + (sign > 0 ? "inflow" : "outflow");
          }
          if (rule != null) {
            signals.add(
                new RiskSignal(
                    RiskSignalType.LARGE_TRANSACTION,
                    rule,
                    i.accountKey,
                    i.date,
                    i.amount,
                    detail,
                    List.of(i.id)));
          }
        }
      }
    }

    private void statementSignals() {
      Map<String, List<Statement>> byAccount = new TreeMap<>();
      for (int s = 0; s < statements.size(); s++) {
        Statement st = statements.get(s);
        if (!primary[s]) {
          continue;
        }
        byAccount.computeIfAbsent(st.account().key(), k -> new ArrayList<>()).add(st);
        BalanceCheck c = st.balanceCheck();
        if (c.status() == BalanceCheck.Status.DISCREPANCY) {
          BigDecimal diff =
              c.expected().isPresent() && c.actual().isPresent()
                  ? c.actual().get().subtract(c.expected().get())
                  : null;
          signals.add(
              new RiskSignal(
                  RiskSignalType.BALANCE_DISCREPANCY,
                  "analysis.balance.statement",
                  st.account().key(),
                  st.period().map(DateRange::to).orElse(null),
                  diff,
                  "Statement "
                      + (s + 1)
                      + " does not add up ("
                      + c.reason()
                      + "); the amount is computed minus stated",
                  List.of()));
        }
      }
      for (Map.Entry<String, List<Statement>> e : byAccount.entrySet()) {
        List<Statement> list = new ArrayList<>(e.getValue());
        list.removeIf(st -> st.period().isEmpty());
        list.sort(Comparator.comparing(st -> st.period().orElseThrow().from()));
        for (int k = 1; k < list.size(); k++) {
          Statement prev = list.get(k - 1);
          Statement next = list.get(k);
          LocalDate prevEnd = prev.period().orElseThrow().to();
          LocalDate nextStart = next.period().orElseThrow().from();
          long gap = ChronoUnit.DAYS.between(prevEnd, nextStart) - 1;
          if (gap > 0) {
            signals.add(
                new RiskSignal(
                    RiskSignalType.STATEMENT_GAP,
                    "analysis.statement.gap",
                    e.getKey(),
                    prevEnd.plusDays(1),
                    null,
                    gap + " day(s) between two statements are not covered",
                    List.of()));
          }
          if (gap >= 0
              && prev.closingBalance().isPresent()
              && next.openingBalance().isPresent()
              && prev.closingBalance().get().compareTo(next.openingBalance().get()) != 0) {
            signals.add(
                new RiskSignal(
                    RiskSignalType.BALANCE_DISCREPANCY,
                    "analysis.balance.continuity",
                    e.getKey(),
                    nextStart,
                    next.openingBalance().get().subtract(prev.closingBalance().get()),
                    "The opening balance differs from the previous statement's closing balance",
                    List.of()));
          }
        }
      }
    }

    // ---- lender ---------------------------------------------------------------------------

    private LenderSummary lender(
        List<Item> included, Income income, List<AccountBalances> balances, int months) {
      BigDecimal obligations = BigDecimal.ZERO;
      List<String> ids = new ArrayList<>();
      for (Item i : included) {
        if (i.amount.signum() < 0 && OBLIGATIONS.contains(i.category)) {
          obligations = obligations.add(i.amount.negate());
          ids.add(i.id);
        }
      }
      BigDecimal ratio =
          income.total().signum() > 0
              ? obligations.divide(income.total(), 4, java.math.RoundingMode.HALF_EVEN)
              : null;
      BigDecimal avgBalance = null;
      int below = 0;
      for (AccountBalances b : balances) {
        if (b.averageDaily() != null) {
          avgBalance = avgBalance == null ? b.averageDaily() : avgBalance.add(b.averageDaily());
        }
        below += b.daysBelowZero();
      }
      int bounced = 0;
      int bounceFees = 0;
      int overdraft = 0;
      for (RiskSignal s : signals) {
        switch (s.type()) {
          case BOUNCED_PAYMENT -> bounced++;
          case BOUNCE_FEE -> bounceFees++;
          case OVERDRAFT_FEE, INSUFFICIENT_FUNDS_FEE -> overdraft++;
          default -> {}
        }
      }
      return new LenderSummary(
          months,
          income.averageMonthly(),
          Money2.divide(obligations, Math.max(1, months), 2),
          ratio,
          avgBalance,
          bounced,
          bounceFees,
          overdraft,
          below,
          ids);
    }

    // ---- helpers --------------------------------------------------------------------------

    private static AnalyzedTransaction view(Item i) {
      return new AnalyzedTransaction(
          i.id,
          i.accountKey,
          i.date,
          i.amount,
          i.tx.description(),
          i.name.display(),
          i.name.key(),
          i.category,
          i.ruleId,
          i.exclusion);
    }

    private static @Nullable LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b) {
      if (a == null) {
        return b;
      }
      return b == null || a.isBefore(b) ? a : b;
    }

    private static @Nullable LocalDate max(@Nullable LocalDate a, @Nullable LocalDate b) {
      if (a == null) {
        return b;
      }
      return b == null || a.isAfter(b) ? a : b;
    }
  }
}
