package io.github.bsa.core.internal.analysis;

import static io.github.bsa.core.internal.analysis.Item.OWN_TRANSFER;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.Cadence;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.Direction;
import io.github.bsa.core.analysis.RecurringPayment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Recurring payments and credits: groups by counterparty, direction and amount, then rhythm. */
final class RecurringDetector {
  private static final Set<String> SUBSCRIPTION_LIKE =
      Set.of(Categories.SUBSCRIPTIONS, Categories.OTHER, Categories.SHOPPING, Categories.EDUCATION);
  private static final BigDecimal FIXED_SPREAD = new BigDecimal("0.05");
  private static final BigDecimal SUBSCRIPTION_CAP_MULTIPLE = new BigDecimal("3");

  /** Spending where a payee seen on a rhythm by chance is likelier than a bill. */
  private static final Set<String> DISCRETIONARY =
      Set.of(
          Categories.GROCERIES,
          Categories.DINING,
          Categories.SHOPPING,
          Categories.FUEL,
          Categories.TRANSPORT,
          Categories.TRAVEL,
          Categories.HEALTHCARE,
          Categories.CASH_WITHDRAWAL,
          Categories.CASH_DEPOSIT,
          Categories.GAMBLING,
          Categories.REFUNDS);

  private static final BigDecimal VARIABLE_MAX_RATIO = new BigDecimal("5");
  private static final int MIN_DISCRETIONARY_COUNT = 6;
  private static final BigDecimal CARD_FIXED = new BigDecimal("1.05");

  /**
   * Rule id of a card payment to a merchant no word names, charged the same amount each month: a
   * subscription by its rhythm.
   */
  static final String CARD_SUBSCRIPTION = "analysis.subscription.card-monthly";

  private static final Comparator<Item> BY_ABS_AMOUNT =
      ((Comparator<Item>) Item::compareAbs).thenComparing(Item.BY_DATE);

  /** The shortest gap, in days, that any cadence accepts. */
  private static final int SHORTEST_GAP =
      Arrays.stream(Cadence.values()).mapToInt(Cadence::minDays).min().orElse(1);

  private final AnalysisOptions options;
  private BigDecimal subscriptionCap = BigDecimal.ZERO;

  private final Medians.Memo medians;

  /** The packed amounts of the group being clustered, reused from group to group. */
  private long[] scratch = new long[64];

  /** The radix sort's second buffer and its counts, reused from group to group. */
  private long[] radix = new long[64];

  private final int[] radixCounts = new int[RADIX + 1];

  private static final int RADIX_BITS = 11;
  static final int RADIX = 1 << RADIX_BITS;

  private RecurringDetector(AnalysisOptions options, Medians.Memo medians) {
    this.options = options;
    this.medians = medians;
  }

  /** Returns the recurring series of the prepared input. */
  static List<RecurringPayment> detect(Prepared p) {
    ItemList candidates = p.included();
    Items items = p.items().items();
    ItemList own = new ItemList(items);
    for (int row = 0; row < items.size(); row++) {
      // a standing transfer to the holder's own savings is a rhythm too (kept out of spending)
      if (OWN_TRANSFER.equals(items.exclusion[row])) {
        own.addRow(row);
      }
    }
    if (!own.isEmpty()) {
      // the included items are in date order already: only with own transfers is a sort needed
      ItemList all = new ItemList(items);
      for (int k = 0; k < candidates.size(); k++) {
        all.addRow(candidates.row(k));
      }
      for (int k = 0; k < own.size(); k++) {
        all.addRow(own.row(k));
      }
      all.sort(Item.BY_DATE);
      candidates = all;
    }
    // a debit returned and presented again is one occurrence: its due day keeps the calendar
    Represented again = Represented.find(items);
    if (!again.isEmpty()) {
      candidates = again.withoutSecondAttempts(candidates);
    }
    List<RecurringPayment> out =
        new RecurringDetector(p.options(), p.medians()).recurring(candidates, p.reference());
    return again.isEmpty() ? out : again.paidAttempts(out);
  }

