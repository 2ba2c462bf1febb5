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
  static TransactionViews of(List<Item> items) {
    int n = items.size();
    Transaction[] txs = new Transaction[n];
    int[] names = new int[n];
    int[] labels = new int[n];
    NameIndex nameTable = new NameIndex();
    LabelTable labelTable = new LabelTable();
    CounterpartyNormalizer.Name lastName = null;
    int lastNameIndex = -1;
    Item lastLabelled = null;
    int lastLabelIndex = -1;
    for (int k = 0; k < n; k++) {
      Item i = items.get(k);
      txs[k] = i.tx;
      if (i.name != lastName) {
        lastName = i.name;
        lastNameIndex = nameTable.indexOf(lastName);
      }
      names[k] = lastNameIndex;
      if (lastLabelled == null
          || !lastLabelled.accountKey.equals(i.accountKey)
          || !lastLabelled.category.equals(i.category)
          || !lastLabelled.ruleId.equals(i.ruleId)
          || !Objects.equals(lastLabelled.exclusion, i.exclusion)) {
        lastLabelled = i;
        lastLabelIndex = labelTable.indexOf(i);
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

    int indexOf(Item i) {
      int h =
          ((i.accountKey.hashCode() * 31 + i.category.hashCode()) * 31 + i.ruleId.hashCode()) * 31
              + Objects.hashCode(i.exclusion);
      int mask = slots.length - 1;
      for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
        int at = slots[slot] - 1;
        if (at < 0) {
          labels.add(new Label(i.accountKey, i.category, i.ruleId, i.exclusion));
          slots[slot] = labels.size();
          if (labels.size() * 2 > slots.length) {
            grow();
          }
          return labels.size() - 1;
        }
        Label l = labels.get(at);
        if (l.accountKey().equals(i.accountKey)
            && l.category().equals(i.category)
            && l.ruleId().equals(i.ruleId)
            && Objects.equals(l.exclusion(), i.exclusion)) {
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
