/**
 * Statement analysis: categories, cash flow, recurring payments, income, daily balances, risk
 * signals and a lender summary, computed deterministically by {@link
 * io.github.bsa.core.StatementAnalyzer#analyze(java.util.List)} into an {@link AnalysisReport}.
 * Every figure names the rule that made it and the ids of the transactions it came from; {@link
 * AnalysisReportJson} and {@link io.github.bsa.core.report.AnalysisReportHtml} render a report.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core.analysis;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
