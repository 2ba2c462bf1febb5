package io.github.bsa.core.internal.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Amounts as longs of ten-thousandths ("e4"), so that the detectors compare, sort and sum without
 * BigDecimal arithmetic per transaction. Only amounts with at most four decimals and at most 15
 * significant digits in e4 are converted; the others keep the BigDecimal path. Stateless.
 */
final class Amounts {
  /** Returned by {@link #e4} for an amount that has no exact e4 form. */
  static final long INEXACT = Long.MIN_VALUE;

  private static final int MAX_DIGITS = 15;

  private Amounts() {}

  /**
   * The amount in ten-thousandths, or {@link #INEXACT}. Uses the JDK's exact fast path of {@link
   * BigDecimal#doubleValue()} for small compact values (no allocation): below 2^50 the quotient is
   * correctly rounded and scaling it back by 10^4 and rounding gives the exact integer.
   */
  static long e4(BigDecimal amount) {
    int scale = amount.scale();
    if (scale > 4 || scale < -MAX_DIGITS || amount.precision() + (4 - scale) > MAX_DIGITS) {
      return INEXACT;
    }
    return Math.round(amount.doubleValue() * 10_000.0);
  }

  /**
   * A numeric key of an amount (equal for numerically equal amounts, whatever their scale).
   *
   * @param e4 the amount in e4, or {@link #INEXACT}
   * @param big the amount without trailing zeros when it has no e4 form, else null
   */
  record Key(long e4, @Nullable BigDecimal big) {
    static Key of(BigDecimal amount) {
      long units = Amounts.e4(amount);
      if (units == INEXACT) {
        BigDecimal stripped = amount.stripTrailingZeros();
        units = Amounts.e4(stripped);
        if (units == INEXACT) {
          return new Key(0, stripped);
        }
      }
      return new Key(units, null);
    }

    static Key of(Item i) {
      return i.exact() ? new Key(i.e4(), null) : of(i.amount());
    }
  }

  /** The BigDecimal of an e4 value at a scale of at most four (exact). */
  static BigDecimal of(long e4, int scale) {
    return BigDecimal.valueOf(e4, 4).setScale(scale, RoundingMode.UNNECESSARY);
  }

  /**
   * A running sum that gives the same BigDecimal (value and scale) as adding the amounts to {@link
   * BigDecimal#ZERO} one by one, without BigDecimal arithmetic while every amount is exact in e4.
   * Confined to one run.
   */
  static final class Sum {
    private long e4;
    private int scale;
    private BigDecimal big = BigDecimal.ZERO;
    private boolean inexact;

    /** Adds the item's amount. */
    void add(Item i) {
      add(i.items, i.seq);
    }

    /** Adds the amount of a row. */
    void add(Items items, int row) {
      if (!inexact && items.exact[row]) {
        long units = items.e4[row];
        long next = e4 + units;
        // overflow when both operands have the sign opposite to the result
        if (((e4 ^ next) & (units ^ next)) >= 0) {
          e4 = next;
          scale = Math.max(scale, items.scale[row]);
          return;
        }
      }
      add(items.tx[row].amount());
    }

    /** Adds an amount, on e4 when it is exact. */
    void addAmount(BigDecimal amount) {
      long units = inexact ? INEXACT : Amounts.e4(amount);
      if (units != INEXACT) {
        long next = e4 + units;
        if (((e4 ^ next) & (units ^ next)) >= 0) {
          e4 = next;
          scale = Math.max(scale, amount.scale());
          return;
        }
      }
      add(amount);
    }

    /**
     * Adds another sum: the value and scale are those of adding its amounts one by one (a sum's
     * value is exact and its scale the largest of its amounts', whatever the order).
     */
    void add(Sum other) {
      if (!inexact && !other.inexact) {
        long next = e4 + other.e4;
        if (((e4 ^ next) & (other.e4 ^ next)) >= 0) {
          e4 = next;
          scale = Math.max(scale, other.scale);
          return;
        }
      }
      add(other.value());
    }

    /** Adds an amount on the BigDecimal path. */
    void add(BigDecimal amount) {
      if (!inexact) {
        big = value();
        inexact = true;
      }
      big = big.add(amount);
    }

    /** The sum. */
    BigDecimal value() {
      return inexact ? big : of(e4, scale);
    }
  }
}
