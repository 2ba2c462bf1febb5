package io.github.bsa.core.analysis;

import static io.github.bsa.core.analysis.Fixtures.analyze;
import static io.github.bsa.core.analysis.Fixtures.statement;
import static io.github.bsa.core.analysis.Fixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.report.AnalysisReportHtml;
import io.github.bsa.core.report.AnalysisReportJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class StatementAnalysisTest {

  private static Map<String, AnalyzedTransaction> byDescription(AnalysisReport r) {
    return r.transactions().stream()
        .collect(
            Collectors.toMap(AnalyzedTransaction::description, Function.identity(), (a, b) -> a));
  }

  private static <T> T get(Map<String, T> map, String key) {
    return java.util.Objects.requireNonNull(map.get(key), key);
  }

  private static List<RiskSignal> signals(AnalysisReport r, RiskSignalType type) {
    return r.riskSignals().stream().filter(s -> s.type() == type).toList();
  }

  @Test
  void categories_defaultRulesInTenLanguages_assignCategoryAndRule() {
    List<Transaction> txs =
        List.of(
            tx("2025-03-01", "2500", "Salary March ACME Ltd"),
            tx("2025-03-01", "-40", "Kartenzahlung REWE Markt Berlin"),
            tx("2025-03-02", "-800", "Huur maart"),
            tx("2025-03-02", "-30", "Albert Heijn 1234 Utrecht"),
            tx("2025-03-03", "-700", "Loyer mars"),
            tx("2025-03-03", "1900", "Nómina marzo"),
            tx("2025-03-04", "2100", "Stipendio marzo"),
            tx("2025-03-04", "1800", "Salário março"),
            tx("2025-03-05", "40000", "Výplata mzdy"),
            tx("2025-03-05", "25000", "Löneutbetalning"),
            tx("2025-03-06", "6000", "Wynagrodzenie za marzec"),
            tx("2025-03-06", "-35", "Shell Tankstelle 44"),
            tx("2025-03-07", "-9.99", "Spotify P1234"),
            tx("2025-03-07", "-100", "ATM withdrawal 12 Main St"),
            tx("2025-03-08", "-20", "Bet365 deposit"),
            tx("2025-03-08", "-150", "Allianz Versicherung Beitrag"),
            tx("2025-03-09", "-5", "Kontoführungsgebühr"),
            tx("2025-03-09", "1.20", "Zinsen"),
            tx("2025-03-10", "-300", "Finanzamt Einkommensteuer"),
            tx("2025-03-10", "-23", "Apotheke am Markt"),
            tx("2025-03-11", "-18", "Ristorante Da Mario"),
            tx("2025-03-11", "-250", "Lufthansa booking"),
            tx("2025-03-12", "-600", "Studiengebühren Universität"),
            tx("2025-03-12", "-80", "Stadtwerke Strom"),
            tx("2025-03-13", "-2.80", "BVG Ticket"),
            tx("2025-03-13", "-49", "Zalando Bestellung"),
            tx("2025-03-14", "-450", "Splatka úvěru"),
            tx("2025-03-14", "-3", "Unknown thing 77"));
    AnalysisReport r =
        analyze(statement("DE89370400440532013000", "2025-03-01", "2025-03-31", "0", txs));
    Map<String, AnalyzedTransaction> t = byDescription(r);
    assertThat(get(t, "Salary March ACME Ltd").category()).isEqualTo(Categories.SALARY);
    assertThat(get(t, "Kartenzahlung REWE Markt Berlin").category()).isEqualTo("groceries");
    assertThat(get(t, "Huur maart").category()).isEqualTo("rent_mortgage");
    assertThat(get(t, "Albert Heijn 1234 Utrecht").category()).isEqualTo("groceries");
    assertThat(get(t, "Loyer mars").category()).isEqualTo("rent_mortgage");
    assertThat(get(t, "Nómina marzo").category()).isEqualTo("salary");
    assertThat(get(t, "Stipendio marzo").category()).isEqualTo("salary");
    assertThat(get(t, "Salário março").category()).isEqualTo("salary");
    assertThat(get(t, "Výplata mzdy").category()).isEqualTo("salary");
    assertThat(get(t, "Löneutbetalning").category()).isEqualTo("salary");
    assertThat(get(t, "Wynagrodzenie za marzec").category()).isEqualTo("salary");
    assertThat(get(t, "Shell Tankstelle 44").category()).isEqualTo("fuel");
    assertThat(get(t, "Spotify P1234").category()).isEqualTo("subscriptions");
    assertThat(get(t, "ATM withdrawal 12 Main St").category()).isEqualTo("cash_withdrawal");
    assertThat(get(t, "Bet365 deposit").category()).isEqualTo("gambling");
    assertThat(get(t, "Allianz Versicherung Beitrag").category()).isEqualTo("insurance");
    assertThat(get(t, "Kontoführungsgebühr").category()).isEqualTo("fees");
    assertThat(get(t, "Zinsen").category()).isEqualTo("interest");
    assertThat(get(t, "Finanzamt Einkommensteuer").category()).isEqualTo("taxes");
    assertThat(get(t, "Apotheke am Markt").category()).isEqualTo("healthcare");
    assertThat(get(t, "Ristorante Da Mario").category()).isEqualTo("dining");
    assertThat(get(t, "Lufthansa booking").category()).isEqualTo("travel");
    assertThat(get(t, "Studiengebühren Universität").category()).isEqualTo("education");
    assertThat(get(t, "Stadtwerke Strom").category()).isEqualTo("utilities");
    assertThat(get(t, "BVG Ticket").category()).isEqualTo("transport");
    assertThat(get(t, "Zalando Bestellung").category()).isEqualTo("shopping");
    assertThat(get(t, "Splatka úvěru").category()).isEqualTo("loan_repayment");
    assertThat(get(t, "Unknown thing 77").category()).isEqualTo("other");
    assertThat(get(t, "Unknown thing 77").ruleId()).isEqualTo("default.fallback.out");
    assertThat(r.transactions()).allSatisfy(x -> assertThat(x.ruleId()).isNotBlank());
    assertThat(get(t, "Huur maart").ruleId()).isEqualTo("default.rent");
    assertThat(Categories.defaults()).hasSizeGreaterThanOrEqualTo(22);
  }

  @Test
  void categories_userRulesFromJson_takePrecedenceAndRecordRuleId() {
    String json =
        """
        {"rules": [
          {"id": "treats", "category": "treats", "text": ["rewe"], "maxAmount": "10", "direction": "out"},
          {"id": "landlord", "category": "rent_mortgage", "iban": "NL91 ABNA 0417 1643 00"},
          {"id": "side-gig", "category": "salary", "counterparty": "Freelance", "minAmount": 100, "direction": "in"}
        ]}
        """;
    List<CategoryRule> rules = CategoryRules.parse(json);
    assertThat(rules)
        .extracting(CategoryRule::id)
        .containsExactly("treats", "landlord", "side-gig");
    List<Transaction> txs =
        List.of(
            tx("2025-03-01", "-5.50", "REWE Markt 12"),
            tx("2025-03-02", "-55.50", "REWE Markt 12"),
            tx("2025-03-03", "-900", "Overboeking").toBuilder()
                .counterpartyAccount("NL91ABNA0417164300")
                .build(),
            tx("2025-03-04", "400", "Invoice 12", "Freelance Client BV"),
            tx("2025-03-05", "40", "Invoice 13", "Freelance Client BV"));
    AnalysisReport r =
        analyze(
            AnalysisOptions.builder().rules(rules).build(),
            statement("DE89370400440532013000", "2025-03-01", "2025-03-31", "0", txs));
    List<AnalyzedTransaction> t = r.transactions();
    assertThat(t.get(0).category()).isEqualTo("treats");
    assertThat(t.get(0).ruleId()).isEqualTo("treats");
    assertThat(t.get(1).category()).isEqualTo("groceries");
    assertThat(t.get(1).ruleId()).isEqualTo("default.groceries");
    assertThat(t.get(2).ruleId()).isEqualTo("landlord");
    assertThat(t.get(3).ruleId()).isEqualTo("side-gig");
    assertThat(t.get(4).ruleId()).isNotEqualTo("side-gig");
  }

  @Test
  void userRules_invalidJson_isTypedError() {
    assertThatThrownBy(() -> CategoryRules.parse("{"))
        .isInstanceOf(BsaException.class)
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThatThrownBy(() -> CategoryRules.parse("{\"rules\":[{\"id\":\"a\",\"category\":\"x\"}]}"))
        .isInstanceOf(BsaException.class)
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_DATA);
    assertThatThrownBy(
            () ->
                CategoryRules.parse(
                    "{\"rules\":[{\"id\":\"a\",\"category\":\"x\",\"txt\":\"typo\"}]}"))
        .isInstanceOf(BsaException.class)
        .hasMessageContaining("rules/0/txt is an unknown field");
  }

  @Test
  void cashFlow_categoryTotalsSumToMonthsAndTotal() {
    AnalysisReport r = analyze(Fixtures.household());
    CashFlow cf = r.cashFlow();
    assertThat(cf.months())
        .extracting(CashFlowPeriod::label)
        .containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
    CashFlowPeriod total = cf.optionalTotal().orElseThrow();
    assertThat(total.inflow()).isEqualByComparingTo("18600.00");
    assertThat(total.outflow()).isEqualByComparingTo("-9692.34");
    assertThat(total.net()).isEqualByComparingTo("8907.66");
    assertThat(cf.months().get(0).inflow()).isEqualByComparingTo("3100.00");
    assertThat(cf.largestInflows()).hasSize(5);
    assertThat(cf.largestOutflows().get(0).amount()).isEqualByComparingTo("-1200.00");
    assertThat(ReportConsistency.check(r)).isEmpty();
    CategoryTotal groceries =
        total.categories().stream()
            .filter(c -> c.category().equals("groceries"))
            .findFirst()
            .orElseThrow();
    assertThat(groceries.count()).isEqualTo(12);
    assertThat(groceries.transactionIds()).hasSize(12);
  }

  @Test
  void recurring_monthlySubscriptionRentLoanAndSalary_detected() {
    AnalysisReport r = analyze(Fixtures.household());
    Map<String, RecurringPayment> byParty =
        r.recurring().stream()
            .collect(
                Collectors.toMap(RecurringPayment::counterparty, Function.identity(), (a, b) -> a));
    RecurringPayment netflix = get(byParty, "Netflix");
    assertThat(netflix.counterparty()).isEqualTo("Netflix");
    assertThat(netflix.cadence()).isEqualTo(Cadence.MONTHLY);
    assertThat(netflix.subscription()).isTrue();
    assertThat(netflix.active()).isTrue();
    assertThat(netflix.count()).isEqualTo(6);
    assertThat(netflix.nextExpectedDate()).isEqualTo(LocalDate.of(2025, 7, 3));
    assertThat(netflix.minAmount()).isEqualByComparingTo("-12.99");
    RecurringPayment rent = get(byParty, "Hausverwaltung Schmidt GmbH");
    assertThat(rent.category()).isEqualTo("rent_mortgage");
    assertThat(rent.subscription()).isFalse();
    assertThat(get(byParty, "Acme Software GmbH").direction()).isEqualTo(Direction.IN);
    // REWE twice a month with different amounts: two clusters are not monthly at 54 vs 38
    assertThat(r.recurring()).allSatisfy(p -> assertThat(p.transactionIds()).hasSize(p.count()));
  }

  @Test
  void recurring_oneOffLargePurchase_isNotASubscription() {
    List<Transaction> txs = new ArrayList<>();
    txs.add(tx("2025-02-14", "-1899.00", "MediaMarkt TV purchase"));
    txs.add(tx("2025-01-10", "-9.99", "Spotify AB"));
    txs.add(tx("2025-02-10", "-9.99", "Spotify AB"));
    AnalysisReport r =
        analyze(statement("DE89370400440532013000", "2025-01-01", "2025-02-28", "5000", txs));
    assertThat(r.recurring()).isEmpty(); // two monthly payments are not yet a series
    assertThat(r.recurring()).noneMatch(RecurringPayment::subscription);
  }

  @Test
  void recurring_weeklyYearlyAndEndedSeries() {
    List<Transaction> txs = new ArrayList<>();
    LocalDate d = LocalDate.of(2024, 1, 5);
    for (int i = 0; i < 8; i++) {
      txs.add(tx(d.plusWeeks(i).toString(), "-25.00", "Pocket money transfer", "Kid Jones"));
    }
    txs.add(tx("2024-01-20", "-120.00", "Amazon Prime annual", "AMZN Prime"));
    txs.add(tx("2025-01-19", "-120.00", "Amazon Prime annual", "AMZN Prime"));
    AnalysisReport r =
        analyze(
            AnalysisOptions.builder().referenceDate(LocalDate.of(2025, 1, 31)).build(),
            statement("DE89370400440532013000", "2024-01-01", "2025-01-31", "5000", txs));
    RecurringPayment weekly =
        r.recurring().stream().filter(p -> p.cadence() == Cadence.WEEKLY).findFirst().orElseThrow();
    assertThat(weekly.count()).isEqualTo(8);
    assertThat(weekly.active()).isFalse(); // stopped in February 2024
    RecurringPayment yearly =
        r.recurring().stream().filter(p -> p.cadence() == Cadence.YEARLY).findFirst().orElseThrow();
    assertThat(yearly.active()).isTrue();
    assertThat(yearly.subscription()).isTrue();
    assertThat(yearly.nextExpectedDate()).isEqualTo(LocalDate.of(2026, 1, 19));
  }

  @Test
  void income_salaryDetectedWithCadenceAndAverage() {
    AnalysisReport r = analyze(Fixtures.household());
    Income income = r.income();
    assertThat(income.total()).isEqualByComparingTo("18600.00");
    assertThat(income.salaryTotal()).isEqualByComparingTo("18600.00");
    assertThat(income.averageMonthly()).isEqualByComparingTo("3100.00");
    IncomeSource salary = income.sources().get(0);
    assertThat(salary.kind()).isEqualTo("SALARY");
    assertThat(salary.payer()).isEqualTo("Acme Software GmbH");
    assertThat(salary.cadence()).isEqualTo(Cadence.MONTHLY);
    assertThat(salary.lastDate()).isEqualTo(LocalDate.of(2025, 6, 28));
    assertThat(salary.variability()).isEqualByComparingTo("0");
    assertThat(salary.ruleId()).isEqualTo("default.salary");
  }

  @Test
  void ownTransfer_betweenAnalysedAccounts_isNotIncomeOrSpending() {
    Statement checking =
        statement(
            "DE89370400440532013000",
            "2025-03-01",
            "2025-03-31",
            "2000",
            List.of(
                tx("2025-03-01", "3000", "Gehalt März", "ACME GmbH"),
                tx("2025-03-10", "-500.00", "Transfer to savings")));
    Statement savings = Fixtures.savings();
    AnalysisReport r = analyze(checking, savings);
    assertThat(r.income().total()).isEqualByComparingTo("3000");
    assertThat(r.cashFlow().optionalTotal().orElseThrow().outflow()).isEqualByComparingTo("0");
    assertThat(r.cashFlow().ownTransfersIn()).isEqualByComparingTo("500");
    assertThat(r.cashFlow().ownTransfersOut()).isEqualByComparingTo("-500");
    List<RiskSignal> own = signals(r, RiskSignalType.OWN_TRANSFER);
    assertThat(own).hasSize(1);
    assertThat(own.get(0).transactionIds()).hasSize(2);
    assertThat(r.transactions()).filteredOn(t -> "OWN_TRANSFER".equals(t.exclusion())).hasSize(2);
    assertThat(r.balances()).hasSize(2);
    assertThat(ReportConsistency.check(r)).isEmpty();
  }

  @Test
  void ownTransfer_unrelatedEqualAmounts_areNotPaired() {
    Statement a =
        statement(
            "DE89370400440532013000",
            "2025-03-01",
            "2025-03-31",
            "0",
            List.of(tx("2025-03-10", "-50.00", "REWE Markt")));
    Statement b =
        statement(
            "NL91ABNA0417164300",
            "2025-03-01",
            "2025-03-31",
            "0",
            List.of(tx("2025-03-11", "50.00", "Tikkie van Jan")));
    AnalysisReport r = analyze(a, b);
    assertThat(signals(r, RiskSignalType.OWN_TRANSFER)).isEmpty();
    assertThat(r.income().total()).isEqualByComparingTo("50");
  }

  @Test
  void balances_fromOpeningBalance_everyDayAndBelowZero() {
    Statement s =
        statement(
            "DE89370400440532013000",
            "2025-03-01",
            "2025-03-10",
            "100.00",
            List.of(
                tx("2025-03-03", "-150.00", "Rent"),
                tx("2025-03-06", "200.00", "Gehalt"),
                tx("2025-03-06", "-10.00", "Kaffee")));
    AnalysisReport r = analyze(s);
    AccountBalances b = r.balances().get(0);
    assertThat(b.source()).isEqualTo("OPENING_BALANCE");
    assertThat(b.days()).hasSize(10);
    assertThat(b.days().get(0).balance()).isEqualByComparingTo("100");
    assertThat(b.days().get(2).balance()).isEqualByComparingTo("-50");
    assertThat(b.daysBelowZero()).isEqualTo(3);
    assertThat(b.minimum()).isEqualByComparingTo("-50");
    assertThat(b.minimumDate()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(b.endBalance().orElseThrow()).isEqualByComparingTo("140");
    assertThat(b.closingBalance()).isEqualByComparingTo("140");
    // (100*2 + -50*3 + 140*5) / 10 = 75
    assertThat(b.averageDaily()).isEqualByComparingTo("75.00");
    assertThat(b.months()).hasSize(1);
    assertThat(signals(r, RiskSignalType.NEGATIVE_BALANCE)).hasSize(1);
    assertThat(r.lenderSummary().daysBelowZero()).isEqualTo(3);
  }

  @Test
  void balances_fromRunningBalanceNewestFirst() {
    Statement s =
        Statement.builder()
            .account(Fixtures.account("DE89370400440532013000"))
            .transactions(
                List.of(
                    tx("2025-03-05", "-20", "B").toBuilder().balance(new BigDecimal("80")).build(),
                    tx("2025-03-02", "-50", "A").toBuilder()
                        .balance(new BigDecimal("100"))
                        .build()))
            .build();
    AccountBalances b = analyze(s).balances().get(0);
    assertThat(b.source()).isEqualTo("RUNNING_BALANCE");
    assertThat(b.days().get(0).balance()).isEqualByComparingTo("100");
    assertThat(b.endBalance().orElseThrow()).isEqualByComparingTo("80");
  }

  @Test
  void risk_bouncedPaymentFeesLoanCashGambling() {
    List<Transaction> txs =
        List.of(
            tx("2025-03-01", "-89.00", "SEPA-Lastschrift Stadtwerke Strom"),
            tx("2025-03-03", "89.00", "Rücklastschrift Stadtwerke Strom"),
            tx("2025-03-03", "-3.00", "Rücklastschriftgebühr"),
            tx("2025-03-05", "-12.00", "Overdraft fee"),
            tx("2025-03-06", "-35.00", "NSF insufficient funds"),
            tx("2025-03-10", "-420.00", "EMI Home Loan 7781"),
            tx("2025-03-12", "500.00", "Cash deposit branch"),
            tx("2025-03-13", "-200.00", "ATM cash withdrawal"),
            tx("2025-03-14", "-50.00", "Tipico Sportwetten"));
    AnalysisReport r =
        analyze(statement("DE89370400440532013000", "2025-03-01", "2025-03-31", "1000", txs));
    assertThat(signals(r, RiskSignalType.BOUNCED_PAYMENT)).hasSize(1);
    assertThat(signals(r, RiskSignalType.BOUNCE_FEE)).hasSize(1);
    assertThat(signals(r, RiskSignalType.OVERDRAFT_FEE)).hasSize(1);
    assertThat(signals(r, RiskSignalType.INSUFFICIENT_FUNDS_FEE)).hasSize(1);
    assertThat(signals(r, RiskSignalType.LOAN_PAYMENT)).hasSize(1);
    assertThat(signals(r, RiskSignalType.CASH_DEPOSIT)).hasSize(1);
    assertThat(signals(r, RiskSignalType.CASH_WITHDRAWAL)).hasSize(1);
    assertThat(signals(r, RiskSignalType.GAMBLING)).hasSize(1);
    assertThat(r.riskSignals()).allSatisfy(s -> assertThat(s.ruleId()).isNotBlank());
    LenderSummary l = r.lenderSummary();
    assertThat(l.bouncedPayments()).isEqualTo(1);
    assertThat(l.bounceFees()).isEqualTo(1);
    assertThat(l.overdraftFees()).isEqualTo(2);
    // returned payment is not income; cash deposit is
    assertThat(r.income().total()).isEqualByComparingTo("500");
    assertThat(l.obligationsToIncomeRatio()).isEqualByComparingTo("0.8400");
  }

  @Test
  void risk_duplicates_definiteExcludedSuspectedFlagged() {
    Statement s =
        statement(
            "DE89370400440532013000",
            "2025-03-01",
            "2025-03-31",
            "100",
            List.of(
                tx("2025-03-02", "-20.00", "Coffee Bar 1"),
                tx("2025-03-02", "-20.00", "Coffee Bar 1"),
                tx("2025-03-03", "-5.00", "Bakery")));
    AnalysisReport r = analyze(s, s); // the same statement twice
    assertThat(signals(r, RiskSignalType.DUPLICATE_DEFINITE)).hasSize(3);
    assertThat(signals(r, RiskSignalType.DUPLICATE_SUSPECTED)).hasSize(1);
    assertThat(r.cashFlow().optionalTotal().orElseThrow().outflow()).isEqualByComparingTo("-45");
    assertThat(ReportConsistency.check(r)).isEmpty();
  }

  @Test
  void risk_largeTransactionGapAndDiscrepancy() {
    List<Transaction> jan = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      jan.add(tx("2025-01-0" + i, "-20.00", "Shop " + i));
    }
    jan.add(tx("2025-01-20", "-5000.00", "Car dealer"));
    Statement a = statement("DE89370400440532013000", "2025-01-01", "2025-01-31", "10000", jan);
    Statement b =
        Statement.builder()
            .account(Fixtures.account("DE89370400440532013000"))
            .currency(Fixtures.EUR)
            .period(
                io.github.bsa.core.model.DateRange.of(
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
            .openingBalance(new BigDecimal("4820.00"))
            .closingBalance(new BigDecimal("4000.00"))
            .transactions(List.of(tx("2025-03-05", "-10.00", "Shop x")))
            .build();
    AnalysisReport r = analyze(a, b);
    List<RiskSignal> large = signals(r, RiskSignalType.LARGE_TRANSACTION);
    assertThat(large).hasSize(1);
    assertThat(large.get(0).amount()).isEqualByComparingTo("-5000");
    List<RiskSignal> gap = signals(r, RiskSignalType.STATEMENT_GAP);
    assertThat(gap).hasSize(1);
    assertThat(gap.get(0).date()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(signals(r, RiskSignalType.BALANCE_DISCREPANCY)).hasSize(1);
    assertThat(r.balances().get(0).verified()).isFalse();
    assertThat(ReportConsistency.check(r)).isEmpty();
  }

  @Test
  void consistency_detectsTamperedTotals() {
    AnalysisReport r = analyze(Fixtures.household());
    CashFlowPeriod t = r.cashFlow().optionalTotal().orElseThrow();
    CashFlowPeriod bad =
        new CashFlowPeriod(
            t.label(),
            t.from(),
            t.to(),
            t.inflow().add(BigDecimal.ONE),
            t.outflow(),
            t.net(),
            t.inflowCount(),
            t.outflowCount(),
            t.categories());
    CashFlow cf = r.cashFlow();
    AnalysisReport tampered =
        AnalysisReport.builder()
            .currency(r.currency().orElse(null))
            .transactions(r.transactions())
            .cashFlow(
                new CashFlow(
                    bad,
                    cf.months(),
                    cf.largestInflows(),
                    cf.largestOutflows(),
                    cf.ownTransfersIn(),
                    cf.ownTransfersOut()))
            .income(r.income())
            .balances(r.balances())
            .lenderSummary(r.lenderSummary())
            .build();
    assertThat(ReportConsistency.check(tampered)).isNotEmpty();
  }

  @Test
  void lenderSummary_householdFigures() {
    AnalysisReport r = analyze(Fixtures.household());
    LenderSummary l = r.lenderSummary();
    assertThat(l.months()).isEqualTo(6);
    assertThat(l.averageMonthlyIncome()).isEqualByComparingTo("3100.00");
    assertThat(l.averageMonthlyObligations()).isEqualByComparingTo("1450.00");
    assertThat(l.obligationsToIncomeRatio()).isEqualByComparingTo("0.4677");
    // one account: the summary's average balance is that account's average daily balance
    assertThat(r.balances()).hasSize(1);
    BigDecimal average = java.util.Objects.requireNonNull(l.averageBalance(), "averageBalance");
    assertThat(average)
        .isEqualByComparingTo(
            java.util.Objects.requireNonNull(r.balances().get(0).averageDaily(), "averageDaily"));
    assertThat(average.signum()).isPositive();
    assertThat(l.obligationTransactionIds()).hasSize(12);
  }

  @Test
  void emptyInput_givesEmptyReport() {
    AnalysisReport r = Fixtures.ANALYZER.analyze(List.of());
    assertThat(r.transactions()).isEmpty();
    assertThat(r.cashFlow().optionalTotal()).isEmpty();
    assertThat(r.lenderSummary().obligationsToIncomeRatio()).isNull();
    assertThat(ReportConsistency.check(r)).isEmpty();
    assertThat(AnalysisReportJson.toJson(r)).startsWith("{\"schemaVersion\":\"1.0\"");
    assertThat(AnalysisReportHtml.render(r)).contains("<html");
  }

  @Test
  void mixedCurrencies_secondCurrencyExcludedWithWarning() {
    Statement usd =
        Fixtures.statement(
                "NL91ABNA0417164300",
                "2025-03-01",
                "2025-03-31",
                "0",
                List.of(tx("2025-03-02", "-5", "x")))
            .toBuilder()
            .currency(java.util.Currency.getInstance("USD"))
            .build();
    AnalysisReport r = analyze(Fixtures.household(), usd);
    assertThat(r.currency()).contains("EUR");
    assertThat(r.warnings()).extracting(AnalysisWarning::code).contains("MIXED_CURRENCIES");
    assertThat(r.transactions()).filteredOn(t -> "OTHER_CURRENCY".equals(t.exclusion())).hasSize(1);
  }
}
