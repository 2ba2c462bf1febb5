package io.github.bsa.core.analysis;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Builds statements in code for the analysis tests (and the JSON contract test). */
public final class Fixtures {
  static final StatementAnalyzer ANALYZER = StatementAnalyzer.builder().parsers(List.of()).build();
  static final Currency EUR = Currency.getInstance("EUR");

  private Fixtures() {}

  static Transaction tx(String date, String amount, String description) {
    return Transaction.builder()
        .bookingDate(LocalDate.parse(date))
        .amount(new BigDecimal(amount))
        .description(description)
        .build();
  }

  static Transaction tx(String date, String amount, String description, String counterparty) {
    return tx(date, amount, description).toBuilder().counterparty(counterparty).build();
  }

  static Account account(String iban) {
    return Account.builder().iban(Iban.parse(iban)).currency(EUR).build();
  }

  /** A statement with opening balance; closing = opening + sum (so it verifies). */
  static Statement statement(
      String iban, String from, String to, String opening, List<Transaction> txs) {
    BigDecimal closing = new BigDecimal(opening);
    for (Transaction t : txs) {
      closing = closing.add(t.amount());
    }
    return Statement.builder()
        .account(account(iban))
        .currency(EUR)
        .period(DateRange.of(LocalDate.parse(from), LocalDate.parse(to)))
        .openingBalance(new BigDecimal(opening))
        .closingBalance(closing)
        .transactions(txs)
        .build();
  }

  static AnalysisReport analyze(Statement... statements) {
    return ANALYZER.analyze(List.of(statements));
  }

  static AnalysisReport analyze(AnalysisOptions options, Statement... statements) {
    return ANALYZER.analyze(List.of(statements), options);
  }

  /** Six months of a typical household with salary, rent, subscriptions and groceries. */
  static Statement household() {
    List<Transaction> txs = new ArrayList<>();
    String[] months = {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"};
    int i = 0;
    for (String m : months) {
      txs.add(tx(m + "-01", "-1200.00", "Miete Wohnung", "Hausverwaltung Schmidt GmbH"));
      txs.add(tx(m + "-03", "-12.99", "NETFLIX.COM*" + (4000 + i) + " Amsterdam NL"));
      txs.add(tx(m + "-05", "-54.30", "Kartenzahlung REWE Markt " + (100 + i) + " Berlin"));
      txs.add(tx(m + "-12", "-38.10", "Kartenzahlung REWE Markt " + (200 + i) + " Berlin"));
      txs.add(tx(m + "-15", "-250.00", "Kreditrate Autokredit Vertrag 99", "Autobank AG"));
      txs.add(tx(m + "-20", "-60.00", "Geldautomat Alexanderplatz"));
      txs.add(tx(m + "-28", "3100.00", "Gehalt " + m, "ACME Software GmbH"));
      i++;
    }
    return statement("DE89370400440532013000", "2025-01-01", "2025-06-30", "1000.00", txs);
  }

  /**
   * A savings account in March 2025 receiving 500.00 on the 11th (the other side of a transfer from
   * a current account), and more transactions.
   */
  static Statement savings(Transaction... more) {
    List<Transaction> txs = new ArrayList<>();
    txs.add(tx("2025-03-11", "500.00", "Overboeking van betaalrekening"));
    txs.addAll(List.of(more));
    return statement("NL91ABNA0417164300", "2025-03-01", "2025-03-31", "10000", txs);
  }

  /**
   * A report with every part of the analysis JSON filled: the household (salary, rent, loan,
   * subscriptions, categories), a current account with bounced payments, fees, cash, gambling, a
   * large purchase and a transfer to a savings account (own transfer), an undated entry, and a
   * statement in a second currency (a warning).
   */
  public static AnalysisReport rich() {
    List<Transaction> risky = new ArrayList<>();
    risky.add(tx("2025-03-01", "-89.00", "SEPA-Lastschrift Stadtwerke Strom"));
    risky.add(tx("2025-03-03", "89.00", "Rücklastschrift Stadtwerke Strom"));
    risky.add(tx("2025-03-03", "-3.00", "Rücklastschriftgebühr"));
    risky.add(tx("2025-03-05", "-12.00", "Overdraft fee"));
    risky.add(tx("2025-03-06", "-35.00", "NSF insufficient funds"));
    risky.add(tx("2025-03-10", "-500.00", "Transfer to savings"));
    risky.add(tx("2025-03-12", "500.00", "Cash deposit branch"));
    risky.add(tx("2025-03-13", "-200.00", "ATM cash withdrawal"));
    risky.add(tx("2025-03-14", "-50.00", "Tipico Sportwetten"));
    risky.add(tx("2025-03-20", "-4000.00", "Car dealer"));
    Statement current =
        statement("GB82WEST12345698765432", "2025-03-01", "2025-03-31", "100", risky);
    Statement savings =
        savings(Transaction.builder().amount(new BigDecimal("-1.00")).description("Fee").build());
    Statement usd =
        statement(
                "DE44500105175407324931",
                "2025-03-01",
                "2025-03-31",
                "0",
                List.of(tx("2025-03-02", "-5", "Kiosk")))
            .toBuilder()
            .currency(Currency.getInstance("USD"))
            .build();
    return analyze(household(), current, savings, usd);
  }
}
