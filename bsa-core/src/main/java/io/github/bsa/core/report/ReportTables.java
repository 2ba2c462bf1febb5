package io.github.bsa.core.report;

import static io.github.bsa.core.report.AnalysisReportHtml.esc;

import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.CashFlow;
import io.github.bsa.core.analysis.Income;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables section of {@link AnalysisReportHtml}'s page: recurring payments, income, largest
 * transactions and risk signals (a summary by type, then at most {@value #MAX_SIGNAL_ROWS} rows).
 * Stateless.
 */
final class ReportTables {
  static final int MAX_SIGNAL_ROWS = 500;

  private ReportTables() {}

  static void recurring(StringBuilder h, List<RecurringPayment> list) {
    h.append("<h2>Recurring payments</h2>");
    if (list.isEmpty()) {
      h.append("<p class=\"empty\">No recurring series found.</p>\n");
      return;
    }
    h.append(
        "<table id=\"recurring\"><tr><th>Counterparty</th><th>Dir.</th><th>Category</th><th>Period</th><th class=\"n\">Count</th><th class=\"n\">Average</th><th class=\"n\">Range</th><th>Last</th><th>Next expected</th><th>Status</th></tr>");
    for (RecurringPayment p : list) {
      h.append("<tr><td>").append(esc(p.counterparty()));
      if (p.subscription()) {
        h.append(" <span class=\"tag\">subscription</span>");
      }
      h.append("</td><td>")
          .append(p.direction().name().toLowerCase(Locale.ROOT))
          .append("</td><td>")
          .append(esc(p.category()))
          .append("</td><td>")
          .append(p.cadence().name().toLowerCase(Locale.ROOT))
          .append("</td><td class=\"n\">")
          .append(p.count())
          .append("</td>")
          .append(amountCell(p.averageAmount()))
          .append("<td class=\"n\">")
          .append(p.minAmount().abs().toPlainString())
          .append(" – ")
          .append(p.maxAmount().abs().toPlainString())
          .append("</td><td>")
          .append(p.lastDate())
          .append("</td><td>")
          .append(p.nextExpectedDate())
          .append("</td><td>")
          .append(p.active() ? "active" : "ended")
          .append("</td></tr>");
    }
    h.append("</table>\n");
  }

  static void income(StringBuilder h, Income income) {
    h.append("<h2>Income</h2><p>Total ")
        .append(esc(income.total().toPlainString()))
        .append(" · salary ")
        .append(esc(income.salaryTotal().toPlainString()))
        .append(" · average per month ")
        .append(esc(income.averageMonthly().toPlainString()))
        .append(" over ")
        .append(income.months())
        .append(" month(s)</p>");
    if (income.sources().isEmpty()) {
      h.append("<p class=\"empty\">No income.</p>\n");
      return;
    }
    h.append(
        "<table id=\"income\"><tr><th>Payer</th><th>Kind</th><th>Cadence</th><th class=\"n\">Count</th><th class=\"n\">Total</th><th class=\"n\">Average</th><th>Last</th><th class=\"n\">Variability</th><th>Rule</th></tr>");
    for (IncomeSource s : income.sources()) {
      h.append("<tr><td>")
          .append(esc(s.payer()))
          .append("</td><td>")
          .append(s.kind().toLowerCase(Locale.ROOT))
          .append("</td><td>")
          .append(s.cadence() == null ? "–" : s.cadence().name().toLowerCase(Locale.ROOT))
          .append("</td><td class=\"n\">")
          .append(s.count())
          .append("</td>")
          .append(amountCell(s.total()))
          .append(amountCell(s.average()))
          .append("<td>")
          .append(s.lastDate())
          .append("</td><td class=\"n\">")
          .append(s.variability().toPlainString())
          .append("</td><td>")
          .append(esc(s.ruleId()))
          .append("</td></tr>");
    }
    h.append("</table>\n");
  }

  static void largest(StringBuilder h, CashFlow c) {
    h.append(
        "<h2>Largest transactions</h2><table id=\"largest\"><tr><th>Date</th><th>Counterparty</th><th>Category</th><th class=\"n\">Amount</th></tr>");
    List<AnalyzedTransaction> all = new ArrayList<>(c.largestInflows());
    all.addAll(c.largestOutflows());
    for (AnalyzedTransaction t : all) {
      h.append("<tr><td>")
          .append(t.date() == null ? "" : t.date().toString())
          .append("</td><td>")
          .append(esc(t.counterparty()))
          .append("</td><td>")
          .append(esc(t.category()))
          .append("</td>")
          .append(amountCell(t.amount()))
          .append("</tr>");
    }
    h.append("</table>\n");
  }

  static void risk(StringBuilder h, List<RiskSignal> signals) {
    h.append("<h2>Risk signals</h2>");
    if (signals.isEmpty()) {
      h.append("<p class=\"empty\">No risk signals.</p>\n");
      return;
    }
    Map<RiskSignalType, Integer> counts = new EnumMap<>(RiskSignalType.class);
    Map<RiskSignalType, BigDecimal> sums = new EnumMap<>(RiskSignalType.class);
    for (RiskSignal s : signals) {
      counts.merge(s.type(), 1, Integer::sum);
      if (s.amount() != null) {
        sums.merge(s.type(), s.amount(), BigDecimal::add);
      }
    }
    h.append(
        "<table id=\"risk-summary\"><tr><th>Signal</th><th class=\"n\">Count</th><th class=\"n\">Amount</th></tr>");
    for (Map.Entry<RiskSignalType, Integer> e : counts.entrySet()) {
      h.append("<tr><td>")
          .append(label(e.getKey()))
          .append("</td><td class=\"n\">")
          .append(e.getValue())
          .append("</td>")
          .append(amountCell(sums.getOrDefault(e.getKey(), BigDecimal.ZERO)))
          .append("</tr>");
    }
    h.append(
        "</table><p></p><table id=\"risk\"><tr><th>Signal</th><th>Date</th><th class=\"n\">Amount</th><th>Detail</th><th>Rule</th></tr>");
    int rows = 0;
    for (RiskSignal s : signals) {
      if (rows++ == MAX_SIGNAL_ROWS) {
        h.append("<tr><td colspan=\"5\" class=\"empty\">")
            .append(signals.size() - MAX_SIGNAL_ROWS)
            .append(" more in the JSON report</td></tr>");
        break;
      }
      h.append("<tr><td>")
          .append(label(s.type()))
          .append("</td><td>")
          .append(s.date() == null ? "" : s.date().toString())
          .append("</td>")
          .append(s.amount() == null ? "<td></td>" : amountCell(s.amount()))
          .append("<td>")
          .append(esc(s.detail()))
          .append("</td><td>")
          .append(esc(s.ruleId()))
          .append("</td></tr>");
    }
    h.append("</table>\n");
  }

  private static String label(RiskSignalType t) {
    String s = t.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String amountCell(BigDecimal v) {
    return "<td class=\"n "
        + (v.signum() < 0 ? "neg" : "pos")
        + "\">"
        + v.toPlainString()
        + "</td>";
  }
}
