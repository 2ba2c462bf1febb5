package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.internal.ModelAccess;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The columnar rows of a run (ADR 0500): columns, cursors, lists of rows and the id tables. */
class ItemsTest {
  private static Transaction tx(@Nullable LocalDate date, String amount) {
    Transaction.Builder b =
        Transaction.builder()
            .amount(new BigDecimal(amount))
            .currency(Currency.getInstance("EUR"))
            .description("x");
    if (date != null) {
      b.bookingDate(date);
    }
    return b.build();
  }

  private static Items table(Transaction... txs) {
    Items items = new Items(txs.length);
    int k = 0;
    for (Transaction t : txs) {
      items.add(t, "acc", "id" + k++, ModelAccess.date(t), Integer.MIN_VALUE);
    }
    return items;
  }

  @Test
  void aRowReadsItsTransactionsValues() {
    LocalDate day = LocalDate.of(2026, 3, 4);
    Items items = table(tx(day, "-12.50"), tx(null, "0.123456"));
    Item a = items.item(0);
    assertThat(a.epochDay()).isEqualTo((int) day.toEpochDay());
    assertThat(a.date()).isEqualTo(day);
    assertThat(a.e4()).isEqualTo(-125_000L);
    assertThat(a.scale()).isEqualTo((byte) 2);
    assertThat(a.sign()).isEqualTo((byte) -1);
    assertThat(a.exact()).isTrue();
    assertThat(a.id()).isEqualTo("id0");
    assertThat(a.name()).isSameAs(CounterpartyNormalizer.EMPTY);
    assertThat(a.described()).isSameAs(DescriptionCache.NONE);
    assertThat(a.category()).isEmpty();
    assertThat(a.included()).isTrue();
    Item b = items.item(1);
    assertThat(b.epochDay()).isEqualTo(Item.UNDATED_DAY);
    assertThat(b.exact()).isFalse(); // six decimals: no e4 form
    assertThat(b.e4()).isZero();
    assertThat(b.abs()).isEqualByComparingTo("0.123456");
  }

  @Test
  void cursorsOnOneRowAreEqualAndWriteTheColumns() {
    Items items = table(tx(LocalDate.of(2026, 1, 1), "1.00"), tx(LocalDate.of(2026, 1, 2), "2.00"));
    Item a = items.item(1);
    Item b = items.item(1);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(items.item(0));
    a.category("groceries");
    a.exclusion(Item.DUPLICATE);
    assertThat(b.category()).isEqualTo("groceries");
    assertThat(items.category[1]).isEqualTo("groceries");
    assertThat(b.included()).isFalse();
    assertThat(table(tx(null, "1")).item(0)).isNotEqualTo(items.item(0)); // another run's row 0
  }

  @Test
  void aListOfRowsSortsAndRefusesAnotherRunsRows() {
    Items items =
        table(
            tx(LocalDate.of(2026, 1, 3), "1"),
            tx(null, "2"),
            tx(LocalDate.of(2026, 1, 1), "3"),
            tx(LocalDate.of(2026, 1, 3), "4"));
    ItemList list = items.all();
    list.sort(Item.BY_DATE);
    assertThat(list).extracting(i -> i.seq).containsExactly(2, 0, 3, 1);
    assertThat(Item.sortedByDate(items)).extracting(i -> i.seq).containsExactly(2, 0, 3, 1);
    ItemList some = new ItemList(items);
    some.add(items.item(3));
    some.addRow(0);
    assertThat(some).containsExactly(items.item(3), items.item(0));
    assertThat(some.row(1)).isZero();
    Item other = table(tx(null, "1")).item(0);
    assertThatThrownBy(() -> some.add(other)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesAreIdsIntoATableOfDistinctValues() {
    Items items = table(tx(null, "1"), tx(null, "2"), tx(null, "3"));
    CounterpartyNormalizer.Name acme = CounterpartyNormalizer.normalize("ACME GMBH");
    CounterpartyNormalizer.Name shop = CounterpartyNormalizer.normalize("SHOP");
    items.name(0, acme);
    items.name(1, shop);
    items.name(2, acme);
    assertThat(items.nameId[0]).isEqualTo(items.nameId[2]).isNotEqualTo(items.nameId[1]);
    assertThat(items.names().size()).isEqualTo(3); // EMPTY, acme, shop
    // replacing a table entry renames every row that has it
    CounterpartyNormalizer.Name renamed = CounterpartyNormalizer.normalize("ACME");
    items.names().replace(items.nameId[0], renamed);
    assertThat(List.of(items.name(0), items.name(1), items.name(2)))
        .containsExactly(renamed, shop, renamed);
  }
}
