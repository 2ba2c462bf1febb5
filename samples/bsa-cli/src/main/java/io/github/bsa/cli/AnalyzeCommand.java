package io.github.bsa.cli;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.CashFlowPeriod;
import io.github.bsa.core.analysis.CategoryRules;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.LenderSummary;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.report.AnalysisReportHtml;
import io.github.bsa.core.report.AnalysisReportJson;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bsa analyze}: analyses the statements of one or more files together. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse statement files together (several files of the same account, or of the user's"
          + " accounts): categories, cash flow, recurring payments, income, balances, risk"
          + " signals and a lender summary.",
      "Prints a summary, or with --json the canonical analysis JSON; --html writes a"
          + " self-contained HTML report."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(names = "--json", description = "Print the analysis as canonical JSON.")
  boolean json;

  @Option(names = "--html", paramLabel = "OUT.html", description = "Write an HTML report.")
  @Nullable Path html;

  @Option(
      names = "--rules",
      paramLabel = "RULES.json",
      description = "User category rules (JSON), tried before the default rules.")
  @Nullable Path rules;

  @Mixin CliSupport support = new CliSupport();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Statement files.")
  List<Path> files = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParseOptions options = support.options();
    StatementAnalyzer analyzer = CliSupport.analyzer();
    AnalysisOptions.Builder analysisOptions = AnalysisOptions.builder();
    if (rules != null) {
      analysisOptions.rules(CategoryRules.read(rules));
    }
    List<Statement> statements = new ArrayList<>();
    int exit = 0;
    for (Path file : files) {
      try {
        statements.addAll(analyzer.parse(file, options).statements());
      } catch (BsaException e) {
        exit = 1;
        err.println(file + ": " + e.errorCode() + ": " + CliSupport.message(e));
      }
    }
    AnalysisReport report = analyzer.analyze(statements, analysisOptions.build());
    if (json) {
      out.println(AnalysisReportJson.toJson(report));
    } else {
      printSummary(out, report);
    }
    if (html != null) {
      Files.writeString(html, AnalysisReportHtml.render(report), StandardCharsets.UTF_8);
      if (!json) {
        out.println("HTML report written to " + html);
      }
    }
    out.flush();
    return exit;
  }

  static void printSummary(PrintWriter out, AnalysisReport r) {
    String cur = r.currency().orElse("");
    out.printf(
        "%d statement(s), %d transaction(s), %s%s%n",
        r.statementCount(),
        r.transactions().size(),
        r.period().map(p -> p.from() + ".." + p.to()).orElse("no dated transactions"),
        cur.isEmpty() ? "" : ", " + cur);
    LenderSummary l = r.lenderSummary();
    out.println("Lender summary");
    out.printf("  %-28s %s%n", "average monthly income", l.averageMonthlyIncome().toPlainString());
    out.printf(
        "  %-28s %s%n",
        "average monthly obligations", l.averageMonthlyObligations().toPlainString());
    out.printf(
        "  %-28s %s%n",
        "obligations / income", l.optionalRatio().map(x -> x.toPlainString()).orElse("-"));
    out.printf(
        "  %-28s %s%n",
        "average balance", l.averageBalance() == null ? "-" : l.averageBalance().toPlainString());
    out.printf("  %-28s %d%n", "bounced payments", l.bouncedPayments());
    out.printf("  %-28s %d%n", "days below zero", l.daysBelowZero());
    out.println("Cash flow");
    out.printf("  %-9s %14s %14s %14s%n", "month", "inflow", "outflow", "net");
    for (CashFlowPeriod m : r.cashFlow().months()) {
      row(out, m);
    }
    r.cashFlow().optionalTotal().ifPresent(t -> row(out, t));
    out.println("Recurring payments");
    for (RecurringPayment p : r.recurring()) {
      out.printf(
          "  %-28s %-9s %-10s %12s  next %s%s%s%n",
          p.counterparty(),
          p.direction(),
          p.cadence().name().toLowerCase(java.util.Locale.ROOT),
          p.averageAmount().toPlainString(),
          p.nextExpectedDate(),
          p.active() ? "" : " (ended)",
          p.subscription() ? " [subscription]" : "");
    }
    out.println("Income");
    for (IncomeSource s : r.income().sources()) {
      out.printf(
          "  %-28s %-8s %3d x %12s  last %s%n",
          s.payer(), s.kind(), s.count(), s.average().toPlainString(), s.lastDate());
    }
    out.println("Risk signals");
    Map<RiskSignalType, Integer> counts = new EnumMap<>(RiskSignalType.class);
    for (RiskSignal s : r.riskSignals()) {
      counts.merge(s.type(), 1, Integer::sum);
    }
    counts.forEach((k, v) -> out.printf("  %-28s %d%n", k, v));
    r.warnings().forEach(w -> out.println("warning " + w.code() + ": " + w.message()));
  }

  private static void row(PrintWriter out, CashFlowPeriod p) {
    out.printf(
        "  %-9s %14s %14s %14s%n",
        p.label(),
        p.inflow().toPlainString(),
        p.outflow().toPlainString(),
        p.net().toPlainString());
  }
}
