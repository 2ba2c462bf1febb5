package io.github.bsa.core.internal.analysis;

import static io.github.bsa.core.internal.analysis.CounterpartyNormalizer.EMPTY;
import static io.github.bsa.core.internal.analysis.Dates.max;
import static io.github.bsa.core.internal.analysis.Dates.min;
import static io.github.bsa.core.internal.analysis.Item.DUPLICATE;
import static io.github.bsa.core.internal.analysis.Item.OTHER_CURRENCY;
import static io.github.bsa.core.internal.analysis.Item.OWN_TRANSFER;
import static io.github.bsa.core.internal.analysis.Item.UNDATED;
import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisWarning;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import io.github.bsa.core.internal.ModelAccess;
import io.github.bsa.core.internal.ids.TransactionIds;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Input preparation: chooses the analysed currency, assigns ids, marks duplicates, undated and
 * other-currency transactions, normalises counterparties, categorises, and marks own-account
 * transfers. Confined to one analysis run.
 */
final class InputPreparation {
  private final List<Statement> statements;
  private final AnalysisOptions options;
  private Items table = new Items(0);

  /** Every row of {@link #table}, in input order. */
  private ItemList items = table.all();

  private final List<AnalysisWarning> warnings = new ArrayList<>();
  private final List<RiskSignal> signals = new ArrayList<>();
  private final boolean[] primary;

  /** Per statement, the {@link Item#seq} of its first transaction (ascending). */
  private final int[] firstSeq;

  private @Nullable String currency;

  InputPreparation(List<Statement> statements, AnalysisOptions options) {
    this.statements = statements;
    this.options = options;
    this.primary = new boolean[statements.size()];
    this.firstSeq = new int[statements.size()];
  }