  private List<RecurringPayment> recurring(ItemList included, @Nullable LocalDate reference) {
    Map<String, List<Item>> groups = groups(included);
    BigDecimal median = medians.absMedian(included, -1, 1);
    subscriptionCap = median == null ? BigDecimal.ZERO : median.multiply(SUBSCRIPTION_CAP_MULTIPLE);
    List<RecurringPayment> out = new ArrayList<>();
    Set<String> usedIds = new HashSet<>();
    BigDecimal factor = BigDecimal.ONE.add(options.amountTolerance());
    long factorE4 = Amounts.e4(factor);
    for (List<Item> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      // the whole group first: one payee paid on a rhythm, whatever the amounts do
      RecurringPayment whole = series(group, reference, usedIds);
      if (whole != null) {
        out.add(whole);
        continue;
      }
      if (semiMonthly(group, reference, usedIds, out)) {
        continue;
      }
      // else amount clusters: a fixed charge among other purchases at the same payee
      int[] clusterOf = new int[group.size()];
      int clusterCount;
      long[] packed = sortedPacked(group);
      if (packed != null && factorE4 > 0 && factorE4 < (1L << 20)) {
        clusterCount = clustersOfPacked(packed, group.size(), factorE4, clusterOf);
      } else {
        clusterCount = clusters(group, factor, factorE4, clusterOf);
      }
      if (clusterCount == 1) {
        continue;
      }
      for (List<Item> cluster : clustersInDateOrder(group, clusterOf, clusterCount)) {
        if (cluster == null) {
          continue;
        }
        RecurringPayment p = series(cluster, reference, usedIds);
        if (p != null) {
          out.add(p);
        }
      }
    }
    bySharedWord(groups, reference, usedIds, out);
    byExactAmount(included, reference, usedIds, out, taken(out));
    return out;
  }

  /** Pay twice a month as two monthly series, both or none ({@link SemiMonthly}). */
  private boolean semiMonthly(
      List<Item> group,
      @Nullable LocalDate reference,
      Set<String> usedIds,
      List<RecurringPayment> out) {
    List<List<Item>> halves = SemiMonthly.halves(group);
    if (halves == null) {
      return false;
    }
    RecurringPayment mid = series(halves.get(0), reference, usedIds);
    if (mid == null) {
      return false;
    }
    RecurringPayment turn = series(halves.get(1), reference, usedIds);
    if (turn == null) {
      usedIds.remove(mid.id());
      return false;
    }
    out.add(mid);
    out.add(turn);
    return true;
  }

  /** The widest spread of amounts (highest over lowest, minus one) in {@link #bySharedWord}. */
  private static final BigDecimal SHARED_WORD_SPREAD = new BigDecimal("0.12");

  /** The shortest word that can stand for a payee in {@link #bySharedWord}. */
  private static final int MIN_SHARED_WORD = 4;

