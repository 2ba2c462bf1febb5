package io.github.bsa.core.report;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AccountBalances;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalysisWarning;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.CashFlow;
import io.github.bsa.core.analysis.CashFlowPeriod;
import io.github.bsa.core.analysis.CategoryTotal;
import io.github.bsa.core.analysis.DailyBalance;
import io.github.bsa.core.analysis.Income;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.LenderSummary;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders an {@link AnalysisReport} as one self-contained HTML page: no scripts, fonts, images or
 * style sheets are loaded from elsewhere. Charts (balance over time, monthly inflow and outflow,
 * spending by category) are inline SVG; tables list the lender summary, recurring payments, income
 * and risk signals. The page prints cleanly. The same report always gives the same bytes.
 * Thread-safe.
 *
 * <p>Why one class of about 600 lines: it is one page template written top to bottom in page order
 * (head and style, summary, charts, tables), each section a short private method of the same shape,
 * sharing only the escaping and number formatting helpers; splitting it by section would spread one
 * template over several files without separating any logic.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), AnalysisReportHtml.render(report));
 * }</pre>
 *
 * @since 0.1
 */
public final class AnalysisReportHtml {
  private static final String IN_COLOR = "#2e7d32";
  private static final String OUT_COLOR = "#c62828";
  private static final String LINE_COLOR = "#1565c0";
  private static final int MAX_SIGNAL_ROWS = 500;

  private static final String CSS =
      """
      :root{--fg:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#fff;--card:#f5f7fa}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
      main{max-width:1100px;margin:0 auto;padding:24px 28px 48px}
      h1{font-size:24px;margin:0 0 4px}
      h2{font-size:18px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
      .meta{color:var(--muted);margin:0 0 16px}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:10px}
      .card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px 12px}
      .card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.03em}
      .card .v{font-size:20px;font-weight:600;margin-top:2px;font-variant-numeric:tabular-nums}
      .charts{display:grid;grid-template-columns:1fr;gap:18px}
      figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px 12px}
      figcaption{font-weight:600;margin-bottom:6px}
      svg.chart{width:100%;height:auto;display:block}
      svg text{font:11px sans-serif;fill:#52606d}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
      th{background:var(--card);font-weight:600}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .pos{color:#2e7d32}.neg{color:#c62828}
      .tag{display:inline-block;padding:0 6px;border-radius:8px;background:#e3f2fd;font-size:11px}
      .empty{color:var(--muted);font-style:italic}
      .legend span{display:inline-block;margin-right:14px}
      .legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
      footer{margin-top:36px;color:var(--muted);font-size:12px}
      @media print{main{padding:0;max-width:none}h2{break-after:avoid}figure,table,.cards{break-inside:avoid}body{font-size:11px}}
      """;

  private AnalysisReportHtml() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the HTML page
   */
  public static String render(AnalysisReport report) {
    requireNonNull(report, "report");
    StringBuilder h = new StringBuilder(64 * 1024);
    String cur = report.currency().orElse("");
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Statement analysis</title><style>")
        .append(CSS)
        .append("</style></head><body><main>\n");
    h.append("<h1>Statement analysis</h1><p class=\"meta\">");
    report
        .period()
        .ifPresent(
            p ->
                h.append(esc(p.from().toString()))
                    .append(" to ")
                    .append(esc(p.to().toString()))
                    .append(" · "));
    h.append(report.statementCount())
        .append(" statement(s) · ")
        .append(report.transactions().size())
        .append(" transaction(s)");
    if (!cur.isEmpty()) {
      h.append(" · ").append(esc(cur));
    }
    h.append("</p>\n");
    lender(h, report.lenderSummary(), cur);
    h.append("<h2>Charts</h2><div class=\"charts\">\n");
    balanceChart(h, report);
    cashFlowChart(h, report.cashFlow());
    categoryChart(h, report.cashFlow());
    h.append("</div>\n");
    recurring(h, report.recurring());
    income(h, report.income());
    largest(h, report.cashFlow());
    risk(h, report.riskSignals());
    if (!report.warnings().isEmpty()) {
      h.append("<h2>Warnings</h2><ul>");
      for (AnalysisWarning w : report.warnings()) {
        h.append("<li><b>")
            .append(esc(w.code()))
            .append("</b>: ")
            .append(esc(w.message()))
            .append("</li>");
      }
      h.append("</ul>");
    }
    h.append("<footer>Generated by bsa (schema ")
        .append(AnalysisReportJson.SCHEMA_VERSION)
        .append("). Every figure lists its transactions in the JSON form of this report.</footer>")
        .append("\n</main></body></html>\n");
    return h.toString();
  }