  /** Prepares the input; call once. */
  Prepared prepare() {
    chooseCurrency();
    collect();
    markDuplicates();
    Categorizer categorizer = new Categorizer(options);
    // descriptions and counterparties repeat heavily: normalise and fold each distinct text once
    DescriptionCache descriptions = new DescriptionCache(items.size(), categorizer.digitTokens());
    Map<String, CounterpartyNormalizer.Name> names = new HashMap<>();
    // without user rules (which look at amounts and accounts) the category depends only on these
    Map<CategoryKey, Categorizer.Match> matches = new HashMap<>();
    boolean byText = options.rules().isEmpty();
    for (int row = 0; row < table.size(); row++) {
      Transaction tx = table.tx[row];
      String description = tx.description();
      String counterparty = ModelAccess.counterparty(tx);
      DescriptionCache.Entry d = descriptions.get(description);
      table.described(row, d);
      CounterpartyNormalizer.Name name = EMPTY;
      if (counterparty != null) {
        name = names.computeIfAbsent(counterparty, CounterpartyNormalizer::normalize);
      }
      if (name.key().isEmpty()) {
        name = d.name();
      }
      table.name(row, name);
      String typeCode = ModelAccess.typeCode(tx);
      int signum = table.sign[row];
      Categorizer.Match m;
      if (byText && typeCode == null && (counterparty == null || counterparty.isEmpty())) {
        // the default rules see the folded description and the sign only
        m = d.bySign[signum + 1];
        if (m == null) {
          m = categorizer.categorize(tx, name, d.foldedRepresentative());
          d.bySign[signum + 1] = m;
        }
      } else if (byText) {
        CounterpartyNormalizer.Name named = name;
        m =
            matches.computeIfAbsent(
                new CategoryKey(
                    description, counterparty == null ? "" : counterparty, signum, typeCode),
                k -> categorizer.categorize(tx, named, d.folded(description)));
      } else {
        m = categorizer.categorize(tx, name, d.folded(description));
      }
      table.category[row] = m.category();
      table.ruleId[row] = m.ruleId();
    }
    Locations.strip(table, categorizer);
    markOwnTransfers();
    markSavingsTransfers();
    for (Map.Entry<Item, String> e : HolderTransfers.find(statements, primary, table)) {
      ownTransfer(e.getKey(), e.getValue());
      ownTransferSignal(e.getKey(), "Transfer to an account of the user's own, named in the text");
    }
    for (Item i : UnnamedTransfers.find(table)) {
      ownTransfer(i, UnnamedTransfers.RULE);
      ownTransferSignal(i, "Round monthly transfer to an account the text names by number only");
    }
    Returns.mark(table);
    // one sort by date for the report's list and the included items (a filter keeps the order)
    ItemList byDate = Item.sortedByDate(table);
    int includedCount = 0;
    for (int k = 0; k < table.size(); k++) {
      if (table.exclusion[k] == null) {
        includedCount++;
      }
    }
    int[] includedRows = new int[includedCount];
    int at = 0;
    for (int k = 0; k < byDate.size(); k++) {
      int row = byDate.row(k);
      if (table.exclusion[row] == null) {
        includedRows[at++] = row;
      }
    }
    ItemList included = new ItemList(table, includedRows, includedCount);
    DateRange period = period(included);
    LocalDate reference =
        options
            .referenceDate()
            .orElse(
                included.isEmpty()
                    ? (period == null ? null : period.to())
                    : included.get(included.size() - 1).day());
    return new Prepared(
        statements,
        options,
        primary,
        currency,
        items,
        byDate,
        included,
        period,
        reference,
        months(period),
        warnings,
        signals,
        new Medians.Memo());
  }

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
    // one instance per distinct account key: the date order compares equal keys by identity
    Map<String, String> keys = new HashMap<>();
    int total = 0;
    for (Statement st : statements) {
      keys.putIfAbsent(st.account().key(), st.account().key());
      total += st.transactions().size();
    }
    table = new Items(total);
    int seq = 0;
    int undated = 0;
    for (int s = 0; s < statements.size(); s++) {
      firstSeq[s] = seq;
      Statement st = statements.get(s);
      String key = requireNonNull(keys.get(st.account().key()), "key");
      List<Transaction> txs = st.transactions();
      String[] ids = ids(txs);
      if (ids == null) {
        txs = TransactionIds.assignAll(key, txs);
        ids = requireNonNull(ids(txs), "ids");
      }
      int k = 0;
      // statements list their transactions by date: a date repeats, so its epoch day is reused
      LocalDate lastDate = null;
      int lastDay = 0;
      for (Transaction t : txs) {
        LocalDate date = ModelAccess.date(t);
        if (date != null && !date.equals(lastDate)) {
          lastDate = date;
          lastDay = (int) date.toEpochDay();
        }
        int row = table.add(t, key, ids[k++], date, lastDay);
        seq++;
        if (!primary[s]) {
          table.exclusion[row] = OTHER_CURRENCY;
        } else if (date == null) {
          table.exclusion[row] = UNDATED;
          undated++;
        }
      }
    }
    items = table.all();
    if (undated > 0) {
      warnings.add(
          new AnalysisWarning(
              "UNDATED_TRANSACTIONS",
              undated + " transaction(s) have no date and are left out of the cash flow"));
    }
  }

  /** The transactions' ids (one look at each), or null when one has none. */
  private static String @Nullable [] ids(List<Transaction> txs) {
    String[] ids = new String[txs.size()];
    int k = 0;
    for (Transaction t : txs) {
      String id = ModelAccess.id(t);
      if (id == null) {
        return null;
      }
      ids[k++] = id;
    }
    return ids;
  }

  private void markDuplicates() {
    // open addressing on the ids' hashes, each slot one long (hash and position): no node per
    // transaction. The ids' hashes are read in one pass of independent loads (the id strings lie
    // anywhere in the heap); the table is then filled bucket by bucket (a stable counting sort of
    // the positions by the top bits of their home slot), so the probes of one bucket stay in a part
    // of the table that fits the cache. Equal ids share a bucket and keep their input order there,
    // so each repeat finds the first of its id as a pass in input order would.
    int n = items.size();
    int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
    long[] seen = new long[capacity];
    int mask = capacity - 1;
    int[] hashes = new int[n];
    for (int k = 0; k < n; k++) {
      hashes[k] = table.id[k].hashCode();
    }
    int shift = Math.max(0, Integer.numberOfTrailingZeros(capacity) - DUPLICATE_BUCKET_BITS);
    int[] starts = new int[(capacity >>> shift) + 1];
    for (int k = 0; k < n; k++) {
      starts[(homeSlot(hashes[k], mask) >>> shift) + 1]++;
    }
    for (int b = 1; b < starts.length; b++) {
      starts[b] += starts[b - 1];
    }
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[starts[homeSlot(hashes[k], mask) >>> shift]++] = k;
    }
    long[] repeats = null; // (position << 32) | (position of the first of its id)
    int repeatCount = 0;
    for (int k : order) {
      int h = hashes[k];
      int slot = homeSlot(h, mask);
      int first = -1;
      for (long e = seen[slot]; e != 0; e = seen[slot]) {
        if ((int) (e >>> 32) == h) {
          int other = (int) e - 1;
          if (table.id[other].equals(table.id[k])) {
            first = other;
            break;
          }
        }
        slot = (slot + 1) & mask;
      }
      if (first < 0) {
        seen[slot] = ((long) h << 32) | (k + 1L);
      } else {
        if (repeats == null || repeatCount == repeats.length) {
          repeats = repeats == null ? new long[16] : Arrays.copyOf(repeats, repeatCount * 2);
        }
        repeats[repeatCount++] = ((long) k << 32) | first;
      }
    }
    if (repeats == null) {
      return;
    }
    // the repeats in input order, as one pass in input order finds them
    Arrays.sort(repeats, 0, repeatCount);
    for (int r = 0; r < repeatCount; r++) {
      Item i = items.get((int) (repeats[r] >>> 32));
      Item first = items.get((int) repeats[r]);
      if (i.exclusion() == null) {
        i.exclusion(DUPLICATE);
        signals.add(
            new RiskSignal(
                RiskSignalType.DUPLICATE_DEFINITE,
                "analysis.duplicate.same-id",
                i.accountKey(),
                i.date(),
                i.amount(),
                "The same transaction appears in statements "
                    + (statementOf(first) + 1)
                    + " and "
                    + (statementOf(i) + 1)
                    + "; the repeat is not counted",
                List.of(i.id())));
      }
    }
  }

  /** Bits of the home slot that choose a bucket of {@link #markDuplicates} (2^10 buckets). */
  private static final int DUPLICATE_BUCKET_BITS = 10;

  private static int homeSlot(int h, int mask) {
    return (h ^ (h >>> 16)) & mask;
  }

  /** The index of the statement of an item (the last statement starting at or before it). */
  private int statementOf(Item i) {
    int lo = 0;
    int hi = firstSeq.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firstSeq[mid] <= i.seq) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** What the default category of a transaction depends on. */
  private record CategoryKey(
      String description, String counterparty, int signum, @Nullable String typeCode) {}

  /**
   * Transfers to or from the holder's own savings or term deposits that only the description names
   * ("Umbuchung auf Tagesgeld", "VIR VERS LIVRET A", "FD THROUGH NET-BANKING"): the money stays the
   * holder's, so it is neither spending nor income.
   */
  private void markSavingsTransfers() {
    for (int row = 0; row < table.size(); row++) {
      if (table.exclusion[row] != null || Categories.SALARY.equals(table.category[row])) {
        continue;
      }
      // a loan instalment or a mortgage a word named stays an obligation whatever account it is
      // paid from ("Cassa di Risparmio", "own account loan instalment": ADR 0445, 0540)
      if (!table.described(row).savings()) {
        continue;
      }
      Item i = table.item(row);
      if (!SavingsWords.obligation(i.category(), i.folded())) {
        ownTransfer(i, "analysis.own-transfer.savings");
        ownTransferSignal(i, "Transfer to or from the user's own savings or deposit");
      }
    }
  }

  private void ownTransferSignal(Item i, String detail) {
    signals.add(
        new RiskSignal(
            RiskSignalType.OWN_TRANSFER,
            i.ruleId(),
            i.accountKey(),
            i.date(),
            i.amount(),
            detail,
            List.of(i.id())));
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
    // an own account other than the item's own: none when every account only knows itself (one
    // account and no own accounts given), then no counterparty account is looked at
    boolean otherOwn = false;
    for (Set<String> self : formsByKey.values()) {
      otherOwn |= !self.containsAll(own);
    }
    for (Item i : otherOwn ? items : List.<Item>of()) {
      if (!i.included() || i.tx().counterpartyAccount().isEmpty()) {
        continue;
      }
      String other = AnalysisOptions.normalizeAccount(i.tx().counterpartyAccount().get());
      Set<String> self = formsByKey.getOrDefault(i.accountKey(), Set.of());
      if (!other.isEmpty() && own.contains(other) && !self.contains(other)) {
        ownTransfer(i, "analysis.own-transfer.account");
        ownTransferSignal(i, "Transfer to or from another account of the user");
      }
    }
    String firstAccount = null;
    boolean severalAccounts = false;
    for (int row = 0; row < table.size(); row++) {
      if (table.exclusion[row] != null) {
        continue;
      }
      if (firstAccount == null) {
        firstAccount = table.accountKey[row];
      } else if (!firstAccount.equals(table.accountKey[row])) {
        severalAccounts = true;
        break;
      }
    }
    if (!severalAccounts) {
      return;
    }
    Map<BigDecimal, List<Item>> inflows = new TreeMap<>();
    List<Item> outflows = new ArrayList<>();
    for (Item i : items) {
      if (!i.included() || !transferLike(i)) {
        continue;
      }
      if (i.sign() > 0) {
        inflows.computeIfAbsent(i.amount().stripTrailingZeros(), k -> new ArrayList<>()).add(i);
      } else if (i.sign() < 0) {
        outflows.add(i);
      }
    }
    inflows.values().forEach(l -> l.sort(Item.BY_DATE));
    outflows.sort(Item.BY_DATE);
    for (Item out : outflows) {
      List<Item> candidates = inflows.get(out.amount().negate().stripTrailingZeros());
      if (candidates == null) {
        continue;
      }
      for (Item in : candidates) {
        if (in.included()
            && !in.accountKey().equals(out.accountKey())
            && Math.abs(ChronoUnit.DAYS.between(out.day(), in.day()))
                <= options.transferWindowDays()) {
          ownTransfer(out, "analysis.own-transfer.paired");
          ownTransfer(in, "analysis.own-transfer.paired");
          signals.add(
              new RiskSignal(
                  RiskSignalType.OWN_TRANSFER,
                  "analysis.own-transfer.paired",
                  out.accountKey(),
                  out.date(),
                  out.amount(),
                  "Transfer between two analysed accounts; both legs are left out of income and"
                      + " spending",
                  List.of(out.id(), in.id())));
          break;
        }
      }
    }
  }

  private static boolean transferLike(Item i) {
    return i.ruleId().startsWith("default.transfers")
        || i.ruleId().startsWith("default.fallback")
        || i.ruleId().startsWith("default.type.");
  }

  private static void ownTransfer(Item i, String rule) {
    i.exclusion(OWN_TRANSFER);
    i.category(Categories.TRANSFERS);
    i.ruleId(rule);
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
    if (!included.isEmpty()) {
      // the included items are dated and in date order: the first and last are the extremes
      from = min(from, included.get(0).day());
      to = max(to, included.get(included.size() - 1).day());
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
}
