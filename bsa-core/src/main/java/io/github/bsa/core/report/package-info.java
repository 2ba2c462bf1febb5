/**
 * Everything bsa writes for people and other programs, in one place: {@link
 * io.github.bsa.core.report.ParseResultJson} writes and reads the canonical JSON of a {@link
 * io.github.bsa.core.model.ParseResult} (docs/json-format.md); {@link
 * io.github.bsa.core.report.AnalysisReportJson} and {@link
 * io.github.bsa.core.report.AnalysisReportHtml} render an {@link
 * io.github.bsa.core.analysis.AnalysisReport} (docs/analysis-json.md).
 *
 * @since 0.2
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core.report;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
