package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.parsers.internal.vocab.Vocabulary;
import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds a statement's transaction table from positioned tokens, stage by stage (see {@code
 * docs/formats/pdf.md}): {@link DateStage date order}, {@link HeaderStage header and columns},
 * {@link RowStage rows}, {@link SignStage balances and signs}, and the statement fields ({@link
 * StatementBalances}, {@link StatementFields}). Each stage returns its own record; this class only
 * threads them together.
 */
final class LayoutEngine {
  private static final Pattern CREDIT_CARD = Vocabulary.pattern(Concept.CREDIT_CARD);
  private static final LabelFilter CREDIT_CARD_FILTER = new LabelFilter(CREDIT_CARD);
  private static final boolean CREDIT_CARD_PER_LINE =
      CREDIT_CARD.flags() == 0 && CREDIT_CARD.pattern().matches("[a-z0-9 ()|?*+:]*");

  private final PdfProfile profile;
  private final Consumer<ParseWarning> warnings;

  LayoutEngine(PdfProfile profile, Consumer<ParseWarning> warnings) {
    this.profile = profile;
    this.warnings = warnings;
  }

  /** The engine's findings for one document. */
  record Result(
      List<Row> rows,
      @Nullable BigDecimal opening,
      @Nullable BigDecimal closing,
      DateStage.Dates dates,
      StatementFields.Fields fields,
      @Nullable String currency,
      boolean creditCard,
      boolean headerFound,
      int balanceBreaks) {}

  Result analyze(List<List<Line>> pages, @Nullable Boolean dayFirstOption, int fallbackYear) {
    List<Line> all = new ArrayList<>();
    pages.forEach(all::addAll);
    return analyze(pages, all, dayFirstOption, fallbackYear, Currencies.detect(all));
  }

  /**
   * As {@link #analyze(List, Boolean, int)}, with the pages' lines in one list and their currency
   * ({@link Currencies#detect} of {@code all}) already known.
   */
  Result analyze(
      List<List<Line>> pages,
      List<Line> all,
      @Nullable Boolean dayFirstOption,
      int fallbackYear,
      @Nullable String currency) {
    boolean creditCard =
        profile.creditCard() != null
            ? Boolean.TRUE.equals(profile.creditCard())
            : creditCardLabels(all) >= 2;
    DateStage.Dates dates = new DateStage(profile).decide(all, dayFirstOption, currency);
    RowStage.Rows rows = new RowStage(new HeaderStage(profile)).run(pages, all);
    RowArithmetic.decide(rows.rows(), rows.consumed(), all, creditCard);
    DateStage.settle(rows.rows(), dates, fallbackYear);
    StatementBalances.Candidates printed =
        StatementBalances.gather(all, rows.consumed(), creditCard);
    // a first pass gives the rows' values and the balances the running balance implies; the
    // second, from the chosen opening balance, reports the breaks
    SignStage.Signs implied = new SignStage(w -> {}).settle(rows.rows(), creditCard, null);
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : rows.rows()) {
      sum = sum.add(r.value);
    }
    StatementBalances.Balances balances =
        StatementBalances.choose(
            printed, implied.openingFromRows(), implied.closingFromRows(), sum, warnings);
    SignStage.Signs signs =
        new SignStage(warnings).settle(rows.rows(), creditCard, balances.opening());
    BigDecimal opening = balances.opening() != null ? balances.opening() : signs.openingFromRows();
    BigDecimal closing = balances.closing() != null ? balances.closing() : signs.closingFromRows();
    SectionTotals.check(all, rows.consumed(), rows.rows(), warnings);
    StatementFields.Fields fields = StatementFields.find(pages, rows.consumed());
    return new Result(
        rows.rows(),
        opening,
        closing,
        dates,
        fields,
        currency,
        creditCard,
        rows.headerFound(),
        signs.breaks());
  }

  /**
   * How often the credit-card labels occur in the folded text of the lines joined by newlines. When
   * no label can match a newline (the pattern is letters, spaces and operators only), every match
   * lies within one line and the lines are counted one by one, each only when {@link LabelFilter}
   * finds one of the labels' prefixes in it.
   */
  private static int creditCardLabels(List<Line> all) {
    if (!CREDIT_CARD_PER_LINE) {
      StringBuilder folded = new StringBuilder();
      for (Line l : all) {
        folded.append(l.folded()).append('\n');
      }
      return countMatches(CREDIT_CARD, folded);
    }
    int n = 0;
    for (Line l : all) {
      String folded = l.folded();
      if (CREDIT_CARD_FILTER.mayMatch(folded)) {
        n += countMatches(CREDIT_CARD, folded);
      }
    }
    return n;
  }

  private static int countMatches(Pattern p, CharSequence text) {
    int n = 0;
    var m = p.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
