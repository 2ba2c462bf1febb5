package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisWarning;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The prepared input of one analysis run, shared read-only by the detectors.
 *
 * @param statements the statements
 * @param options the options
 * @param primary per statement, whether it is in the analysed currency
 * @param currency the analysed currency code
 * @param items every transaction, in input order (the rows of one {@link Items} table)
 * @param byDate every transaction, in {@link Item#BY_DATE} order (the report's order)
 * @param included the included transactions (dated, analysed currency, no duplicate, no own
 *     transfer), by date
 * @param period the analysed period
 * @param reference the reference date (for "active" and "next expected")
 * @param months the calendar months of the period
 * @param warnings the warnings found while preparing
 * @param signals the risk signals found while preparing (duplicates, own transfers)
 * @param medians the medians asked for by more than one detector, worked out once
 */
@SuppressWarnings("ArrayRecordComponent") // confined to one run, never exposed
record Prepared(
    List<Statement> statements,
    AnalysisOptions options,
    boolean[] primary,
    @Nullable String currency,
    ItemList items,
    ItemList byDate,
    ItemList included,
    @Nullable DateRange period,
    @Nullable LocalDate reference,
    List<YearMonth> months,
    List<AnalysisWarning> warnings,
    List<RiskSignal> signals,
    Medians.Memo medians) {}
