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
 * statement counts as consistent when either order holds throughout. Not thread-safe.
 */
public final class BalanceVerifier {
  private BigDecimal sum = BigDecimal.ZERO;
  private int index;
  private int rowsWithBalance;

  // the first printed balance, checked against the opening balance once that is known
  private @Nullable BigDecimal firstBalance;
  private BigDecimal sumToFirstBalance = BigDecimal.ZERO;
  private int firstBalanceIndex = -1;
  private SourcePosition firstBalancePosition = SourcePosition.UNKNOWN;

  // forward running check between printed balances
  private @Nullable BigDecimal lastBalance;
  private BigDecimal sinceLast = BigDecimal.ZERO;
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
  @SuppressWarnings("ReferenceEquality") // the reset value ZERO, by identity
  public void add(Transaction t) {
    BigDecimal amount = t.amount();
    sum = sum.add(amount);
    BigDecimal balance = t.balance().orElse(null);
    if (balance != null) {
      rowsWithBalance++;
      if (firstBalance == null) {
        firstBalance = balance;
        sumToFirstBalance = sum;
        firstBalanceIndex = index;
        firstBalancePosition = t.position();
      }
      if (lastBalance != null && forwardBreak < 0) {
        // with no row since the last balance (the usual case), adding the zero would only copy
        BigDecimal base =
            sinceLast == BigDecimal.ZERO && lastBalance.scale() >= 0
                ? lastBalance
                : lastBalance.add(sinceLast);
        BigDecimal computed = base.add(amount);
        if (computed.compareTo(balance) != 0) {
          forwardBreak = index;
          forwardPosition = t.position();
          forwardExpected = balance;
          forwardActual = computed;
        }
      }
      lastBalance = balance;
      sinceLast = BigDecimal.ZERO;
      if (previousRowBalance != null && previousRowAmount != null && reverseBreak < 0) {
        if (previousRowBalance.subtract(previousRowAmount).compareTo(balance) != 0) {
          reverseBreak = index;
        }
      }
      previousRowBalance = balance;
      previousRowAmount = amount;
    } else {
      sinceLast = sinceLast.add(amount);
      previousRowBalance = null;
      previousRowAmount = null;
    }
    index++;
  }

  /**
   * Returns the sum of the amounts added so far.
   *
   * @return the sum
   */
  public BigDecimal sum() {
    return sum;
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
      BigDecimal computed = opening.add(sum);
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
      BigDecimal computed = lastBalance.add(sinceLast);
      if (computed.compareTo(closing) != 0) {
        return BalanceCheck.discrepancy("TOTALS", -1, SourcePosition.UNKNOWN, closing, computed);
      }
    }
    return BalanceCheck.verified("RUNNING_BALANCE");
  }
}
