package io.github.bsa.core.model;

/**
 * What a statement is: a final statement of a closed period, or an interim report of entries booked
 * so far (SWIFT MT942, CAMT.052 intraday reports). An interim report usually has no closing
 * balance, so its balance check is {@link BalanceCheck.Status#UNVERIFIED}, and its transactions are
 * {@linkplain Transaction#isPending() pending}: a later final statement reports them again.
 *
 * @since 0.2
 */
public enum StatementKind {
  /** A statement of a closed period, with its closing balance (MT940, CAMT.053, most files). */
  FINAL,
  /** An interim report of the entries so far, which a final statement will repeat (MT942). */
  INTERIM
}
