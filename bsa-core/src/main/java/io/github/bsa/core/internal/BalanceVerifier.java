package io.github.bsa.core.internal;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a statement's arithmetic incrementally, so that streamed statements can be verified
 * without keeping their transactions.
 *
 * <p>Two checks: the totals (opening + sum of amounts = closing) and the running balance (each
 * printed balance = the previous printed balance, or the opening balance, plus the amounts since).
 * Many CSV exports list the newest row first; the running balance is therefore also checked in
 * reverse order (each balance = the next row's balance minus the next row's amount), and the
 * statement counts as consistent when either order holds throughout.
 *
 * <p>The arithmetic is exact. While the amounts and balances share one scale and have at most 18
 * digits (every real statement), it runs on their unscaled {@code long}s and allocates nothing per
 * transaction; any other value continues in {@link BigDecimal}, with the same results, values and
 * scales as adding {@code BigDecimal}s throughout (ADR 0290). Not thread-safe.
 */
public final class BalanceVerifier {
  /** Not representable as an unscaled long at the scale asked for. */
  private static final long NONE = Long.MIN_VALUE;

  private final ExactSum sum = new ExactSum();
  private int index;
  private int rowsWithBalance;

  // the first printed balance, checked against the opening balance once that is known
  private @Nullable BigDecimal firstBalance;
  private BigDecimal sumToFirstBalance = BigDecimal.ZERO;
  private int firstBalanceIndex = -1;
  private SourcePosition firstBalancePosition = SourcePosition.UNKNOWN;

  // forward running check between printed balances
  private @Nullable BigDecimal lastBalance;
  private final ExactSum sinceLast = new ExactSum();
  private int forwardBreak = -1;
  private SourcePosition forwardPosition = SourcePosition.UNKNOWN;
  private @Nullable BigDecimal forwardExpected;
  private @Nullable BigDecimal forwardActual;

  // reverse running check (newest row first)
  private @Nullable BigDecimal previousRowBalance;
  private @Nullable BigDecimal previousRowAmount;
  private int reverseBreak = -1;

  /** Starts a check. */
  public BalanceVerifier() {}

  /**
   * Checks a complete statement.
   *
   * @param opening the opening balance, or {@code null}
   * @param transactions the transactions in source order
   * @param closing the closing balance, or {@code null}
   * @return the check
   */
  public static BalanceCheck verify(
      @Nullable BigDecimal opening, List<Transaction> transactions, @Nullable BigDecimal closing) {
    BalanceVerifier verifier = new BalanceVerifier();
    for (Transaction t : transactions) {
      verifier.add(t);
    }
    return verifier.result(opening, closing);
  }

  /**
   * Adds the next transaction in source order.
   *
   * @param t the transaction
   */
  public void add(Transaction t) {
    BigDecimal amount = t.amount();
    sum.add(amount);
    BigDecimal balance = ModelAccess.balance(t);
    if (balance != null) {
      rowsWithBalance++;
      if (firstBalance == null) {
        firstBalance = balance;
        sumToFirstBalance = sum.value();
        firstBalanceIndex = index;
        firstBalancePosition = t.position();
      }
      BigDecimal last = lastBalance;
      if (last != null && forwardBreak < 0 && !forwardHolds(last, amount, balance)) {
        forwardBreak = index;
        forwardPosition = t.position();
        forwardExpected = balance;
        forwardActual = forwardComputed(last, amount);
      }
      lastBalance = balance;
      sinceLast.clear();
      BigDecimal previousBalance = previousRowBalance;
      BigDecimal previousAmount = previousRowAmount;
      if (previousBalance != null
          && previousAmount != null
          && reverseBreak < 0
          && !reverseHolds(previousBalance, previousAmount, balance)) {
        reverseBreak = index;
      }
      previousRowBalance = balance;
      previousRowAmount = amount;
    } else {
      sinceLast.add(amount);
      previousRowBalance = null;
      previousRowAmount = null;
    }
    index++;
  }

  /** Whether {@code last + sinceLast + amount == balance}, on longs when they are exact. */
  private boolean forwardHolds(BigDecimal last, BigDecimal amount, BigDecimal balance) {
    int scale = balance.scale();
    long b = unscaled(balance, scale);
    long l = unscaled(last, scale);
    long a = unscaled(amount, scale);
    long since = sinceLast.unscaledAt(scale);
    if (b != NONE && l != NONE && a != NONE && since != NONE) {
      // each below 10^18 in magnitude: the sum cannot overflow
      return l + since + a == b;
    }
    return forwardComputed(last, amount).compareTo(balance) == 0;
  }

  /** The balance the forward check expects, as {@code BigDecimal}s would add it. */
  private BigDecimal forwardComputed(BigDecimal last, BigDecimal amount) {
    BigDecimal base = sinceLast.isEmpty() && last.scale() >= 0 ? last : last.add(sinceLast.value());
    return base.add(amount);
  }

