package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.SourcePosition;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a statement's arithmetic: opening balance plus the transactions equals
 * the closing balance, and each printed running balance equals the previous one plus the row's
 * amount. Immutable.
 *
 * @since 0.1
 */
public final class BalanceCheck {
  /** The verdict. */
  public enum Status {
    /** At least one check was possible and every check held. */
    VERIFIED,
    /** A check failed; {@link #breakIndex()} names the first breaking row when known. */
    DISCREPANCY,
    /**
     * Nothing could be checked ({@code NO_BALANCES}: the statement states no balances), or the
     * check cannot vouch for the statement ({@code ROWS_SKIPPED}: rows were left out, see {@link
     * #breakPosition()} for the first).
     */
    UNVERIFIED
  }

  private static final BalanceCheck UNVERIFIED =
      new BalanceCheck(Status.UNVERIFIED, "NO_BALANCES", -1, SourcePosition.UNKNOWN, null, null);

  private final Status status;
  private final String reason;
  private final int breakIndex;
  private final SourcePosition breakPosition;
  private final @Nullable BigDecimal expected;
  private final @Nullable BigDecimal actual;

  private BalanceCheck(
      Status status,
      String reason,
      int breakIndex,
      SourcePosition breakPosition,
      @Nullable BigDecimal expected,
      @Nullable BigDecimal actual) {
    this.status = requireNonNull(status, "status");
    this.reason = requireNonNull(reason, "reason");
    this.breakIndex = breakIndex;
    this.breakPosition = requireNonNull(breakPosition, "breakPosition");
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Returns a check that held.
   *
   * @param reason what was checked: {@code "TOTALS"}, {@code "RUNNING_BALANCE"} or {@code
   *     "TOTALS_AND_RUNNING_BALANCE"}
   * @return the check
   */
  public static BalanceCheck verified(String reason) {
    return new BalanceCheck(Status.VERIFIED, reason, -1, SourcePosition.UNKNOWN, null, null);
  }

  /**
   * Returns the check of a statement without balances.
   *
   * @return the check
   */
  public static BalanceCheck unverified() {
    return UNVERIFIED;
  }

  /**
   * Returns the check of a statement whose arithmetic could not vouch for it, such as one with rows
   * left out: reason {@code "ROWS_SKIPPED"}.
   *
   * @param reason the reason code
   * @param position where the first problem is, or {@link SourcePosition#UNKNOWN}
   * @return the check
   * @since 0.2
   */
  public static BalanceCheck unverified(String reason, SourcePosition position) {
    return new BalanceCheck(Status.UNVERIFIED, reason, -1, position, null, null);
  }

  /**
   * Returns a failed check.
   *
   * @param reason which check failed: {@code "RUNNING_BALANCE"} or {@code "TOTALS"}
   * @param breakIndex the 0-based index of the first breaking transaction, or -1 when unknown
   * @param breakPosition where that row is in the source
   * @param expected the balance the statement states
   * @param actual the balance the transactions give
   * @return the check
   */
  public static BalanceCheck discrepancy(
      String reason,
      int breakIndex,
      SourcePosition breakPosition,
      BigDecimal expected,
      BigDecimal actual) {
    return new BalanceCheck(
        Status.DISCREPANCY,
        reason,
        breakIndex,
        breakPosition,
        requireNonNull(expected, "expected"),
        requireNonNull(actual, "actual"));
  }

  /**
   * Returns the verdict.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns what was checked, or which check failed: {@code TOTALS}, {@code RUNNING_BALANCE},
   * {@code TOTALS_AND_RUNNING_BALANCE}, {@code NO_BALANCES} or {@code ROWS_SKIPPED}.
   *
   * @return the reason code
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the 0-based index of the first transaction where the arithmetic breaks.
   *
   * @return the index, empty when not a discrepancy or not tied to a row
   */
  public OptionalInt breakIndex() {
    return breakIndex < 0 ? OptionalInt.empty() : OptionalInt.of(breakIndex);
  }

  /**
   * Returns where in the source the first breaking row is (line, record or page).
   *
   * @return the position, {@link SourcePosition#UNKNOWN} when not tied to a row
   */
  public SourcePosition breakPosition() {
    return breakPosition;
  }

  /**
   * Returns the balance the statement states at the break.
   *
   * @return the stated balance
   */
  public Optional<BigDecimal> expected() {
    return Optional.ofNullable(expected);
  }

  /**
   * Returns the balance the transactions give at the break.
   *
   * @return the computed balance
   */
  public Optional<BigDecimal> actual() {
    return Optional.ofNullable(actual);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BalanceCheck c
        && status == c.status
        && reason.equals(c.reason)
        && breakIndex == c.breakIndex
        && breakPosition.equals(c.breakPosition)
        && compare(expected, c.expected)
        && compare(actual, c.actual);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, reason, breakIndex);
  }

  @Override
  public String toString() {
    return status == Status.DISCREPANCY || breakPosition.isKnown()
        ? "BalanceCheck[" + status + " " + reason + " at " + breakPosition + "]"
        : "BalanceCheck[" + status + " " + reason + "]";
  }

  private static boolean compare(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
