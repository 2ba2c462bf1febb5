package io.github.bsa.core.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Semi-monthly income (ADR 0540): pay twice a month around fixed days (the 15th and the month end,
 * the 1st and the 15th), which no single cadence's band holds (gaps of 13 to 17 days that drift
 * with weekends). Read as two monthly series, one per half of the month: each keeps its own due
 * day, their monthly amounts add up to the month's pay, and {@link
 * io.github.bsa.core.analysis.Cadence} needs no new constant. Money in only: a debit twice a month
 * is left to the other steps. Stateless.
 */
final class SemiMonthly {
  /** Rule id of the step (documented in docs/analysis.md). */
  static final String RULE = "analysis.recurring.semi-monthly";

  /** Days of the month read as the middle of the month; the others are its turn. */
  private static final int MID_FROM = 8;

  private static final int MID_TO = 22;

  /** Each half needs a monthly series' three occurrences. */
  private static final int MIN_PER_HALF = 3;

  private SemiMonthly() {}

  /**
   * The group split into its mid-month and turn-of-month payments, or null when the group is not
   * money in, or a half has fewer than three payments, or some month holds more than one payment of
   * a half.
   */
  static @Nullable List<List<Item>> halves(List<Item> group) {
    if (group.size() < 2 * MIN_PER_HALF) {
      return null;
    }
    List<Item> mid = new ArrayList<>();
    List<Item> turn = new ArrayList<>();
    for (Item i : group) {
      if (i.sign() <= 0 || i.date() == null) {
        return null;
      }
      int day = i.day().getDayOfMonth();
      (day >= MID_FROM && day <= MID_TO ? mid : turn).add(i);
    }
    if (mid.size() < MIN_PER_HALF || turn.size() < MIN_PER_HALF) {
      return null;
    }
    return List.of(mid, turn);
  }
}
