package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suspected-duplicate risk signal of {@link RiskDetector}: transactions of one account on one
 * day with the same amount and party. Reuses its grouping tables from run to run; not thread-safe,
 * one instance per detection.
 */
final class SuspectedDuplicates {
  private final List<RiskSignal> signals;

  /** Adds the signals it finds to {@code signals}. */
  SuspectedDuplicates(List<RiskSignal> signals) {
    this.signals = signals;
  }

  /** Same amount (numerically) and party, within one account and day. */
  private record DuplicateKey(Amounts.Key amount, String who) {}

  /**
   * Same account, day, amount and party. The included items are in {@link Item#BY_DATE} order, so
   * the items of one account and day are adjacent: each such run is grouped in a small map of its
   * own, and the groups come out in the order of their first item, as one map over all would give.
   */
  void find(ItemList included) {
    Items items = included.items();
    int n = included.size();
    int start = 0;
    while (start < n) {
      int first = included.row(start);
      int end = start + 1;
      while (end < n
          && items.epochDay[included.row(end)] == items.epochDay[first]
          && items.accountKey[included.row(end)].equals(items.accountKey[first])) {
        end++;
      }
      if (end - start > 1 && !repeatsByTable(included, start, end)) {
        // an unnamed or inexact item: group the whole run by its full key
        Map<DuplicateKey, List<Item>> groups = new LinkedHashMap<>();
        for (Item i : included.subList(start, end)) {
          String who = i.name().key().isEmpty() ? i.folded() : i.name().key();
          groups
              .computeIfAbsent(new DuplicateKey(Amounts.Key.of(i), who), k -> new ArrayList<>(2))
              .add(i);
        }
        duplicateSignals(groups.values());
      }
      start = end;
    }
  }

  private int[] slotFirst = new int[0];
  private int[] slotLast = new int[0];
  private int[] slotStamps = new int[0];
  private int[] nextInGroup = new int[0];
  private int stamp;

  /**
   * Groups included[start, end) by amount and party with a reused open-addressing table (no key,
   * list or map per item) and adds the signals of the groups of two or more, in the order of their
   * first item, as a map in insertion order would. Returns false, having done nothing, when an item
   * is inexact or unnamed (its key needs the BigDecimal or the folded text).
   */
  private boolean repeatsByTable(ItemList included, int start, int end) {
    Items items = included.items();
    int size = end - start;
    int capacity = Integer.highestOneBit(Math.max(8, size * 2 - 1)) << 1;
    if (slotStamps.length < capacity) {
      slotFirst = new int[capacity];
      slotLast = new int[capacity];
      slotStamps = new int[capacity];
      stamp = 0;
    }
    if (nextInGroup.length < size) {
      nextInGroup = new int[Math.max(size, nextInGroup.length * 2)];
    }
    int run = ++stamp;
    int mask = capacity - 1;
    List<Integer> repeated = null;
    for (int k = start; k < end; k++) {
      int row = included.row(k);
      String key = items.name(row).key();
      if (!items.exact[row] || key.isEmpty()) {
        return false;
      }
      long e4 = items.e4[row];
      nextInGroup[k - start] = -1;
      int h = Long.hashCode(e4) * 31 + key.hashCode();
      int slot = (h ^ (h >>> 16)) & mask;
      while (true) {
        if (slotStamps[slot] != run) {
          slotStamps[slot] = run;
          slotFirst[slot] = k;
          slotLast[slot] = k;
          break;
        }
        int other = included.row(slotFirst[slot]);
        if (items.e4[other] == e4 && items.name(other).key().equals(key)) {
          if (slotFirst[slot] == slotLast[slot]) {
            if (repeated == null) {
              repeated = new ArrayList<>();
            }
            repeated.add(slot);
          }
          nextInGroup[slotLast[slot] - start] = k;
          slotLast[slot] = k;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    if (repeated != null) {
      repeated.sort(Comparator.comparingInt(sl -> slotFirst[sl]));
      List<List<Item>> groups = new ArrayList<>();
      for (int sl : repeated) {
        List<Item> g = new ArrayList<>();
        for (int k = slotFirst[sl]; k >= 0; k = nextInGroup[k - start]) {
          g.add(included.get(k));
        }
        groups.add(g);
      }
      duplicateSignals(groups);
    }
    return true;
  }

  private void duplicateSignals(Collection<List<Item>> groups) {
    for (List<Item> g : groups) {
      if (g.size() > 1) {
        Item f = g.get(0);
        signals.add(
            new RiskSignal(
                RiskSignalType.DUPLICATE_SUSPECTED,
                "analysis.duplicate.same-day-amount-party",
                f.accountKey(),
                f.date(),
                f.amount(),
                g.size() + " transactions on the same day with the same amount and counterparty",
                g.stream().map(i -> i.id()).toList()));
      }
    }
  }
}
