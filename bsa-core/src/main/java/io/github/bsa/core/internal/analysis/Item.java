package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** One transaction while it is being analysed. Mutable, confined to one analysis run. */
final class Item {
  static final String OWN_TRANSFER = "OWN_TRANSFER";
  static final String DUPLICATE = "DUPLICATE";
  static final String UNDATED = "UNDATED";
  static final String OTHER_CURRENCY = "OTHER_CURRENCY";

  /** By date (undated last), then account key, then input order. */
  static final Comparator<Item> BY_DATE = Item::compareByDate;

  final Transaction tx;
  final int statement;
  final int seq;
  final String accountKey;
  final String id;
  final @Nullable LocalDate date;
  final BigDecimal amount;

  /** The absolute amount, computed once (sorting and clustering compare it often). */
  final BigDecimal abs;

  CounterpartyNormalizer.Name name = CounterpartyNormalizer.EMPTY;

  /** The folded description (see {@link Text#fold}), computed once. */
  String folded = "";

  /** Whether the description shows a card payment. */
  boolean card;

  /** Whether the description names the holder's own savings or deposits. */
  boolean savingsWords;

  String category = "";
  String ruleId = "";
  @Nullable String exclusion;

  Item(Transaction tx, int statement, int seq, String accountKey, String id) {
    this.tx = tx;
    this.statement = statement;
    this.seq = seq;
    this.accountKey = accountKey;
    this.id = id;
    this.date = tx.date().orElse(null);
    this.amount = tx.amount();
    this.abs = amount.abs();
  }

  boolean included() {
    return exclusion == null;
  }

  AnalyzedTransaction view() {
    return new AnalyzedTransaction(
        id,
        accountKey,
        date,
        amount,
        tx.description(),
        name.display(),
        name.key(),
        category,
        ruleId,
        exclusion);
  }

  /** {@link #BY_DATE} written out: sorting runs it n log n times, a comparator chain is slow. */
  private static int compareByDate(Item a, Item b) {
    LocalDate x = a.date;
    LocalDate y = b.date;
    if (x == null || y == null) {
      if (x == null && y != null) {
        return 1;
      }
      if (y == null && x != null) {
        return -1;
      }
    } else {
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    int c = a.accountKey.compareTo(b.accountKey);
    return c != 0 ? c : Integer.compare(a.seq, b.seq);
  }

  LocalDate day() {
    if (date == null) {
      throw new IllegalStateException("undated item in a dated step");
    }
    return date;
  }
}
