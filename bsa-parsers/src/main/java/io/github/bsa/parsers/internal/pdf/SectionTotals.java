package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks the rows of a section-style statement against the section totals and counts the statement
 * prints ("Total Deposits and Additions", and a summary line "Deposits and Additions 3 1,234.00"):
 * where there is no running balance these are the only proof that each section is complete. A total
 * or count that does not match is a warning at the printed figure's location.
 */
final class SectionTotals {
  private SectionTotals() {}

  /** Reports each printed section figure that does not match the rows read for its section. */
  static void check(
      List<Line> all, Map<Line, Boolean> consumed, List<Row> rows, Consumer<ParseWarning> out) {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Row r : rows) {
      if (!r.sectionName.isEmpty()) {
        sums.merge(r.sectionName, r.value.abs(), BigDecimal::add);
        counts.merge(r.sectionName, 1, Integer::sum);
      }
    }
    if (sums.isEmpty()) {
      return;
    }
    for (Line line : all) {
      if (consumed.containsKey(line) || RowStage.isSectionHeading(line)) {
        continue;
      }
      Amount amount = null;
      StringBuilder words = new StringBuilder();
      for (Token t : line.tokens) {
        if (t.amount != null) {
          amount = t.amount;
        } else if (t.date == null) {
          words.append(t.text).append(' ');
        }
      }
      if (amount == null) {
        continue;
      }
      String folded = ColumnKind.fold(words.toString());
      boolean total = folded.startsWith("total ");
      String rest = total ? folded.substring(6) : folded;
      Integer count = null;
      var m = java.util.regex.Pattern.compile("^(.*?) (\\d{1,5})$").matcher(rest);
      if (!total && m.matches()) {
        rest = m.group(1);
        count = Integer.parseInt(m.group(2));
      }
      BigDecimal sum = sums.get(rest);
      if (sum == null || (!total && count == null)) {
        continue;
      }
      boolean ok = amount.magnitude().compareTo(sum) == 0;
      if (count != null) {
        ok &= count.intValue() == counts.getOrDefault(rest, 0);
      }
      if (!ok) {
        out.accept(
            ParseWarning.of(
                "PDF_SECTION_TOTAL_MISMATCH",
                "A section's printed "
                    + (count != null ? "count and total do" : "total does")
                    + " not match the rows read for it: a row may be missing or misread",
                SourcePosition.ofPage(line.page).withLine(line.index)));
      }
    }
  }
}