  /**
   * Series of one payee whose text varies from one occurrence to the next (a month's name, a town,
   * a second wording of the bank: "LOMEN VISUN KONNASO", "LOSMIN LOMEN VISUN"): the items left out
   * of every series, grouped by each word of their name key (letters only, {@value
   * #MIN_SHARED_WORD} or more) and direction, smallest groups first (a payee's word before a
   * channel's; shops named by a keyword left out); a group of at least three items under two keys
   * or more, of stable amounts (the highest at most 12 % above the lowest, or the amount tolerance
   * if smaller), becomes a series when the checks of {@link #series} hold. Rule id {@code
   * analysis.recurring.shared-word}. Linear: each left item joins the list of its key once, a key's
   * words are looked at once, and only words under two keys or more make a group.
   */
  private void bySharedWord(
      Map<String, List<Item>> byKey,
      @Nullable LocalDate reference,
      Set<String> usedIds,
      List<RecurringPayment> out) {
    Set<String> taken = taken(out);
    // the keys of the direction and key groups by word: a key's words are looked at once, and items
    // are only gathered for a word under two keys or more
    Map<String, List<String>> keysByWord = new HashMap<>();
    for (String key : byKey.keySet()) {
      int bar = key.indexOf('|');
      for (String w : words(key.substring(bar + 1))) {
        keysByWord.computeIfAbsent(key.charAt(0) + w, k -> new ArrayList<>()).add(key);
      }
    }
    List<Map.Entry<String, List<Item>>> candidates = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : keysByWord.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      List<Item> g = new ArrayList<>();
      int keys = 0;
      for (String key : e.getValue()) {
        int before = g.size();
        for (Item i : byKey.getOrDefault(key, List.of())) {
          if (!taken.contains(i.id())
              && !(DISCRETIONARY.contains(i.category())
                  && !Categorizer.CARD_RULE.equals(i.ruleId()))) {
            // a shop named by a keyword is no bill whatever its rhythm (see series)
            g.add(i);
          }
        }
        keys += g.size() > before ? 1 : 0;
      }
      if (g.size() >= 3 && keys >= 2) {
        g.sort(Item.BY_DATE);
        candidates.add(Map.entry(e.getKey(), g));
      }
    }
    // smallest groups first (a payee's word before a channel's), then by word: deterministic
    candidates.sort(
        Comparator.comparingInt((Map.Entry<String, List<Item>> e) -> e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    List<List<Item>> groups = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : candidates) {
      groups.add(e.getValue());
    }
    BigDecimal tolerance = BigDecimal.ONE.add(options.amountTolerance().min(SHARED_WORD_SPREAD));
    for (List<Item> g : groups) {
      if (g.stream().anyMatch(i -> taken.contains(i.id()))) {
        continue;
      }
      // the same amount each time (pay, rent, a fee, a subscription): a word shared by payments
      // of amounts that vary is as often a person paid now and then
      BigDecimal lowest = g.stream().map(Item::abs).min(Comparator.naturalOrder()).orElseThrow();
      BigDecimal highest = g.stream().map(Item::abs).max(Comparator.naturalOrder()).orElseThrow();
      if (lowest.signum() <= 0 || highest.compareTo(lowest.multiply(tolerance)) > 0) {
        continue;
      }
      RecurringPayment p = series(g, reference, usedIds);
      if (p != null) {
        out.add(p);
        taken.addAll(p.transactionIds());
      }
    }
  }

  private static Set<String> taken(List<RecurringPayment> out) {
    Set<String> taken = new HashSet<>();
    for (RecurringPayment p : out) {
      taken.addAll(p.transactionIds());
    }
    return taken;
  }

