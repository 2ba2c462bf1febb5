package io.github.bsa.core.analysis;

import java.util.List;

/**
 * The ids of the categories the default rule set assigns. User rules may use these or their own ids
 * (lower-case, {@code [a-z0-9_.-]}).
 *
 * @since 0.1
 */
public final class Categories {
  /** Regular or one-off income that is not salary. */
  public static final String INCOME = "income";

  /** Salary, wages and payroll. */
  public static final String SALARY = "salary";

  /** Rent and mortgage payments. */
  public static final String RENT_MORTGAGE = "rent_mortgage";

  /** Electricity, gas, water, phone and internet. */
  public static final String UTILITIES = "utilities";

  /** Supermarkets and food shops. */
  public static final String GROCERIES = "groceries";

  /** Restaurants, cafes and food delivery. */
  public static final String DINING = "dining";

  /** Public transport, taxis, parking and tolls. */
  public static final String TRANSPORT = "transport";

  /** Fuel stations. */
  public static final String FUEL = "fuel";

  /** Retail and online shopping. */
  public static final String SHOPPING = "shopping";

  /** Subscriptions and memberships. */
  public static final String SUBSCRIPTIONS = "subscriptions";

  /** Insurance premiums. */
  public static final String INSURANCE = "insurance";

  /** Pharmacies, doctors and hospitals. */
  public static final String HEALTHCARE = "healthcare";

  /** Schools, universities and courses. */
  public static final String EDUCATION = "education";

  /** Flights, hotels and travel agencies. */
  public static final String TRAVEL = "travel";

  /** Cash taken out at ATMs or counters. */
  public static final String CASH_WITHDRAWAL = "cash_withdrawal";

  /** Cash paid in. */
  public static final String CASH_DEPOSIT = "cash_deposit";

  /** Transfers to and from other people and accounts. */
  public static final String TRANSFERS = "transfers";

  /** Bank fees and charges. */
  public static final String FEES = "fees";

  /** Interest credited or charged. */
  public static final String INTEREST = "interest";

  /** Taxes paid or refunded. */
  public static final String TAXES = "taxes";

  /** Loan and instalment repayments (EMI). */
  public static final String LOAN_REPAYMENT = "loan_repayment";

  /** Betting, casinos and lotteries. */
  public static final String GAMBLING = "gambling";

  /** Refunds of purchases. */
  public static final String REFUNDS = "refunds";

  /** Returned (bounced) payments coming back to the account. */
  public static final String RETURNED_PAYMENTS = "returned_payments";

  /** Anything no rule matched. */
  public static final String OTHER = "other";

  private static final List<String> ALL =
      List.of(
          INCOME,
          SALARY,
          RENT_MORTGAGE,
          UTILITIES,
          GROCERIES,
          DINING,
          TRANSPORT,
          FUEL,
          SHOPPING,
          SUBSCRIPTIONS,
          INSURANCE,
          HEALTHCARE,
          EDUCATION,
          TRAVEL,
          CASH_WITHDRAWAL,
          CASH_DEPOSIT,
          TRANSFERS,
          FEES,
          INTEREST,
          TAXES,
          LOAN_REPAYMENT,
          GAMBLING,
          REFUNDS,
          RETURNED_PAYMENTS,
          OTHER);

  private Categories() {}

  /**
   * Returns the ids of the default categories in display order.
   *
   * @return an unmodifiable list
   */
  public static List<String> defaults() {
    return ALL;
  }
}
