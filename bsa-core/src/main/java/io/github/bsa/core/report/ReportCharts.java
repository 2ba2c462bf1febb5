package io.github.bsa.core.report;

import static io.github.bsa.core.report.AnalysisReportHtml.esc;

import io.github.bsa.core.analysis.AccountBalances;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.CashFlow;
import io.github.bsa.core.analysis.CashFlowPeriod;
import io.github.bsa.core.analysis.CategoryTotal;
import io.github.bsa.core.analysis.DailyBalance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The charts section of {@link AnalysisReportHtml}'s page: balance over time, monthly inflow and
 * outflow, spending by category, each an inline SVG figure with its axis and labels. Stateless.
 */
final class ReportCharts {
  private static final String IN_COLOR = "#2e7d32";
  private static final String OUT_COLOR = "#c62828";
  private static final String LINE_COLOR = "#1565c0";

  private ReportCharts() {}

  static void balanceChart(StringBuilder h, AnalysisReport report) {
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

  static void cashFlowChart(StringBuilder h, CashFlow c) {
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

  static void categoryChart(StringBuilder h, CashFlow c) {
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
}
