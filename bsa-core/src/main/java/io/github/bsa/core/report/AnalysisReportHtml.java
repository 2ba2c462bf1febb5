package io.github.bsa.core.report;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalysisWarning;
import io.github.bsa.core.analysis.LenderSummary;
import java.math.BigDecimal;

/**
 * Renders an {@link AnalysisReport} as one self-contained HTML page: no scripts, fonts, images or
 * style sheets are loaded from elsewhere. Charts (balance over time, monthly inflow and outflow,
 * spending by category) are inline SVG; tables list the lender summary, recurring payments, income
 * and risk signals. The page prints cleanly. The same report always gives the same bytes.
 * Thread-safe.
 *
 * <p>This class is the page writer: head and style, summary and lender cards, warnings and footer,
 * in page order, with the escaping helper. The charts section is {@code ReportCharts} and the
 * tables section {@code ReportTables}, each appending to the same buffer.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), AnalysisReportHtml.render(report));
 * }</pre>
 *
 * @since 0.1
 */
public final class AnalysisReportHtml {
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
    ReportCharts.balanceChart(h, report);
    ReportCharts.cashFlowChart(h, report.cashFlow());
    ReportCharts.categoryChart(h, report.cashFlow());
    h.append("</div>\n");
    ReportTables.recurring(h, report.recurring());
    ReportTables.income(h, report.income());
    ReportTables.largest(h, report.cashFlow());
    ReportTables.risk(h, report.riskSignals());
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
