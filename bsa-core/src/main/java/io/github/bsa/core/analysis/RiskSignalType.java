package io.github.bsa.core.analysis;

/**
 * The kinds of risk signal the analysis reports.
 *
 * @since 0.1
 */
public enum RiskSignalType {
  /** A payment that came back unpaid (returned direct debit, bounced cheque). */
  BOUNCED_PAYMENT,
  /** A fee charged for a returned or bounced payment. */
  BOUNCE_FEE,
  /** An overdraft fee or overdraft interest. */
  OVERDRAFT_FEE,
  /** A fee for insufficient funds (NSF). */
  INSUFFICIENT_FUNDS_FEE,
  /** A loan or instalment repayment (EMI). */
  LOAN_PAYMENT,
  /** Cash paid in. */
  CASH_DEPOSIT,
  /** Cash taken out. */
  CASH_WITHDRAWAL,
  /** Betting, casino or lottery. */
  GAMBLING,
  /** A transfer between the user's own accounts (excluded from income and spending). */
  OWN_TRANSFER,
  /** The same transaction twice (same id in two statements); the repeat is excluded. */
  DUPLICATE_DEFINITE,
  /** Transactions that look alike (same account, day, amount and counterparty); both counted. */
  DUPLICATE_SUSPECTED,
  /** A transaction far above the usual amounts. */
  LARGE_TRANSACTION,
  /** Days between two statements of an account that no statement covers. */
  STATEMENT_GAP,
  /**
   * A statement whose balances do not add up, or a closing balance the next opening differs from.
   */
  BALANCE_DISCREPANCY,
  /** A day that ended below zero. */
  NEGATIVE_BALANCE
}