  private static void lender(StringBuilder h, LenderSummary l, String cur) {
    h.append("<h2>Lender summary</h2><div class=\"cards\" id=\"lender-summary\">");
    card(h, "Avg monthly income", money(l.averageMonthlyIncome(), cur));
    card(h, "Avg monthly obligations", money(l.averageMonthlyObligations(), cur));
    card(
        h,
        "Obligations / income",
        l.obligationsToIncomeRatio() == null
            ? "n/a"
            : l.obligationsToIncomeRatio()
                    .movePointRight(2)
                    .setScale(1, java.math.RoundingMode.HALF_EVEN)
                    .toPlainString()
                + " %");
    card(h, "Average balance", l.averageBalance() == null ? "n/a" : money(l.averageBalance(), cur));
    card(h, "Bounced payments", Integer.toString(l.bouncedPayments()));
    card(h, "Bounce fees", Integer.toString(l.bounceFees()));
    card(h, "Overdraft / NSF fees", Integer.toString(l.overdraftFees()));
    card(h, "Days below zero", Integer.toString(l.daysBelowZero()));
    card(h, "Months", Integer.toString(l.months()));
    h.append("</div>\n");
  }

  private static void card(StringBuilder h, String k, String v) {
    h.append("<div class=\"card\"><div class=\"k\">")
        .append(esc(k))
        .append("</div><div class=\"v\">")
        .append(esc(v))
        .append("</div></div>");
  }

  // ---- charts -------------------------------------------------------------------------------

