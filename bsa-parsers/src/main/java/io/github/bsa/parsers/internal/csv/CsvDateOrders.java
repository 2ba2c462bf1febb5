package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides the date order from every date of a file, for files whose sample fits both day/month
 * orders: a first pass over the (spooled) file reads only the date columns. Stateless.
 */
final class CsvDateOrders {
  /** Set in a scan result when no date reads differently day-first and month-first. */
  private static final int DISTINCT = 8;

  private CsvDateOrders() {}

  /**
   * Returns the one order that fits every date of the file, day-month-year when no date reads
   * differently in the orders left, or null when the file leaves the order open.
   */
  static @Nullable DateOrder resolve(InputStream stream, CsvLayout layout, int maxLineLength)
      throws IOException {
    int mask = scan(stream, layout, maxLineLength);
    if (Integer.bitCount(mask & ~DISTINCT) == 1 || (mask & DISTINCT) != 0) {
      mask &= ~DISTINCT;
      mask = Integer.bitCount(mask) == 1 ? mask : CsvDates.DMY;
      return CsvDates.order(mask);
    }
    return null;
  }

  /**
   * Returns the mask of orders that fit every date of the file, with {@link #DISTINCT} set when no
   * date reads differently in the remaining orders (then the order does not matter).
   */
  private static int scan(InputStream stream, CsvLayout layout, int maxLineLength)
      throws IOException {
    int mask = CsvDates.DMY | CsvDates.MDY;
    boolean distinct = false;
    List<Integer> cols =
        new ArrayList<>(layout.columns().getOrDefault(Column.BOOKING_DATE, List.of()));
    cols.addAll(layout.columns().getOrDefault(Column.VALUE_DATE, List.of()));
    CsvTokenizer p = CsvInput.records(stream, layout, maxLineLength);
    while (p.next()) {
      if (p.record() < layout.firstDataRecord()) {
        continue;
      }
      for (int j : cols) {
        if (j < p.size()) {
          String cell = p.get(j);
          int m = CsvDates.dateOrders(cell);
          if (m != 0) {
            mask &= m | DISTINCT;
            if (CsvDates.readingsDiffer(cell)) {
              distinct = true;
            }
          }
        }
      }
      if (Integer.bitCount(mask & ~DISTINCT) <= 1) {
        break;
      }
    }
    return distinct ? mask & ~DISTINCT : mask | DISTINCT;
  }
}
