package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.ReportConsistency;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

/**
 * The columnar paths of the analysis (ADR 0190) give the answers of the per-object paths they
 * replace: merged sums, duplicate suspicion by table, and the report's transactions as views.
 */
final class ColumnarPathsTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final String[] PAYEES = {
    "Kartenzahlung REWE Markt 12 Berlin",
    "Miete Wohnung",
    "Uber trip",
    "Transfer 4711",
    "",
    "Gehalt ACME",
    "Spotify",
  };

  @Test
  void mergedSumsEqualOneSumOverEveryAmount() {
    Random random = new Random(5);
    for (int round = 0; round < 300; round++) {
      Amounts.Sum whole = new Amounts.Sum();
      Amounts.Sum merged = new Amounts.Sum();
      Amounts.Sum part = new Amounts.Sum();
      BigDecimal expected = BigDecimal.ZERO;
      int n = random.nextInt(60);
      for (int k = 0; k < n; k++) {
        BigDecimal v;
        if (round % 7 == 6 && k == n / 3) {
          v = new BigDecimal("0.000001"); // inexact: BigDecimal from here on
        } else if (round % 11 == 10 && k == n / 2) {
          v = new BigDecimal("900000000000000000"); // beyond e4: BigDecimal as well
        } else {
          v = BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(4));
        }
        expected = expected.add(v);
        whole.add(FastPathsTest.item(v));
        part.add(FastPathsTest.item(v));
        if (random.nextInt(5) == 0) {
          merged.add(part);
          part = new Amounts.Sum();
        }
      }
      merged.add(part);
      assertThat(merged.value()).isEqualTo(expected).isEqualTo(whole.value());
    }
  }

  @Test
  void duplicateSuspicionEqualsGroupingByFullKey() {
    int found = 0;
    int unnamed = 0;
    for (int seed = 0; seed < 20; seed++) {
      List<Statement> statements = statements(new Random(seed), seed % 3 == 2);
      AnalysisReport report = AnalysisEngine.analyze(statements, AnalysisOptions.defaults());
      assertThat(ReportConsistency.check(report)).isEmpty();
      List<List<String>> expected = new ArrayList<>();
      // the oracle: one map in insertion order per account and day, keyed by amount and party
      Map<String, Map<String, List<String>>> byDay = new LinkedHashMap<>();
      for (AnalyzedTransaction t : report.includedTransactions()) {
        String who =
            t.counterpartyKey().isEmpty() ? Text.fold(t.description()) : t.counterpartyKey();
        byDay
            .computeIfAbsent(t.accountKey() + "|" + t.date(), k -> new LinkedHashMap<>())
            .computeIfAbsent(
                t.amount().stripTrailingZeros().toPlainString() + "|" + who, k -> new ArrayList<>())
            .add(t.id());
      }
      byDay
          .values()
          .forEach(m -> m.values().stream().filter(g -> g.size() > 1).forEach(expected::add));
      List<List<String>> actual =
          report.riskSignals().stream()
              .filter(s -> s.type() == RiskSignalType.DUPLICATE_SUSPECTED)
              .sorted(Comparator.comparing((RiskSignal s) -> s.transactionIds().get(0)))
              .map(RiskSignal::transactionIds)
              .toList();
      expected.sort(Comparator.comparing((List<String> g) -> g.get(0)));
      assertThat(actual).as("seed %d", seed).isEqualTo(expected);
      found += expected.size();
      unnamed +=
          (int) report.transactions().stream().filter(t -> t.counterpartyKey().isEmpty()).count();
    }
    // both paths ran: named exact items by table, runs with unnamed (or inexact) items by map
    assertThat(found).isGreaterThan(20);
    assertThat(unnamed).isGreaterThan(20);
  }

  @Test
  void reportTransactionsAreImmutableViewsOfTheInput() {
    List<Statement> statements = statements(new Random(99), false);
    AnalysisReport report = AnalysisEngine.analyze(statements, AnalysisOptions.defaults());
    List<AnalyzedTransaction> views = report.transactions();
    assertThat(views).isInstanceOf(TransactionViews.class).isInstanceOf(RandomAccess.class);
    assertThat(views).hasSize(statements.stream().mapToInt(s -> s.transactions().size()).sum());
    // the same values as records built by the old per-item path, in date order
    List<AnalyzedTransaction> copy = List.copyOf(views);
    assertThat(views).isEqualTo(copy);
    for (int k = 1; k < copy.size(); k++) {
      LocalDate a = copy.get(k - 1).date();
      LocalDate b = copy.get(k).date();
      assertThat(a == null || b == null || !a.isAfter(b)).isTrue();
    }
    assertThat(views.get(3)).isEqualTo(views.get(3));
    assertThatThrownBy(() -> views.add(copy.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> views.set(0, copy.get(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    // a builder given the views keeps them; given records, copies them
    AnalysisReport rebuilt =
        AnalysisReport.builder()
            .transactions(views)
            .cashFlow(report.cashFlow())
            .income(report.income())
            .lenderSummary(report.lenderSummary())
            .build();
    assertThat(rebuilt.transactions()).isSameAs(views);
  }

  /** Statements of two accounts with repeats, unnamed and inexact amounts, some undated. */
  private static List<Statement> statements(Random random, boolean inexact) {
    List<Statement> out = new ArrayList<>();
    for (int acc = 0; acc < 2; acc++) {
      Account account = Account.builder().number("ACC-" + acc).currency(EUR).build();
      for (int m = 1; m <= 3; m++) {
        List<Transaction> txs = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, m, 1);
        for (int k = 0; k < 120; k++) {
          LocalDate date = from.plusDays(k / 5);
          String amount = (random.nextBoolean() ? "-" : "") + (1 + random.nextInt(6)) + ".5";
          if (inexact && k % 37 == 0) {
            amount = "-3.00001";
          }
          Transaction.Builder b =
              Transaction.builder()
                  .bookingDate(k % 53 == 52 ? null : date)
                  .amount(new BigDecimal(amount))
                  .currency(EUR)
                  .description(PAYEES[random.nextInt(PAYEES.length)] + " " + random.nextInt(3));
          if (k % 17 == 0) {
            b.counterparty("Stadtwerke");
          }
          txs.add(b.build());
        }
        out.add(
            Statement.builder()
                .account(account)
                .currency(EUR)
                .period(DateRange.of(from, from.plusMonths(1).minusDays(1)))
                .transactions(txs)
                .build());
      }
    }
    return out;
  }
}