  private static void balanceChart(StringBuilder h, AnalysisReport report) {
    Map<LocalDate, BigDecimal> total = new TreeMap<>();
    for (AccountBalances b : report.balances()) {
      for (DailyBalance d : b.days()) {
        total.merge(d.date(), d.balance(), BigDecimal::add);
      }
    }
    h.append("<figure><figcaption>Balance over time (end of day")
        .append(report.balances().size() > 1 ? ", all accounts" : "")
        .append(")</figcaption>");
    if (total.isEmpty()) {
      h.append("<p class=\"empty\">No balances could be derived.</p></figure>\n");
      return;
    }
    int w = 900;
    int ht = 240;
    int left = 70;
    int right = 10;
    int top = 10;
    int bottom = 30;
    List<LocalDate> days = new ArrayList<>(total.keySet());
    List<BigDecimal> values = new ArrayList<>(total.values());
    double min = 0;
    double max = 0;
    for (BigDecimal v : total.values()) {
      min = Math.min(min, v.doubleValue());
      max = Math.max(max, v.doubleValue());
    }
    if (max == min) {
      max = min + 1;
    }
    double pw = w - left - right;
    double ph = ht - top - bottom;
    h.append(svgOpen("chart-balance", w, ht, "End-of-day balance"));
    double zeroY = top + ph * (max - 0) / (max - min);
    axisY(h, left, w - right, top, ph, min, max);
    h.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#9aa5b1\"/>",
            left,
            w - right,
            zeroY,
            zeroY));
    StringBuilder pts = new StringBuilder();
    int n = days.size();
    for (int i = 0; i < n; i++) {
      double x = left + (n == 1 ? pw / 2 : pw * i / (n - 1));
      double y = top + ph * (max - values.get(i).doubleValue()) / (max - min);
      pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    String p = pts.toString().strip();
    h.append("<polygon class=\"area\" fill=\"#bbdefb\" fill-opacity=\"0.5\" points=\"")
        .append(String.format(Locale.ROOT, "%d,%.1f ", left, zeroY))
        .append(p)
        .append(String.format(Locale.ROOT, " %d,%.1f", w - right, zeroY))
        .append("\"/>");
    h.append("<polyline class=\"series\" fill=\"none\" stroke=\"")
        .append(LINE_COLOR)
        .append("\" stroke-width=\"2\" points=\"")
        .append(p)
        .append("\"/>");
    h.append(
        String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", left, ht - 8, days.get(0)));
    h.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
            w - right,
            ht - 8,
            days.get(n - 1)));
    h.append("</svg></figure>\n");
  }

  private static void cashFlowChart(StringBuilder h, CashFlow c) {
    h.append("<figure><figcaption>Monthly inflow and outflow</figcaption>");
    if (c.months().isEmpty()) {
      h.append("<p class=\"empty\">No dated transactions.</p></figure>\n");
      return;
    }
    h.append("<div class=\"legend\"><span><i style=\"background:")
        .append(IN_COLOR)
        .append("\"></i>Inflow</span><span><i style=\"background:")
        .append(OUT_COLOR)
        .append("\"></i>Outflow</span></div>");
    int w = 900;
    int ht = 240;
    int left = 70;
    int top = 10;
    int bottom = 30;
    double max = 1;
    for (CashFlowPeriod m : c.months()) {
      max = Math.max(max, Math.max(m.inflow().doubleValue(), m.outflow().abs().doubleValue()));
    }
    double pw = w - left - 10;
    double ph = ht - top - bottom;
    h.append(svgOpen("chart-cashflow", w, ht, "Monthly inflow and outflow"));
    axisY(h, left, w - 10, top, ph, 0, max);
    int n = c.months().size();
    double slot = pw / n;
    double bar = Math.max(2, Math.min(40, slot * 0.35));
    for (int i = 0; i < n; i++) {
      CashFlowPeriod m = c.months().get(i);
      double x = left + slot * i + slot / 2;
      double hin = ph * m.inflow().doubleValue() / max;
      double hout = ph * m.outflow().abs().doubleValue() / max;
      h.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar in\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s inflow %s</title></rect>",
              x - bar - 1,
              top + ph - hin,
              bar,
              hin,
              IN_COLOR,
              m.label(),
              m.inflow().toPlainString()));
      h.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar out\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s outflow %s</title></rect>",
              x + 1,
              top + ph - hout,
              bar,
              hout,
              OUT_COLOR,
              m.label(),
              m.outflow().toPlainString()));
      if (n <= 24 || i % Math.max(1, n / 12) == 0) {
        h.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                x,
                ht - 8,
                m.label()));
      }
    }
    h.append("</svg></figure>\n");
  }

  private static void categoryChart(StringBuilder h, CashFlow c) {
    h.append("<figure><figcaption>Spending by category</figcaption>");
    CashFlowPeriod total = c.total();
    List<CategoryTotal> spend = new ArrayList<>();
    if (total != null) {
      for (CategoryTotal t : total.categories()) {
        if (t.outflow().signum() < 0) {
          spend.add(t);
        }
      }
    }
    if (spend.isEmpty()) {
      h.append("<p class=\"empty\">No spending.</p></figure>\n");
      return;
    }
    spend.sort(
        Comparator.comparing((CategoryTotal t) -> t.outflow())
            .thenComparing(CategoryTotal::category));
    int w = 900;
    int row = 22;
    int left = 150;
    int ht = row * spend.size() + 10;
    double max = spend.get(0).outflow().abs().doubleValue();
    double pw = w - left - 120;
    h.append(svgOpen("chart-categories", w, ht, "Spending by category"));
    for (int i = 0; i < spend.size(); i++) {
      CategoryTotal t = spend.get(i);
      double bw = Math.max(1, pw * t.outflow().abs().doubleValue() / max);
      int y = 5 + i * row;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
              left - 8,
              y + 15,
              esc(t.category())));
      h.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
              left,
              y + 3,
              bw,
              row - 6,
              OUT_COLOR));
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">%s</text>",
              left + bw + 6,
              y + 15,
              t.outflow().abs().toPlainString()));
    }
    h.append("</svg></figure>\n");
  }

  private static String svgOpen(String id, int w, int h, String label) {
    return String.format(
        Locale.ROOT,
        "<svg class=\"chart\" id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
        id,
        w,
        h,
        label);
  }

  private static void axisY(
      StringBuilder h, int left, int right, int top, double ph, double min, double max) {
    for (int k = 0; k <= 4; k++) {
      double v = min + (max - min) * k / 4;
      double y = top + ph * (max - v) / (max - min);
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eef2f6\"/>",
              left,
              right,
              y,
              y));
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
              left - 6,
              y + 4,
              compact(v)));
    }
  }

  private static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1fM", v / 1_000_000);
    }
    if (a >= 10_000) {
      return String.format(Locale.ROOT, "%.0fk", v / 1_000);
    }
    return String.format(Locale.ROOT, "%.0f", v);
  }

  // ---- tables -------------------------------------------------------------------------------

  private static void recurring(StringBuilder h, List<RecurringPayment> list) {
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

  private static void income(StringBuilder h, Income income) {
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

  private static void largest(StringBuilder h, CashFlow c) {
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

  private static void risk(StringBuilder h, List<RiskSignal> signals) {
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

  private static String money(BigDecimal v, String cur) {
    return cur.isEmpty() ? v.toPlainString() : v.toPlainString() + " " + cur;
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
