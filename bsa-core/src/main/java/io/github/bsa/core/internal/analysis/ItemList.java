package io.github.bsa.core.internal.analysis;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A list of rows of one {@link Items} table, kept as an {@code int[]}: 4 bytes per element and no
 * object per row, so that a list of a million rows is one array that a collection does not copy
 * element by element. {@link #get} returns a new {@link Item} cursor on each call (equal to the
 * others of its row). Mutable, confined to one run; adding a row of another table is an error.
 */
final class ItemList extends AbstractList<Item> implements RandomAccess {
  private final Items items;
  private int[] rows;
  private int size;

  /** An empty list of rows of {@code items}. */
  ItemList(Items items) {
    this(items, new int[8], 0);
  }

  /** A list of the first {@code size} of {@code rows} (taken, not copied). */
  ItemList(Items items, int[] rows, int size) {
    this.items = items;
    this.rows = rows;
    this.size = size;
  }

  /** The table the rows belong to. */
  Items items() {
    return items;
  }

  /** The row at a position. */
  int row(int index) {
    return rows[index];
  }

  @Override
  public Item get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return new Item(items, rows[index]);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean add(Item i) {
    addRow(rowOf(i));
    return true;
  }

  /** Appends a row. */
  void addRow(int row) {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, Math.max(8, size * 2));
    }
    rows[size++] = row;
    modCount++;
  }

  @Override
  public Item set(int index, Item i) {
    Item previous = get(index);
    rows[index] = rowOf(i);
    return previous;
  }

  @Override
  public void sort(@Nullable Comparator<? super Item> c) {
    if (c == null) {
      throw new IllegalArgumentException("items have no natural order");
    }
    Item[] cursors = new Item[size];
    for (int k = 0; k < size; k++) {
      cursors[k] = new Item(items, rows[k]);
    }
    Arrays.sort(cursors, c);
    for (int k = 0; k < size; k++) {
      rows[k] = cursors[k].seq;
    }
    modCount++;
  }

  private int rowOf(Item i) {
    if (i.items != items) {
      throw new IllegalArgumentException("a row of another run");
    }
    return i.seq;
  }
}
