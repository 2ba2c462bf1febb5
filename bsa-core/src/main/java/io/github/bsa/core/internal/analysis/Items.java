package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.internal.ModelAccess;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The transactions of one analysis run as columns: one array per value, indexed by the row (the
 * position in the run's input order, {@link Item#seq}). Mutable, confined to one run.
 *
 * <p>Why columns: the rows live for the whole analysis. As one object each (about 72 bytes, a
 * million of them for a million transactions) every young collection during a run copied all of
 * them, and those pauses (0.1-0.9 s on two cores) decided whether a run took under a second. The
 * columns are a handful of large arrays allocated once per run (in G1 such arrays go straight to
 * the old generation), so a collection has nothing per transaction to copy. {@link Item} is a
 * short-lived cursor on one row ({@code items.item(k)}) that the detectors read as before, and
 * {@link ItemList} a list of rows kept as an {@code int[]}.
 *
 * <p>Layout, per row {@code k}:
 *
 * <ul>
 *   <li>{@link #tx}: the input transaction (not a copy); its date and amount are read from it.
 *   <li>{@link #id}: the transaction's id (assigned when the input had none).
 *   <li>{@link #accountKey}: the account's key, one instance per distinct key in a run.
 *   <li>{@link #epochDay}: the date as an epoch day, {@link Item#UNDATED_DAY} when undated.
 *   <li>{@link #e4}, {@link #scale}, {@link #sign}, {@link #exact}: the amount in ten-thousandths
 *       and its scale when exact ({@link Amounts#e4}), else 0, and its signum.
 *   <li>{@link #nameId}, {@link #describedId}: the normalised counterparty and what the description
 *       says, both shared by equal texts, as ids into a table of the distinct values ({@link
 *       #name(int)}, {@link #described(int)}). Ints rather than references: those objects are made
 *       during the run, and a column of references to young objects is scanned by every young
 *       collection.
 *   <li>{@link #category}, {@link #ruleId}, {@link #exclusion}: the result, set by the preparation
 *       and the recurring detector.
 * </ul>
 */
final class Items {
  final Transaction[] tx;
  final String[] id;
  final String[] accountKey;
  final int[] epochDay;
  final long[] e4;
  final byte[] scale;
  final byte[] sign;
  final boolean[] exact;
  final int[] nameId;
  final int[] describedId;
  private final Distinct<CounterpartyNormalizer.Name> names =
      new Distinct<>(CounterpartyNormalizer.EMPTY);
  private final Distinct<DescriptionCache.Entry> descriptions =
      new Distinct<>(DescriptionCache.NONE);
  final String[] category;
  final String[] ruleId;
  final @Nullable String[] exclusion;
  private int size;

  /** An empty table for up to {@code capacity} rows. */
  Items(int capacity) {
    tx = new Transaction[capacity];
    id = new String[capacity];
    accountKey = new String[capacity];
    epochDay = new int[capacity];
    e4 = new long[capacity];
    scale = new byte[capacity];
    sign = new byte[capacity];
    exact = new boolean[capacity];
    nameId = new int[capacity];
    describedId = new int[capacity];
    category = new String[capacity];
    ruleId = new String[capacity];
    exclusion = new String[capacity];
  }

  /** A table of one row (for tests of one transaction's rules). */
  static Item single(Transaction t, String accountKey, String id) {
    Items items = new Items(1);
    return items.item(items.add(t, accountKey, id, ModelAccess.date(t), Integer.MIN_VALUE));
  }

  /**
   * Appends a row.
   *
   * @param date the transaction's date
   * @param epochDay the date's epoch day when the caller knows it, else {@link Integer#MIN_VALUE}
   * @return the row
   */
  int add(Transaction t, String key, String txId, @Nullable LocalDate date, int epochDay) {
    int k = size++;
    tx[k] = t;
    id[k] = txId;
    accountKey[k] = key;
    if (date == null) {
      this.epochDay[k] = Item.UNDATED_DAY;
    } else {
      this.epochDay[k] = epochDay != Integer.MIN_VALUE ? epochDay : (int) date.toEpochDay();
    }
    BigDecimal amount = t.amount();
    sign[k] = (byte) amount.signum();
    long units = Amounts.e4(amount);
    boolean isExact = units != Amounts.INEXACT;
    exact[k] = isExact;
    e4[k] = isExact ? units : 0;
    scale[k] = isExact ? (byte) amount.scale() : 0;
    // id 0 of both tables: CounterpartyNormalizer.EMPTY and DescriptionCache.NONE
    category[k] = "";
    ruleId[k] = "";
    return k;
  }

  /** The normalised counterparty of a row. */
  CounterpartyNormalizer.Name name(int row) {
    return names.get(nameId[row]);
  }

  void name(int row, CounterpartyNormalizer.Name name) {
    nameId[row] = names.idOf(name);
  }

  /** The distinct names, by id. */
  Distinct<CounterpartyNormalizer.Name> names() {
    return names;
  }

  /** What a row's description says. */
  DescriptionCache.Entry described(int row) {
    return descriptions.get(describedId[row]);
  }

  void described(int row, DescriptionCache.Entry described) {
    describedId[row] = descriptions.idOf(described);
  }

  /** The number of rows. */
  int size() {
    return size;
  }

  /** A cursor on row {@code k}. */
  Item item(int k) {
    return new Item(this, k);
  }

  /** Every row, in input order. */
  ItemList all() {
    int[] rows = new int[size];
    for (int k = 0; k < size; k++) {
      rows[k] = k;
    }
    return new ItemList(this, rows, size);
  }

  /**
   * The distinct values of a column of shared objects, by id (id 0 the column's default). A value
   * is looked up by identity, the last one first (equal texts tend to follow each other).
   */
  static final class Distinct<T> {
    private Object[] values = new Object[64];
    private int count;
    private final IdentityHashMap<T, Integer> ids = new IdentityHashMap<>();
    private @Nullable T last;
    private int lastId;

    Distinct(T first) {
      idOf(first);
    }

    @SuppressWarnings("unchecked") // only Ts are stored
    T get(int id) {
      return (T) values[id];
    }

    /** The number of ids. */
    int size() {
      return count;
    }

    @SuppressWarnings("ReferenceEquality") // one instance per distinct value: identity intended
    int idOf(T value) {
      if (value == last) {
        return lastId;
      }
      Integer id = ids.get(value);
      if (id == null) {
        if (count == values.length) {
          values = Arrays.copyOf(values, count * 2);
        }
        values[count] = value;
        id = count++;
        ids.put(value, id);
      }
      last = value;
      lastId = id;
      return id;
    }

    /**
     * Replaces the value of an id, for every row that has it; call after the last {@link #idOf}.
     */
    void replace(int id, T value) {
      values[id] = value;
      ids.clear();
      last = null;
    }
  }
}
