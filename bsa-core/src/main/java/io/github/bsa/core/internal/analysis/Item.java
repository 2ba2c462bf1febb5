package io.github.bsa.core.internal.analysis;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One transaction while it is being analysed. Mutable, confined to one analysis run. Besides the
 * transaction's own values it carries primitive copies that the detectors compare and sum without
 * allocating: the epoch day, the account's rank and the amount in ten-thousandths ({@link #e4}).
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

  final Transaction tx;

  /** The position in the run's input order (statements in order, then their transactions). */
  final int seq;

  /**
   * The account's key, one instance per distinct key in a run (so that equal keys are compared by
   * identity first).
   */
  final String accountKey;

  final String id;
  final @Nullable LocalDate date;

  /** The date as an epoch day, {@link #UNDATED_DAY} when undated. */
  final int epochDay;

  final BigDecimal amount;

  /** The amount's signum (a byte: the row fits 72 bytes instead of 80). */
  final byte sign;

  /** Whether {@link #e4} holds the amount exactly. */
  final boolean exact;

  /** The amount in ten-thousandths when {@link #exact}, else 0. */
  final long e4;

  /**
   * The amount's scale when {@link #exact} (0 to 4 or a small negative scale), else 0: sums of
   * exact amounts need it, and reading it here does not load the amount (fits the row's padding).
   */
  final byte scale;

  CounterpartyNormalizer.Name name = CounterpartyNormalizer.EMPTY;

  /** What the description says (folded text, card and savings words), shared by equal texts. */
  DescriptionCache.Entry described = DescriptionCache.NONE;

  String category = "";
  String ruleId = "";
  @Nullable String exclusion;

  Item(Transaction tx, int seq, String accountKey, String id) {
    this(tx, seq, accountKey, id, tx.date().orElse(null), Integer.MIN_VALUE);
  }

  /**
   * @param date the transaction's date
   * @param epochDay the date's epoch day when the caller knows it, else {@link Integer#MIN_VALUE}
   */
  Item(
      Transaction tx,
      int seq,
      String accountKey,
      String id,
      @Nullable LocalDate date,
      int epochDay) {
    this.tx = tx;
    this.seq = seq;
    this.accountKey = accountKey;
    this.id = id;
    this.date = date;
    if (date == null) {
      this.epochDay = UNDATED_DAY;
    } else {
      this.epochDay = epochDay != Integer.MIN_VALUE ? epochDay : (int) date.toEpochDay();
    }
    this.amount = tx.amount();
    this.sign = (byte) amount.signum();
    long units = Amounts.e4(amount);
    this.exact = units != Amounts.INEXACT;
    this.e4 = exact ? units : 0;
    this.scale = exact ? (byte) amount.scale() : 0;
  }

  /**
   * The absolute amount, worked out on each call (no field per row: most steps compare {@link #e4}
   * instead, and the BigDecimal paths ask once per item).
   */
  BigDecimal abs() {
    return sign < 0 ? amount.negate() : amount;
  }

  boolean included() {
    return exclusion == null;
  }

  /** The folded description (see {@link Text#fold}). */
  String folded() {
    return described.folded(tx.description());
  }

  /** Whether the description shows a card payment. */
  boolean card() {
    return described.card();
  }

  AnalyzedTransaction view() {
    return new AnalyzedTransaction(
        id,
        accountKey,
        date,
        amount,
        tx.description(),
        name.display(),
        name.key(),
        category,
        ruleId,
        exclusion);
  }

  /**
   * The items in {@link #BY_DATE} order. The items must be in input order ({@link #seq} ascending);
   * then a stable counting sort by day and account gives that order in two passes without comparing
   * (a run's days span a few years), and the input itself is returned when it is in order already.
   * A comparison sort when the days span far more buckets than there are items.
   */
  // identity only as a shortcut: a new instance is looked up by value
  @SuppressWarnings("ReferenceEquality")
  static List<Item> sortedByDate(List<Item> items) {
    int n = items.size();
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    boolean ordered = true;
    boolean bySeq = true;
    Item previous = null;
    // the accounts' ranks in key order, found when the key instance changes (once per statement)
    TreeMap<String, Integer> ranks = new TreeMap<>();
    for (Item i : items) {
      if (previous == null || previous.accountKey != i.accountKey) {
        ranks.put(i.accountKey, 0);
      }
      if (previous != null) {
        ordered &= compareByDate(previous, i) <= 0;
        bySeq &= previous.seq < i.seq;
      }
      previous = i;
      if (i.epochDay != UNDATED_DAY) {
        minDay = Math.min(minDay, i.epochDay);
        maxDay = Math.max(maxDay, i.epochDay);
      }
    }
    if (ordered) {
      return items;
    }
    int accounts = 0;
    for (Map.Entry<String, Integer> e : ranks.entrySet()) {
      e.setValue(accounts++);
    }
    // one bucket per day of the span and account, then one per account for the undated
    long days = minDay > maxDay ? 0 : (long) maxDay - minDay + 1;
    long buckets = (days + 1) * accounts;
    if (!bySeq || buckets > 4L * n + 1024) {
      List<Item> copy = new ArrayList<>(items);
      copy.sort(BY_DATE);
      return copy;
    }
    int[] bucketOf = new int[n];
    int[] starts = new int[(int) buckets + 1];
    String key = null;
    int rank = 0;
    for (int k = 0; k < n; k++) {
      Item i = items.get(k);
      if (i.accountKey != key) {
        key = i.accountKey;
        rank = requireNonNull(ranks.get(key), "rank");
      }
      long day = i.epochDay == UNDATED_DAY ? days : i.epochDay - (long) minDay;
      int b = (int) (day * accounts + rank);
      bucketOf[k] = b;
      starts[b + 1]++;
    }
    for (int b = 1; b < starts.length; b++) {
      starts[b] += starts[b - 1];
    }
    Item[] out = new Item[n];
    for (int k = 0; k < n; k++) {
      out[starts[bucketOf[k]]++] = items.get(k);
    }
    return Arrays.asList(out);
  }

  /** {@link #BY_DATE} written out on primitives: sorting runs it n log n times. */
  // identity only as a shortcut: different instances are compared by value
  @SuppressWarnings("ReferenceEquality")
  private static int compareByDate(Item a, Item b) {
    int c = Integer.compare(a.epochDay, b.epochDay);
    if (c != 0) {
      return c;
    }
    if (a.accountKey != b.accountKey) {
      c = a.accountKey.compareTo(b.accountKey);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.seq, b.seq);
  }

  /** Compares absolute amounts numerically, on {@link #e4} when both are exact. */
  static int compareAbs(Item a, Item b) {
    if (a.exact && b.exact) {
      return Long.compare(Math.abs(a.e4), Math.abs(b.e4));
    }
    return a.abs().compareTo(b.abs());
  }

  /** Whether two amounts are numerically equal, on {@link #e4} when both are exact. */
  static boolean sameAmount(Item a, Item b) {
    if (a.exact && b.exact) {
      return a.e4 == b.e4;
    }
    return a.amount.compareTo(b.amount) == 0;
  }

  LocalDate day() {
    if (date == null) {
      throw new IllegalStateException("undated item in a dated step");
    }
    return date;
  }
}