  /** Whether {@code previousBalance - previousAmount == balance}. */
  private static boolean reverseHolds(
      BigDecimal previousBalance, BigDecimal previousAmount, BigDecimal balance) {
    int scale = balance.scale();
    long b = unscaled(balance, scale);
    long p = unscaled(previousBalance, scale);
    long a = unscaled(previousAmount, scale);
    if (b != NONE && p != NONE && a != NONE) {
      return p - a == b;
    }
    return previousBalance.subtract(previousAmount).compareTo(balance) == 0;
  }

  /**
   * Returns the unscaled value of a number of at most 18 digits at the given non-negative scale, or
   * {@link #NONE}.
   */
  static long unscaled(BigDecimal value, int scale) {
    if (value.scale() != scale || scale < 0 || value.precision() > 18) {
      return NONE;
    }
    return value.scaleByPowerOfTen(scale).longValueExact();
  }

  /**
   * Returns the sum of the amounts added so far.
   *
   * @return the sum
   */
  public BigDecimal sum() {
    return sum.value();
  }

  /**
   * Finishes the check.
   *
   * @param opening the opening balance, or {@code null}
   * @param closing the closing balance, or {@code null}
   * @return the check
   */
  public BalanceCheck result(@Nullable BigDecimal opening, @Nullable BigDecimal closing) {
    BalanceCheck running = runningCheck(opening, closing);
    if (opening != null && closing != null) {
      BigDecimal computed = opening.add(sum.value());
      if (computed.compareTo(closing) != 0) {
        if (running != null && running.status() == BalanceCheck.Status.DISCREPANCY) {
          return running;
        }
        return BalanceCheck.discrepancy("TOTALS", -1, SourcePosition.UNKNOWN, closing, computed);
      }
      if (running != null) {
        return running.status() == BalanceCheck.Status.DISCREPANCY
            ? running
            : BalanceCheck.verified("TOTALS_AND_RUNNING_BALANCE");
      }
      return BalanceCheck.verified("TOTALS");
    }
    return running != null ? running : BalanceCheck.unverified();
  }

  private @Nullable BalanceCheck runningCheck(
      @Nullable BigDecimal opening, @Nullable BigDecimal closing) {
    if (rowsWithBalance == 0 || (rowsWithBalance == 1 && opening == null)) {
      return null;
    }
    boolean reverseHolds = reverseBreak < 0 && rowsWithBalance >= 2;
    if (opening != null && firstBalance != null) {
      BigDecimal computed = opening.add(sumToFirstBalance);
      if (computed.compareTo(firstBalance) != 0 && !reverseHolds) {
        return BalanceCheck.discrepancy(
            "RUNNING_BALANCE", firstBalanceIndex, firstBalancePosition, firstBalance, computed);
      }
    }
    if (forwardBreak >= 0 && !reverseHolds) {
      BigDecimal expected = forwardExpected == null ? BigDecimal.ZERO : forwardExpected;
      BigDecimal actual = forwardActual == null ? BigDecimal.ZERO : forwardActual;
      return BalanceCheck.discrepancy(
          "RUNNING_BALANCE", forwardBreak, forwardPosition, expected, actual);
    }
    if (forwardBreak < 0 && opening == null && closing != null && lastBalance != null) {
      BigDecimal computed = lastBalance.add(sinceLast.value());
      if (computed.compareTo(closing) != 0) {
        return BalanceCheck.discrepancy("TOTALS", -1, SourcePosition.UNKNOWN, closing, computed);
      }
    }
    return BalanceCheck.verified("RUNNING_BALANCE");
  }

  /**
   * An exact sum starting at {@link BigDecimal#ZERO}: a {@code long} at the terms' common scale
   * while every term has that scale and the sum stays below 10^18, a {@code BigDecimal} from the
   * first term that does not. Its {@link #value()} equals, in value and scale, adding the terms to
   * {@code BigDecimal.ZERO} one by one.
   */
  static final class ExactSum {
    private static final long LIMIT = 1_000_000_000_000_000_000L;

    private long unscaled;
    private int scale;
    private boolean empty = true;
    private @Nullable BigDecimal big;

    void add(BigDecimal term) {
      BigDecimal b = big;
      if (b == null) {
        long v = unscaled(term, empty ? term.scale() : scale);
        if (v != NONE) {
          // both below 10^18 in magnitude: no overflow
          long next = unscaled + v;
          if (next > -LIMIT && next < LIMIT) {
            unscaled = next;
            scale = term.scale();
            empty = false;
            return;
          }
        }
        b = value();
      }
      big = b.add(term);
      empty = false;
    }

    boolean isEmpty() {
      return empty;
    }

    /** The unscaled sum at {@code scale}: 0 when empty, {@link #NONE} if not a long there. */
    long unscaledAt(int scale) {
      if (big != null) {
        return NONE;
      }
      if (empty) {
        return 0;
      }
      return this.scale == scale ? unscaled : NONE;
    }

    BigDecimal value() {
      BigDecimal b = big;
      if (b != null) {
        return b;
      }
      return empty ? BigDecimal.ZERO : BigDecimal.valueOf(unscaled, scale);
    }

    void clear() {
      unscaled = 0;
      empty = true;
      big = null;
    }
  }
}
