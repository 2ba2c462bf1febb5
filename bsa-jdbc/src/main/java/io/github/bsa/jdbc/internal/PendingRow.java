package io.github.bsa.jdbc.internal;

import io.github.bsa.storage.spi.ImportPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One transaction row of an import, with the statement it came from.
 *
 * @param part the statement of the plan
 * @param row the transaction row
 */
record PendingRow(ImportPlan.Part part, ImportPlan.Row row) {
  /**
   * Returns every transaction row of a plan in key order (account, transaction id, statement), so
   * concurrent overlapping imports lock rows in the same order.
   */
  static List<PendingRow> inKeyOrder(ImportPlan plan) {
    List<PendingRow> rows = new ArrayList<>();
    for (ImportPlan.Part part : plan.parts()) {
      for (ImportPlan.Row row : part.rows()) {
        rows.add(new PendingRow(part, row));
      }
    }
    rows.sort(
        Comparator.comparing((PendingRow p) -> p.part().accountKey())
            .thenComparing(p -> p.row().txnId())
            .thenComparing(p -> p.part().id().value()));
    return rows;
  }
}
