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
  static final Comparator<Item> BY_DATE =
      Comparator.comparing((Item i) -> i.date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(i -> i.accountKey)
          .thenComparingInt(i -> i.seq);

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

  LocalDate day() {
    if (date == null) {
      throw new IllegalStateException("undated item in a dated step");
    }
    return date;
  }
}
