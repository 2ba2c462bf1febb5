package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.model.Transaction;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The report's transactions as columns: the input transaction (not a copy) and two small table
 * indexes per transaction, the normalised name and the label (account key, category, rule id,
 * exclusion), of which a run has few. Each {@link AnalyzedTransaction} is built when it is asked
 * for, so the report keeps about 12 bytes per transaction instead of one record each, and the
 * analysis builds none that nobody reads. Immutable and thread-safe; {@link #get} returns a new,
 * equal record on each call.
 *
 * <p>Public only so that {@code AnalysisReport} keeps it as it is instead of copying it into a list
 * of records; not exported.
 */
public final class TransactionViews extends AbstractList<AnalyzedTransaction>
    implements RandomAccess {
  /** What a transaction shares with many others. */
  private record Label(
      String accountKey, String category, String ruleId, @Nullable String exclusion) {}

  private final Transaction[] transactions;
  private final int[] names;
  private final int[] labels;
  private final CounterpartyNormalizer.Name[] nameTable;
  private final Label[] labelTable;

  private TransactionViews(
      Transaction[] transactions,
      int[] names,
      int[] labels,
      CounterpartyNormalizer.Name[] nameTable,
      Label[] labelTable) {
    this.transactions = transactions;
    this.names = names;
    this.labels = labels;
    this.nameTable = nameTable;
    this.labelTable = labelTable;
  }

  /** The views of the items, in the order given. */
  @SuppressWarnings("ReferenceEquality") // one Name instance per distinct text: identity intended
  static TransactionViews of(ItemList list) {
    Items items = list.items();
    int n = list.size();
    Transaction[] txs = new Transaction[n];
    int[] names = new int[n];
    int[] labels = new int[n];
    NameIndex nameTable = new NameIndex();
    LabelTable labelTable = new LabelTable();
    CounterpartyNormalizer.Name lastName = null;
    int lastNameIndex = -1;
    int lastLabelled = -1;
    int lastLabelIndex = -1;
    for (int k = 0; k < n; k++) {
      int row = list.row(k);
      txs[k] = items.tx[row];
      if (items.name(row) != lastName) {
        lastName = items.name(row);
        lastNameIndex = nameTable.indexOf(lastName);
      }
      names[k] = lastNameIndex;
      if (lastLabelled < 0
          || !items.accountKey[lastLabelled].equals(items.accountKey[row])
          || !items.category[lastLabelled].equals(items.category[row])
          || !items.ruleId[lastLabelled].equals(items.ruleId[row])
          || !Objects.equals(items.exclusion[lastLabelled], items.exclusion[row])) {
        lastLabelled = row;
        lastLabelIndex = labelTable.indexOf(items, row);
      }
      labels[k] = lastLabelIndex;
    }
    return new TransactionViews(
        txs,
        names,
        labels,
        nameTable.names.toArray(new CounterpartyNormalizer.Name[0]),
        labelTable.labels.toArray(new Label[0]));
  }

  /** The distinct labels, found by hash without a key object per transaction. */
  private static final class LabelTable {
    final List<Label> labels = new ArrayList<>();
    private int[] slots = new int[64];

    int indexOf(Items items, int row) {
      String accountKey = items.accountKey[row];
      String category = items.category[row];
      String ruleId = items.ruleId[row];
      String exclusion = items.exclusion[row];
      int h =
          ((accountKey.hashCode() * 31 + category.hashCode()) * 31 + ruleId.hashCode()) * 31
              + Objects.hashCode(exclusion);
      int mask = slots.length - 1;
      for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
        int at = slots[slot] - 1;
        if (at < 0) {
          labels.add(new Label(accountKey, category, ruleId, exclusion));
          slots[slot] = labels.size();
          if (labels.size() * 2 > slots.length) {
            grow();
          }
          return labels.size() - 1;
        }
        Label l = labels.get(at);
        if (l.accountKey().equals(accountKey)
            && l.category().equals(category)
            && l.ruleId().equals(ruleId)
            && Objects.equals(l.exclusion(), exclusion)) {
          return at;
        }
      }
    }

    private void grow() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int at = 0; at < labels.size(); at++) {
        Label l = labels.get(at);
        int h =
            ((l.accountKey().hashCode() * 31 + l.category().hashCode()) * 31
                        + l.ruleId().hashCode())
                    * 31
                + Objects.hashCode(l.exclusion());
        int slot = (h ^ (h >>> 16)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = at + 1;
      }
    }
  }

  @Override
  public AnalyzedTransaction get(int index) {
    Transaction t = transactions[index];
    CounterpartyNormalizer.Name name = nameTable[names[index]];
    Label label = labelTable[labels[index]];
    LocalDate date = t.date().orElse(null);
    return new AnalyzedTransaction(
        t.id().orElseThrow(),
        label.accountKey(),
        date,
        t.amount(),
        t.description(),
        name.display(),
        name.key(),
        label.category(),
        label.ruleId(),
        label.exclusion());
  }

  @Override
  public int size() {
    return transactions.length;
  }
}
