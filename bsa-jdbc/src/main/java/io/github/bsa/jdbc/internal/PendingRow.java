package io.github.bsa.jdbc.internal;

import io.github.bsa.storage.spi.ImportPlan;
import java.util.ArrayList;
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
    List<PendingRow> rows = new ArrayList<>(size(plan));
    for (ImportPlan.Part part : plan.parts()) {
      for (ImportPlan.Row row : part.rows()) {
        rows.add(new PendingRow(part, row));
      }
    }
    rows.sort(PendingRow::compareKeys);
    return rows;
  }

  /**
   * Orders by account, transaction id, statement. Rows of one statement share the account and the
   * statement, so only their transaction ids are compared (most imports hold one statement).
   */
  private static int size(ImportPlan plan) {
    int n = 0;
    for (ImportPlan.Part part : plan.parts()) {
      n += part.rows().size();
    }
    return n;
  }

  @SuppressWarnings("ReferenceEquality") // the same part object: one statement of the plan
  private static int compareKeys(PendingRow a, PendingRow b) {
    if (a.part() != b.part()) {
      int byAccount = a.part().accountKey().compareTo(b.part().accountKey());
      if (byAccount != 0) {
        return byAccount;
      }
      int byTxn = a.row().txnId().compareTo(b.row().txnId());
      return byTxn != 0 ? byTxn : a.part().id().value().compareTo(b.part().id().value());
    }
    return a.row().txnId().compareTo(b.row().txnId());
  }
}