  /**
   * Series that only the amount ties together: a charge booked under a different word each time
   * (the month's name alone, the bank's own word learnt as a channel), no rule naming any of them.
   * The items left out of every series that only the fallback rule categorised, grouped by their
   * exact amount; a group of at least three items under two keys or more becomes a series when the
   * checks of {@link #series} hold. Rule id {@code analysis.recurring.same-amount}.
   */
  private void byExactAmount(
      ItemList included,
      @Nullable LocalDate reference,
      Set<String> usedIds,
      List<RecurringPayment> out,
      Set<String> taken) {
    // the candidates' amounts with their positions, packed in longs and sorted: runs of one amount
    // without a map or a box per item (inexact amounts, amounts of 2^41 e4 or more and candidates
    // beyond the 2,097,152th are left out)
    Items items = included.items();
    long[] packed = new long[16];
    int[] rows = new int[16];
    int n = 0;
    for (int k = 0; k < included.size() && n < (1 << 21); k++) {
      int row = included.row(k);
      long abs = Math.abs(items.e4[row]);
      if (items.exact[row]
          && items.sign[row] != 0
          && abs < (1L << 41)
          && items.ruleId[row].startsWith("default.fallback")
          && !items.described(row).card()
          && !items.name(row).key().isEmpty()
          && !taken.contains(items.id[row])) {
        if (n == packed.length) {
          packed = Arrays.copyOf(packed, n * 2);
          rows = Arrays.copyOf(rows, n * 2);
        }
        // the sign above the amount's bits: money in and out stay apart
        rows[n] = row;
        packed[n] = (((items.sign[row] < 0 ? 0 : 1L << 41) | abs) << 21) | n;
        n++;
      }
    }
    Arrays.sort(packed, 0, n);
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && packed[end] >>> 21 == packed[start] >>> 21) {
        end++;
      }
      if (end - start < 3) {
        start = end;
        continue;
      }
      // under two keys or more (one key's group was tried already), checked before a list is made
      String firstKey = items.name(rows[(int) (packed[start] & ((1 << 21) - 1))]).key();
      boolean twoKeys = false;
      for (int k = start + 1; k < end && !twoKeys; k++) {
        twoKeys = !items.name(rows[(int) (packed[k] & ((1 << 21) - 1))]).key().equals(firstKey);
      }
      if (!twoKeys) {
        start = end;
        continue;
      }
      ItemList g = new ItemList(items);
      for (int k = start; k < end; k++) {
        g.addRow(rows[(int) (packed[k] & ((1 << 21) - 1))]);
      }
      start = end;
      g.sort(Item.BY_DATE);
      RecurringPayment p = series(g, reference, usedIds);
      if (p != null) {
        out.add(p);
        taken.addAll(p.transactionIds());
      }
    }
  }

  private static List<String> words(String key) {
    List<String> out = new ArrayList<>(4);
    for (String w : key.split(" ", -1)) {
      if (w.length() >= MIN_SHARED_WORD && w.chars().allMatch(Character::isLetter)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * {@link #clusters} on the packed absolute amounts of an all-exact group ({@link
   * #packedByAbsAmount}): the same bounds in integer arithmetic, without reading the items in
   * amount order (a random walk over the rows).
   */
  private static int clustersOfPacked(long[] packed, int n, long factorE4, int[] clusterOf) {
    int clusterCount = 0;
    long boundE4 = -1; // none yet: the first amount opens a cluster
    int clusterStart = 0;
    for (int k = 0; k <= n; k++) {
      long abs = k < n ? packed[k] >>> POSITION_BITS : 0;
      if (k == n || boundE4 < 0 || abs > boundE4) {
        if (k > clusterStart) {
          for (int j = clusterStart; j < k; j++) {
            clusterOf[(int) (packed[j] & POSITION_MASK)] = clusterCount;
          }
          clusterCount++;
        }
        clusterStart = k;
        boundE4 = abs * factorE4 / 10_000; // both non-negative: the division floors
      }
    }
    return clusterCount;
  }

  /**
   * The amount clusters of a group: in absolute amount order, a cluster runs while the amounts stay
   * within its first amount times the factor. Writes each item's cluster and returns the count.
   */
  private static int clusters(List<Item> group, BigDecimal factor, long factorE4, int[] clusterOf) {
    int[] byAmount = byAbsAmount(group);
    int clusterCount = 0;
    // the bound is the cluster's first amount times the factor; as floor(bound) in e4 when the
    // amount and the factor are exact (integer arithmetic), as a BigDecimal only when asked for
    Item boundItem = null;
    BigDecimal bound = null;
    long boundE4 = Amounts.INEXACT;
    int clusterStart = 0;
    for (int k = 0; k <= byAmount.length; k++) {
      Item i = k < byAmount.length ? group.get(byAmount[k]) : null;
      boolean above;
      if (i == null || boundItem == null) {
        above = true;
      } else if (i.exact() && boundE4 != Amounts.INEXACT) {
        above = Math.abs(i.e4()) > boundE4; // an e4 integer above floor(bound) is above bound
      } else {
        if (bound == null) {
          bound = boundItem.abs().multiply(factor);
        }
        above = i.abs().compareTo(bound) > 0;
      }
      if (above) {
        if (k > clusterStart) {
          for (int j = clusterStart; j < k; j++) {
            clusterOf[byAmount[j]] = clusterCount;
          }
          clusterCount++;
        }
        clusterStart = k;
        if (i != null) {
          boundItem = i;
          long abs = Math.abs(i.e4());
          if (i.exact() && factorE4 > 0 && factorE4 < (1L << 20) && abs < (1L << 42)) {
            bound = null;
            boundE4 = abs * factorE4 / 10_000; // both non-negative: the division floors
          } else {
            bound = i.abs().multiply(factor);
            boundE4 = Amounts.e4(bound.setScale(4, RoundingMode.FLOOR));
          }
        }
      }
    }
    return clusterCount;
  }

  /**
   * The items by direction and name key, each group in the items' (date) order, the groups in the
   * order of "0out|key" and "1in|key". Grouped on int keys: a name instance is looked up by
   * identity only when it changes from one item to the next, its key once per distinct name, and
   * one counting sort places the items in one array that the groups are ranges of (no list per
   * group that grows).
   */
  @SuppressWarnings("ReferenceEquality") // one Name instance per distinct text: identity intended
  private static Map<String, List<Item>> groups(ItemList included) {
    Items items = included.items();
    int n = included.size();
    NameIndex names = new NameIndex();
    List<Integer> keyOfName = new ArrayList<>();
    Map<String, Integer> keyIds = new HashMap<>();
    List<String> keys = new ArrayList<>();
    int[] groupOf = new int[n];
    int[] counts = new int[16];
    CounterpartyNormalizer.@Nullable Name lastName = null;
    int lastKey = -1;
    for (int k = 0; k < n; k++) {
      int row = included.row(k);
      CounterpartyNormalizer.Name name = items.name(row);
      byte sign = items.sign[row];
      groupOf[k] = -1;
      if (name.key().isEmpty() || sign == 0) {
        continue;
      }
      if (name != lastName) {
        lastName = name;
        int nameIdx = names.indexOf(lastName);
        if (nameIdx == keyOfName.size()) {
          String key = lastName.key();
          Integer id = keyIds.get(key);
          if (id == null) {
            id = keys.size();
            keys.add(key);
            keyIds.put(key, id);
          }
          keyOfName.add(id);
        }
        lastKey = keyOfName.get(nameIdx);
      }
      int g = lastKey * 2 + (sign < 0 ? 0 : 1);
      if (g >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(g + 1, counts.length * 2));
      }
      counts[g]++;
      groupOf[k] = g;
    }
    int[] starts = new int[counts.length + 1];
    for (int g = 0; g < counts.length; g++) {
      starts[g + 1] = starts[g] + counts[g];
    }
    int[] placed = new int[starts[counts.length]];
    int[] at = Arrays.copyOf(starts, counts.length);
    for (int k = 0; k < n; k++) {
      int g = groupOf[k];
      if (g >= 0) {
        placed[at[g]++] = included.row(k);
      }
    }
    List<Item> all = new ItemList(items, placed, placed.length);
    Map<String, List<Item>> groups = new TreeMap<>();
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] > 0) {
        String key = keys.get(g / 2);
        groups.put(
            (g % 2 == 0 ? "0out|" : "1in|") + key, all.subList(starts[g], starts[g] + counts[g]));
      }
    }
    return groups;
  }

  private static final int POSITION_BITS = 21;
  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

  /**
   * The group's absolute amounts packed with their positions ({@code abs << 21 | position}) and
   * sorted, which is the order by absolute amount, then date (the group is in date order), in the
   * first {@code group.size()} elements of the buffer or of a larger one that replaces it; null
   * when an amount is inexact or too large to pack, or the group too large.
   */
  private static long @Nullable [] packedByAbsAmount(List<Item> group, long[] buffer) {
    int n = group.size();
    if (n >= (1 << POSITION_BITS)) {
      return null;
    }
    long[] packed = buffer.length >= n ? buffer : new long[Math.max(n, buffer.length * 2)];
    for (int k = 0; k < n; k++) {
      Item i = group.get(k);
      long abs = Math.abs(i.e4());
      if (!i.exact() || abs >= (1L << 42)) {
        return null;
      }
      packed[k] = (abs << POSITION_BITS) | k;
    }
    Arrays.sort(packed, 0, n);
    return packed;
  }

  /**
   * As {@link #packedByAbsAmount}, in {@link #scratch}: sorted by a stable radix sort on the
   * absolute amount (the positions are filled in ascending order, so the result is the order of the
   * packed values), 11 bits a pass, as many passes as the largest amount has bits (two for amounts
   * below 419.43), instead of a comparison sort of the busy payees' many amounts.
   */
  private long @Nullable [] sortedPacked(List<Item> group) {
    int n = group.size();
    if (n >= (1 << POSITION_BITS)) {
      return null;
    }
    if (scratch.length < n) {
      scratch = new long[Math.max(n, scratch.length * 2)];
    }
    long[] src = scratch;
    long max = 0;
    for (int k = 0; k < n; k++) {
      Item i = group.get(k);
      long abs = Math.abs(i.e4());
      if (!i.exact() || abs >= (1L << 42)) {
        return null;
      }
      max = Math.max(max, abs);
      src[k] = (abs << POSITION_BITS) | k;
    }
    if (n < 256) {
      Arrays.sort(src, 0, n);
      return src;
    }
    if (radix.length < src.length) {
      radix = new long[src.length];
    }
    long[] sorted = radixSort(src, radix, n, max, radixCounts);
    radix = sorted == src ? radix : src;
    scratch = sorted;
    return sorted;
  }

  /**
   * Sorts a[0, n), packed values ({@code abs << 21 | position}) in ascending position order, by
   * their amount with a stable LSD radix sort (11 bits a pass over the bits of {@code maxAbs}),
   * which gives the order of the packed values. Returns a or b, whichever holds the result; the
   * other is overwritten.
   */
  static long[] radixSort(long[] a, long[] b, int n, long maxAbs, int[] counts) {
    long[] src = a;
    long[] dst = b;
    int bits = 64 - Long.numberOfLeadingZeros(maxAbs);
    for (int shift = POSITION_BITS; shift < POSITION_BITS + bits; shift += RADIX_BITS) {
      Arrays.fill(counts, 0);
      for (int k = 0; k < n; k++) {
        counts[(int) ((src[k] >>> shift) & (RADIX - 1)) + 1]++;
      }
      for (int d = 1; d <= RADIX; d++) {
        counts[d] += counts[d - 1];
      }
      for (int k = 0; k < n; k++) {
        long v = src[k];
        dst[counts[(int) ((v >>> shift) & (RADIX - 1))]++] = v;
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    return src;
  }

  /**
   * The group by absolute amount, then date. The group is in date order, so a stable sort by amount
   * alone gives that order; on longs when every amount is exact and small enough to pack with its
   * position.
   */
  private static int[] byAbsAmount(List<Item> group) {
    int n = group.size();
    long[] packed = packedByAbsAmount(group, new long[n]);
    if (packed == null) {
      return java.util.stream.IntStream.range(0, n)
          .boxed()
          .sorted((x, y) -> BY_ABS_AMOUNT.compare(group.get(x), group.get(y)))
          .mapToInt(Integer::intValue)
          .toArray();
    }
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = (int) (packed[k] & POSITION_MASK);
    }
    return out;
  }

  /**
   * The clusters, each in the (date) order of the group, by passes over the group; null for a
   * cluster of fewer than two members or with a gap shorter than any cadence between two of its
   * days, which {@link #series} would give up on before allocating anything.
   */
  private static List<@Nullable List<Item>> clustersInDateOrder(
      List<Item> group, int[] clusterOf, int clusterCount) {
    int[] sizes = new int[clusterCount];
    for (int c : clusterOf) {
      sizes[c]++;
    }
    // first the days alone: most clusters of a busy payee have a short gap and need no list
    boolean[] dead = new boolean[clusterCount];
    int[] lastDay = new int[clusterCount];
    boolean[] seen = new boolean[clusterCount];
    for (int k = 0; k < clusterOf.length; k++) {
      int c = clusterOf[k];
      if (dead[c]) {
        continue;
      }
      int day = group.get(k).epochDay();
      long gap = (long) day - lastDay[c];
      if (seen[c] && gap > 0 && gap < SHORTEST_GAP) {
        dead[c] = true;
      }
      seen[c] = true;
      lastDay[c] = day;
    }
    List<@Nullable List<Item>> clusters = new ArrayList<>(clusterCount);
    Items items = group.get(0).items;
    for (int c = 0; c < clusterCount; c++) {
      clusters.add(dead[c] || sizes[c] < 2 ? null : new ItemList(items, new int[sizes[c]], 0));
    }
    for (int k = 0; k < clusterOf.length; k++) {
      List<Item> cluster = clusters.get(clusterOf[k]);
      if (cluster != null) {
        cluster.add(group.get(k));
      }
    }
    return clusters;
  }

  private @Nullable RecurringPayment series(
      List<Item> cluster, @Nullable LocalDate reference, Set<String> usedIds) {
    // groups keep the candidates' date order and clusters are put back in it, so the members come
    // in date order (checked on the way); a gap shorter than every cadence ends the look at once,
    // before anything is allocated (in date order it is a gap of the sorted members as well)
    List<Item> members = cluster;
    for (int k = 1; k < cluster.size(); k++) {
      Item a = cluster.get(k - 1);
      Item b = cluster.get(k);
      long gap = (long) b.epochDay() - a.epochDay();
      if (gap < 0 || (gap == 0 && Item.BY_DATE.compare(a, b) > 0)) {
        members = new ArrayList<>(cluster);
        members.sort(Item.BY_DATE);
        break;
      }
      if (gap > 0 && gap < SHORTEST_GAP) {
        return null;
      }
    }
    // one payment per day: a second on the same day is not part of the rhythm (rows, no cursors)
    List<Item> dated = members.isEmpty() ? new ArrayList<>() : new ItemList(members.get(0).items);
    long[] gaps = new long[members.size()];
    int gapCount = 0;
    for (Item i : members) {
      if (dated.isEmpty()) {
        dated.add(i);
        continue;
      }
      long gap = (long) i.epochDay() - dated.get(dated.size() - 1).epochDay();
      if (gap != 0) {
        if (gap < SHORTEST_GAP) {
          // shorter than every cadence allows: no cadence the median could choose accepts it
          return null;
        }
        dated.add(i);
        gaps[gapCount++] = gap;
      }
    }
    if (dated.size() < 2) {
      return null;
    }
    gaps = Arrays.copyOf(gaps, gapCount);
    long median = Medians.select(gaps.clone(), gaps.length / 2);
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
    if (inBand * 5 < gaps.length * 4) {
      return null;
    }
    List<BigDecimal> abs = dated.stream().map(Item::abs).sorted().toList();
    BigDecimal lowest = abs.get(0);
    BigDecimal highest = abs.get(abs.size() - 1);
    BigDecimal tolerance = BigDecimal.ONE.add(options.amountTolerance());
    boolean stable = lowest.signum() > 0 && highest.compareTo(lowest.multiply(tolerance)) <= 0;
    boolean cardPaid = isCardPaid(dated);
    if (stable
        && cardPaid
        && dated.get(0).sign() < 0
        && highest.compareTo(lowest.multiply(CARD_FIXED)) > 0
        && !Categories.SUBSCRIPTIONS.equals(mostFrequentCategory(dated))) {
      // a card subscription charges the same amount; purchases a fifth apart are shopping
      return null;
    }
    if (dated.size() == 2
        && (cardPaid
            || isDiscretionary(dated)
            || Categories.CASH_WITHDRAWAL.equals(mostFrequentCategory(dated)))) {
      // two quarterly or yearly card or cash payments are too few to tell a rhythm from chance
      return null;
    }
    if (dated.size() == 2
        && highest.compareTo(lowest.multiply(BigDecimal.ONE.add(FIXED_SPREAD))) > 0
        && dated.stream().allMatch(i -> i.ruleId().startsWith("default.fallback"))) {
      // two payments no rule named, of amounts that differ: a shop whose card words are unknown
      // as likely as a bill (analysis.recurring.two-need-fixed)
      return null;
    }
    if (maxDeviation(dated, cadence) > allowedDeviation(cadence)) {
      return null;
    }
    boolean discretionary = isDiscretionary(dated);
    // the same card amount to the cent on the same day of every month is a charge, not visits
    // that fall on a rhythm by chance (a newspaper, a box, a club), whatever word names the shop
    boolean identicalMonthlyCard =
        cadence == Cadence.MONTHLY && cardPaid && lowest.compareTo(highest) == 0;
    if (discretionary
        && !identicalMonthlyCard
        && (!stable || dated.size() < MIN_DISCRETIONARY_COUNT)) {
      // shops, fuel, transport: visits that happen to fall on a rhythm are no obligation; only a
      // long run of the same amount (a weekly box, a season ticket) counts
      return null;
    }
    if (!stable) {
      // amounts that vary (utilities, insurance adjustments, card bills, interest): the calendar
      // must hold tightly, the amounts stay within one order, and the payee is no shop
      if (lowest.signum() <= 0
          || highest.compareTo(lowest.multiply(VARIABLE_MAX_RATIO)) > 0
          || maxDeviation(dated, cadence) > allowedDeviation(cadence)
          || discretionary
          || cardPaid
          || (dated.get(0).sign() < 0
              && Categories.TRANSFERS.equals(mostFrequentCategory(dated)))) {
        return null;
      }
    }
    Item first = dated.get(0);
    Item last = dated.get(dated.size() - 1);
    boolean outflow = first.sign() < 0;
    List<BigDecimal> amounts = dated.stream().map(i -> i.amount()).toList();
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
    if (subscription
        && cadence == Cadence.MONTHLY
        && maxAbs.compareTo(minAbs.multiply(CARD_FIXED)) <= 0
        && unnamedCardPayments(dated)
        && !allOnLastBusinessDay(dated)) {
      // a card merchant no word names, charged the same amount month after month: a subscription
      category = Categories.SUBSCRIPTIONS;
      for (Item i : dated) {
        i.category(Categories.SUBSCRIPTIONS);
        i.ruleId(CARD_SUBSCRIPTION);
      }
    }
    LocalDate next = cadence.next(last.day());
    int grace = cadence.maxDays() - cadence.minDays();
    boolean active = reference == null || !reference.isAfter(next.plusDays(grace));
    String baseId =
        ((outflow ? "out:" : "in:") + first.name().key() + ":" + cadence.name())
            .toLowerCase(java.util.Locale.ROOT)
            .replace(' ', '-');
    String id = baseId;
    for (int n = 2; !usedIds.add(id); n++) {
      id = baseId + ":" + n;
    }
    return new RecurringPayment(
        id,
        first.name().display(),
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
        dated.stream().map(i -> i.id()).toList());
  }

  private static String mostFrequentCategory(List<Item> list) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Item i : list) {
      counts.merge(
          CashFlowDetector.categorySortKey(i.category()) + "|" + i.category(), 1, Integer::sum);
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

  /**
   * The largest distance, in days, between an occurrence and the calendar step from the previous
   * one (a month later for monthly): due days that weekends or month ends move stay close.
   */
  static long maxDeviation(List<Item> dated, Cadence cadence) {
    long worst = 0;
    for (int k = 1; k < dated.size(); k++) {
      LocalDate expected = cadence.next(dated.get(k - 1).day());
      worst = Math.max(worst, Math.abs(ChronoUnit.DAYS.between(expected, dated.get(k).day())));
    }
    return worst;
  }

  static int allowedDeviation(Cadence cadence) {
    return switch (cadence) {
      case WEEKLY -> 1;
      case BIWEEKLY -> 2;
      case MONTHLY -> 4;
      case QUARTERLY -> 6;
      case YEARLY -> 10;
    };
  }

  /**
   * Whether most occurrences were named a shop, fuel, transport (...) payee by a keyword; a card
   * payment to a merchant no keyword knows (a streaming service, a gym) is not.
   */
  private static boolean isDiscretionary(List<Item> dated) {
    int n = 0;
    for (Item i : dated) {
      if (DISCRETIONARY.contains(i.category()) && !Categorizer.CARD_RULE.equals(i.ruleId())) {
        n++;
      }
    }
    return n * 2 > dated.size();
  }

  /**
   * Whether every occurrence is a card payment that no trade or bill word categorised (the card
   * rule's unknown merchant, or the fallback of a card payment).
   */
  private static boolean unnamedCardPayments(List<Item> dated) {
    for (Item i : dated) {
      boolean unnamed =
          Categorizer.CARD_RULE.equals(i.ruleId())
              || (i.card() && i.ruleId().startsWith("default.fallback"));
      if (!unnamed) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every occurrence falls on the last weekday of its month: the bank's own monthly charge
   * (a card or account fee), which a card word in its text makes look like a card payment.
   */
  private static boolean allOnLastBusinessDay(List<Item> dated) {
    for (Item i : dated) {
      LocalDate d = i.day();
      LocalDate last = d.withDayOfMonth(d.lengthOfMonth());
      while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY) {
        last = last.minusDays(1);
      }
      if (!d.equals(last)) {
        return false;
      }
    }
    return true;
  }

  /** Whether most occurrences are card payments: a card subscription charges a fixed amount. */
  private static boolean isCardPaid(List<Item> dated) {
    int n = 0;
    for (Item i : dated) {
      if (Categorizer.CARD_RULE.equals(i.ruleId()) || i.card()) {
        n++;
      }
    }
    return n * 2 > dated.size();
  }
}
