package io.github.bsa.core.internal.analysis;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.internal.ModelAccess;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A cursor on one row of a run's {@link Items} table: the detectors read a transaction's values
 * through it as from a record. Holds no values of its own (two fields), so that it can be made for
 * each look at a row and die young; equal to every other cursor on the same row. The values are the
 * transaction's own and primitive copies that the detectors compare and sum without allocating: the
 * epoch day and the amount in ten-thousandths ({@link #e4}).
 */
final class Item {
  static final String OWN_TRANSFER = "OWN_TRANSFER";
  static final String DUPLICATE = "DUPLICATE";
  static final String UNDATED = "UNDATED";
  static final String OTHER_CURRENCY = "OTHER_CURRENCY";

  /** The {@link #epochDay} of an undated item: sorts after every date. */
  static final int UNDATED_DAY = Integer.MAX_VALUE;

  /** By date (undated last), then account key, then input order. */
  static final Comparator<Item> BY_DATE = Item::compareByDate;

  final Items items;

  /**
   * The row: the position in the run's input order (statements in order, then their transactions).
   */
  final int seq;

  Item(Items items, int seq) {
    this.items = items;
    this.seq = seq;
  }

  Transaction tx() {
    return items.tx[seq];
  }

  /** The transaction's id. */
  String id() {
    return items.id[seq];
  }

  /**
   * The account's key, one instance per distinct key in a run (so that equal keys are compared by
   * identity first).
   */
  String accountKey() {
    return items.accountKey[seq];
  }

  /** The transaction's date. */
  @Nullable LocalDate date() {
    return ModelAccess.date(items.tx[seq]);
  }

  /** The date as an epoch day, {@link #UNDATED_DAY} when undated. */
  int epochDay() {
    return items.epochDay[seq];
  }

  BigDecimal amount() {
    return items.tx[seq].amount();
  }

  /** The amount's signum. */
  byte sign() {
    return items.sign[seq];
  }

  /** Whether {@link #e4} holds the amount exactly. */
  boolean exact() {
    return items.exact[seq];
  }

  /** The amount in ten-thousandths when {@link #exact}, else 0. */
  long e4() {
    return items.e4[seq];
  }

  /** The amount's scale when {@link #exact} (0 to 4 or a small negative scale), else 0. */
  byte scale() {
    return items.scale[seq];
  }

  CounterpartyNormalizer.Name name() {
    return items.name(seq);
  }

  void name(CounterpartyNormalizer.Name name) {
    items.name(seq, name);
  }

  /** What the description says (folded text, card and savings words), shared by equal texts. */
  DescriptionCache.Entry described() {
    return items.described(seq);
  }

  void described(DescriptionCache.Entry described) {
    items.described(seq, described);
  }

  String category() {
    return items.category[seq];
  }

  void category(String category) {
    items.category[seq] = category;
  }

  String ruleId() {
    return items.ruleId[seq];
  }

  void ruleId(String ruleId) {
    items.ruleId[seq] = ruleId;
  }

  @Nullable String exclusion() {
    return items.exclusion[seq];
  }

  void exclusion(@Nullable String exclusion) {
    items.exclusion[seq] = exclusion;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Item i && i.items == items && i.seq == seq;
  }

  @Override
  public int hashCode() {
    return seq;
  }

  /**
   * The absolute amount, worked out on each call (most steps compare {@link #e4} instead, and the
   * BigDecimal paths ask once per item).
   */
  BigDecimal abs() {
    BigDecimal amount = amount();
    return sign() < 0 ? amount.negate() : amount;
  }

  boolean included() {
    return items.exclusion[seq] == null;
  }

  /** The folded description (see {@link Text#fold}). */
  String folded() {
    return described().folded(tx().description());
  }

  /** Whether the description shows a card payment. */
  boolean card() {
    return described().card();
  }

  AnalyzedTransaction view() {
    CounterpartyNormalizer.Name name = name();
    return new AnalyzedTransaction(
        id(),
        accountKey(),
        date(),
        amount(),
        tx().description(),
        name.display(),
        name.key(),
        category(),
        ruleId(),
        exclusion());
  }

  /**
   * Every row of a table in {@link #BY_DATE} order. A stable counting sort of the rows (in input
   * order) by day and account gives that order in two passes without comparing (a run's days span a
   * few years); the rows in input order when they are in order already. A comparison sort when the
   * days span far more buckets than there are rows.
   */
  // identity only as a shortcut: a new instance is looked up by value
  @SuppressWarnings("ReferenceEquality")
  static ItemList sortedByDate(Items items) {
    int n = items.size();
    String[] keys = items.accountKey;
    int[] days = items.epochDay;
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    boolean ordered = true;
    // the accounts' ranks in key order, found when the key instance changes (once per statement)
    TreeMap<String, Integer> ranks = new TreeMap<>();
    for (int k = 0; k < n; k++) {
      if (k == 0 || keys[k - 1] != keys[k]) {
        ranks.put(keys[k], 0);
      }
      if (k > 0) {
        ordered &= compareRows(items, k - 1, k) <= 0;
      }
      if (days[k] != UNDATED_DAY) {
        minDay = Math.min(minDay, days[k]);
        maxDay = Math.max(maxDay, days[k]);
      }
    }
    if (ordered) {
      return items.all();
    }
    int accounts = 0;
    for (Map.Entry<String, Integer> e : ranks.entrySet()) {
      e.setValue(accounts++);
    }
    // one bucket per day of the span and account, then one per account for the undated
    long span = minDay > maxDay ? 0 : (long) maxDay - minDay + 1;
    long buckets = (span + 1) * accounts;
    if (buckets > 4L * n + 1024) {
      ItemList copy = items.all();
      copy.sort(BY_DATE);
      return copy;
    }
    int[] bucketOf = new int[n];
    int[] starts = new int[(int) buckets + 1];
    String key = null;
    int rank = 0;
    for (int k = 0; k < n; k++) {
      if (keys[k] != key) {
        key = keys[k];
        rank = requireNonNull(ranks.get(key), "rank");
      }
      long day = days[k] == UNDATED_DAY ? span : days[k] - (long) minDay;
      int b = (int) (day * accounts + rank);
      bucketOf[k] = b;
      starts[b + 1]++;
    }
    for (int b = 1; b < starts.length; b++) {
      starts[b] += starts[b - 1];
    }
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[starts[bucketOf[k]]++] = k;
    }
    return new ItemList(items, out, n);
  }

  /** {@link #BY_DATE} written out on primitives: sorting runs it n log n times. */
  private static int compareByDate(Item a, Item b) {
    return compareRows(a.items, a.seq, b.seq);
  }

  // identity only as a shortcut: different instances are compared by value
  @SuppressWarnings("ReferenceEquality")
  private static int compareRows(Items items, int a, int b) {
    int c = Integer.compare(items.epochDay[a], items.epochDay[b]);
    if (c != 0) {
      return c;
    }
    String ka = items.accountKey[a];
    String kb = items.accountKey[b];
    if (ka != kb) {
      c = ka.compareTo(kb);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a, b);
  }

  /** Compares absolute amounts numerically, on {@link #e4} when both are exact. */
  static int compareAbs(Item a, Item b) {
    if (a.exact() && b.exact()) {
      return Long.compare(Math.abs(a.e4()), Math.abs(b.e4()));
    }
    return a.abs().compareTo(b.abs());
  }

  /** Whether two amounts are numerically equal, on {@link #e4} when both are exact. */
  static boolean sameAmount(Item a, Item b) {
    if (a.exact() && b.exact()) {
      return a.e4() == b.e4();
    }
    return a.amount().compareTo(b.amount()) == 0;
  }

  LocalDate day() {
    LocalDate date = date();
    if (date == null) {
      throw new IllegalStateException("undated item in a dated step");
    }
    return date;
  }
}
