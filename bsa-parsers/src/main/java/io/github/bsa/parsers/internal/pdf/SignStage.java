package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Stage "balances and signs": gives each row its signed value. Debit/credit columns labelled the
 * wrong way round are swapped when the running balance says so; an unsigned amount takes the
 * direction the running balance shows; a running balance that does not follow is a warning.
 */
final class SignStage {
  /**
   * The number of running-balance breaks, and the opening and closing balances the first and last
   * running balance imply ({@code null} without a running balance).
   */
  record Signs(
      int breaks, @Nullable BigDecimal openingFromRows, @Nullable BigDecimal closingFromRows) {}

  private final Consumer<ParseWarning> warnings;

  SignStage(Consumer<ParseWarning> warnings) {
    this.warnings = warnings;
  }

  /** Settles the rows' values; {@code opening} is the printed opening balance, if any. */
  Signs settle(List<Row> statementRows, boolean cc, @Nullable BigDecimal opening) {
    // a statement listed newest first runs its balance backwards: settle it oldest first, the
    // rows keep the statement's order
    List<Row> rows = statementRows;
    if (newestFirst(statementRows, cc)) {
      rows = new ArrayList<>(statementRows);
      Collections.reverse(rows);
    }
    int breaks = 0;
    // debit/credit columns may be labelled the other way round: let the running balance decide
    int asIs = 0;
    int swapped = 0;
    BigDecimal prev = opening;
    for (Row r : rows) {
      if (r.balance == null) {
        prev = null;
        continue;
      }
      BigDecimal bal = StatementBalances.balanceValue(r.balance, cc);
      if (prev != null && (r.debit != null || r.credit != null)) {
        BigDecimal v = columnValue(r, cc, false);
        if (prev.add(v).compareTo(bal) == 0) {
          asIs++;
        } else if (prev.subtract(v).compareTo(bal) == 0) {
          swapped++;
        }
      }
      prev = bal;
    }
    boolean swap = swapped > asIs;
    prev = opening;
    for (Row r : rows) {
      BigDecimal v = columnValue(r, cc, swap);
      BigDecimal bal = r.balance == null ? null : StatementBalances.balanceValue(r.balance, cc);
      if (prev == null && bal != null && r == rows.get(0) && opening == null) {
        prev = bal.subtract(v);
      }
      if (bal != null && prev != null && prev.add(v).compareTo(bal) != 0) {
        Amount a = r.amount;
        if (r.debit == null
            && r.credit == null
            && a != null
            && a.marker() == 0
            && prev.subtract(v).compareTo(bal) == 0) {
          v = v.negate(); // an unsigned amount whose direction only the balance tells
        } else {
          breaks++;
          warnings.accept(
              ParseWarning.of(
                  "PDF_RUNNING_BALANCE_BREAK",
                  "The printed running balance does not follow from the previous balance and this"
                      + " row's amount: a row may be missing, split or altered",
                  SourcePosition.ofPage(r.page).withLine(r.indexOnPage).withBox(r.box)));
        }
      }
      r.value = v;
      r.balanceValue = bal;
      prev = bal != null ? bal : prev == null ? null : prev.add(v);
    }
    BigDecimal fromFirst = null;
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : rows) {
      sum = sum.add(r.value);
      if (r.balanceValue != null) {
        fromFirst = r.balanceValue.subtract(sum);
        break;
      }
    }
    BigDecimal fromLast = null;
    for (int i = rows.size() - 1; i >= 0; i--) {
      Row r = rows.get(i);
      if (r.balanceValue != null) {
        BigDecimal after = BigDecimal.ZERO;
        for (int j = i + 1; j < rows.size(); j++) {
          after = after.add(rows.get(j).value);
        }
        fromLast = r.balanceValue.add(after);
        break;
      }
    }
    return new Signs(breaks, fromFirst, fromLast);
  }

  /**
   * Whether the running balance runs backwards, as in a statement listed newest first: more rows
   * whose balance differs from the next row's by their own amount ({@code balance[i] = balance[i+1]
   * + amount[i]}) than from the previous row's by their amount ({@code balance[i] = balance[i-1] +
   * amount[i]}). Magnitudes only, so that neither the signs nor the debit/credit columns need be
   * known yet; a tie reads forward.
   */
  static boolean newestFirst(List<Row> rows, boolean cc) {
    int forward = 0;
    int backward = 0;
    BigDecimal prevBalance = null;
    BigDecimal prevAmount = BigDecimal.ZERO;
    for (Row r : rows) {
      Amount printed = r.balance;
      if (printed == null) {
        prevBalance = null;
        continue;
      }
      BigDecimal balance = StatementBalances.balanceValue(printed, cc);
      BigDecimal amount = columnValue(r, cc, false).abs();
      if (prevBalance != null) {
        BigDecimal step = balance.subtract(prevBalance).abs();
        if (step.compareTo(amount) == 0) {
          forward++;
        }
        if (step.compareTo(prevAmount) == 0) {
          backward++;
        }
      }
      prevBalance = balance;
      prevAmount = amount;
    }
    return backward > forward;
  }

  static BigDecimal columnValue(Row r, boolean cc, boolean swap) {
    BigDecimal v = BigDecimal.ZERO;
    if (r.debit != null) {
      v = v.add(swap ? r.debit.magnitude() : r.debit.magnitude().negate());
    }
    if (r.credit != null) {
      v = v.add(swap ? r.credit.magnitude().negate() : r.credit.magnitude());
    }
    Amount a = r.amount;
    if (a != null) {
      if (cc) {
        v = v.add(a.marker() != 0 || r.section > 0 ? a.magnitude() : a.magnitude().negate());
      } else if (a.marker() == 0 && r.section < 0) {
        v = v.add(a.magnitude().negate());
      } else {
        v = v.add(a.signed());
      }
    }
    return v;
  }
}
