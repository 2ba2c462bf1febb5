package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.internal.csv.CsvSniffer.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides the date order of a sample: first from the dates themselves (a date that reads in only
 * one order settles it), then, when every date fits both day-month and month-day, from what else
 * the file says: dotted dates ({@code 19.04.2019}) and decimal commas are written day-first
 * everywhere; a currency other than the US dollar, or a header with letters outside ASCII (a
 * language other than English), point day-first; an explicit {@code USD} points month-first.
 * Conflicting or missing evidence leaves the order open and says why. Stateless.
 */
final class CsvDateEvidence {
  private CsvDateEvidence() {}

  /** The order the dates of the sample decide, with its confidence; order null when open. */
  record FromDates(@Nullable DateOrder order, double confidence) {}

  /**
   * The order the rows decide, or null; a clause naming what was found or missing; whether the rows
   * conflict (then nothing else may decide).
   */
  record FromRows(@Nullable DateOrder order, String clause, boolean conflict) {}

  /** The order the other evidence decides, or null, and a clause naming what was found/missing. */
  record FromContext(@Nullable DateOrder order, String clause) {}

  static FromDates fromDates(List<Row> data, Map<Column, List<Integer>> roles) {
    int mask = CsvDates.DMY | CsvDates.MDY | CsvDates.YMD;
    int[] votes = new int[5];
    boolean differ = false;
    for (Column c : List.of(Column.BOOKING_DATE, Column.VALUE_DATE)) {
      for (int j : roles.getOrDefault(c, List.of())) {
        for (Row r : data) {
          int m = CsvDates.dateOrders(r.cell(j));
          if (m != 0) {
            mask &= m;
            differ |= CsvDates.readingsDiffer(r.cell(j));
            for (int bit : new int[] {1, 2, 4}) {
              if ((m & bit) != 0) {
                votes[bit]++;
              }
            }
          }
        }
      }
    }
    if (Integer.bitCount(mask) == 1) {
      return new FromDates(CsvDates.order(mask), 0.99);
    }
    if (mask != 0 && !differ && (mask & CsvDates.YMD) == 0) {
      return new FromDates(DateOrder.DAY_MONTH_YEAR, 0.9); // every date reads the same either way
    }
    if ((mask & CsvDates.YMD) != 0) {
      return new FromDates(DateOrder.YEAR_MONTH_DAY, 0.9);
    }
    if (mask == 0) {
      int best = votes[CsvDates.DMY] >= votes[CsvDates.MDY] ? CsvDates.DMY : CsvDates.MDY;
      if (votes[CsvDates.YMD] > votes[best]) {
        best = CsvDates.YMD;
      }
      return new FromDates(CsvDates.order(best), 0.5);
    }
    return new FromDates(null, 0.0); // every date fits day-month and month-day
  }

  /**
   * Weighs the evidence besides the dates.
   *
   * @param decimalComma whether the amounts of the sample were written with a decimal comma
   * @param currency the currency a header or column names, or null
   */
  static FromContext fromContext(
      List<String> header,
      List<Row> data,
      Map<Column, List<Integer>> roles,
      boolean decimalComma,
      @Nullable Currency currency) {
    List<String> dayFirst = new ArrayList<>();
    List<String> monthFirst = new ArrayList<>();
    if (dottedDates(data, roles)) {
      dayFirst.add("dotted dates");
    }
    if (decimalComma) {
      dayFirst.add("decimal comma");
    }
    Currency cur = currency != null ? currency : columnCurrency(data, roles);
    if (cur != null) {
      if (cur.getCurrencyCode().equals("USD")) {
        monthFirst.add("USD amounts");
      } else {
        dayFirst.add(cur.getCurrencyCode() + " amounts");
      }
    }
    if (nonEnglishHeader(header)) {
      dayFirst.add("a header in a language other than English");
    }
    DateOrder agreed = agreed(dayFirst, monthFirst);
    if (agreed != null) {
      return new FromContext(agreed, because(dayFirst, monthFirst));
    }
    if (!dayFirst.isEmpty()) {
      return new FromContext(
          null,
          "; the evidence conflicts ("
              + String.join(", ", dayFirst)
              + " against "
              + String.join(", ", monthFirst)
              + ")");
    }
    return new FromContext(
        null,
        "; nothing else in the file decides it (no dotted dates, no decimal comma, no currency,"
            + " no header in a day-first language)");
  }

  /**
   * Weighs what the rows say when every date fits both orders: a statement is sorted by date, so a
   * reading under which the dates of at least {@value #MIN_SORTED} distinct days run one way while
   * the other reading jumps back and forth is the file's; a value date lies within days of its
   * booking date ({@value #VALUE_DAYS} at most) under the right reading; a running balance tells
   * whether the rows are oldest-first or newest-first, and the right reading's dates run that way;
   * a reading that spreads the rows over more than a year while the other keeps them within two
   * months is not a statement's. Readings the evidence agrees on decide; evidence that conflicts
   * decides nothing. The clause says what was found, or what was missing.
   *
   * @param decimal the decimal mark of the amounts, for the running balance
   */
  static FromRows fromRows(List<Row> data, Map<Column, List<Integer>> roles, char decimal) {
    List<String> dayFirst = new ArrayList<>();
    List<String> monthFirst = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int dateCol = first(roles, Column.BOOKING_DATE);
    int valueCol = first(roles, Column.VALUE_DATE);
    if (dateCol < 0) {
      dateCol = valueCol;
      valueCol = -1;
    }
    List<LocalDate> dmy = new ArrayList<>();
    List<LocalDate> mdy = new ArrayList<>();
    List<Row> dated = new ArrayList<>();
    for (Row r : data) {
      String v = r.cell(dateCol);
      LocalDate a = CsvDates.parseDate(v, DateOrder.DAY_MONTH_YEAR);
      LocalDate b = CsvDates.parseDate(v, DateOrder.MONTH_DAY_YEAR);
      if (a != null && b != null) {
        dmy.add(a);
        mdy.add(b);
        dated.add(r);
      }
    }
    // sorted under one reading only
    int sortedDmy = sorted(dmy);
    int sortedMdy = sorted(mdy);
    if ((sortedDmy != 0) != (sortedMdy != 0)) {
      (sortedDmy != 0 ? dayFirst : monthFirst).add("dates sorted only when read that way");
    } else {
      missing.add(
          dmy.stream().distinct().count() < MIN_SORTED
              ? "fewer than " + MIN_SORTED + " distinct dates to show a sort order"
              : sortedDmy != 0
                  ? "the dates are sorted in both readings"
                  : "the dates are sorted in neither reading");
    }
    // value dates within days of the booking dates under one reading only
    if (valueCol >= 0) {
      long gapDmy = maxGap(dated, dateCol, valueCol, DateOrder.DAY_MONTH_YEAR);
      long gapMdy = maxGap(dated, dateCol, valueCol, DateOrder.MONTH_DAY_YEAR);
      if (gapDmy >= 0 && gapMdy >= 0 && (gapDmy <= VALUE_DAYS) != (gapMdy <= VALUE_DAYS)) {
        (gapDmy <= VALUE_DAYS ? dayFirst : monthFirst)
            .add("value dates within " + VALUE_DAYS + " days of the booking dates");
      } else {
        missing.add("the value dates fit both readings");
      }
    } else {
      missing.add("no value dates");
    }
    // the direction the running balance proves
    int direction = balanceDirection(data, roles, decimal);
    if (direction != 0 && dmy.size() >= 2) {
      int wayDmy = way(dmy);
      int wayMdy = way(mdy);
      if (wayDmy != wayMdy && (wayDmy == direction || wayMdy == direction)) {
        (wayDmy == direction ? dayFirst : monthFirst)
            .add(
                "dates running "
                    + (direction > 0 ? "oldest-first" : "newest-first")
                    + " as the running balance does");
      } else {
        missing.add("the running balance's order fits both readings");
      }
    } else {
      missing.add("no running balance tells the order of the rows");
    }
    // a year against weeks
    long spanDmy = span(dmy);
    long spanMdy = span(mdy);
    if (Math.max(spanDmy, spanMdy) > LONG_DAYS && Math.min(spanDmy, spanMdy) <= SHORT_DAYS) {
      (spanDmy < spanMdy ? dayFirst : monthFirst).add("a period of weeks, not over a year");
    }
    DateOrder agreed = agreed(dayFirst, monthFirst);
    if (agreed != null) {
      return new FromRows(agreed, because(dayFirst, monthFirst), false);
    }
    if (!dayFirst.isEmpty()) {
      return new FromRows(
          null,
          "; the rows conflict (day-first from "
              + String.join(", ", dayFirst)
              + ", month-first from "
              + String.join(", ", monthFirst)
              + ")",
          true);
    }
    return new FromRows(null, "; " + String.join(", ", missing), false);
  }

  /** The order all the evidence found points to, or null when none or both are pointed to. */
  private static @Nullable DateOrder agreed(List<String> dayFirst, List<String> monthFirst) {
    if (dayFirst.isEmpty() == monthFirst.isEmpty()) {
      return null;
    }
    return dayFirst.isEmpty() ? DateOrder.MONTH_DAY_YEAR : DateOrder.DAY_MONTH_YEAR;
  }

  /** The clause naming the agreed evidence. */
  private static String because(List<String> dayFirst, List<String> monthFirst) {
    return dayFirst.isEmpty()
        ? "; month-first from " + String.join(", ", monthFirst)
        : "; day-first from " + String.join(", ", dayFirst);
  }

  /** Distinct days a sorted reading must have to count as evidence. */
  static final int MIN_SORTED = 3;

  /** The most days a value date may lie from its booking date. */
  static final int VALUE_DAYS = 10;

  private static final int LONG_DAYS = 366;
  private static final int SHORT_DAYS = 62;

  private static int first(Map<Column, List<Integer>> roles, Column role) {
    List<Integer> cols = roles.get(role);
    return cols == null || cols.isEmpty() ? -1 : cols.get(0);
  }

  /**
   * 1 or -1 when the dates never go back (or never forward) and hold at least {@link #MIN_SORTED}
   * distinct days, else 0.
   */
  private static int sorted(List<LocalDate> dates) {
    boolean up = true;
    boolean down = true;
    long distinct = dates.stream().distinct().count();
    for (int i = 1; i < dates.size(); i++) {
      int c = dates.get(i).compareTo(dates.get(i - 1));
      up &= c >= 0;
      down &= c <= 0;
    }
    if (distinct < MIN_SORTED || up == down) {
      return 0;
    }
    return up ? 1 : -1;
  }

  /** 1 when the last date is after the first, -1 before, 0 equal or too few. */
  private static int way(List<LocalDate> dates) {
    if (dates.size() < 2) {
      return 0;
    }
    return Integer.signum(dates.get(dates.size() - 1).compareTo(dates.get(0)));
  }

  private static long span(List<LocalDate> dates) {
    if (dates.isEmpty()) {
      return 0;
    }
    LocalDate min = java.util.Collections.min(dates);
    LocalDate max = java.util.Collections.max(dates);
    return java.time.temporal.ChronoUnit.DAYS.between(min, max);
  }

  /** The largest distance in days between booking and value date in one reading, -1 if none. */
  private static long maxGap(List<Row> rows, int dateCol, int valueCol, DateOrder order) {
    long max = -1;
    for (Row r : rows) {
      LocalDate b = CsvDates.parseDate(r.cell(dateCol), order);
      LocalDate v = CsvDates.parseDate(r.cell(valueCol), order);
      if (b != null && v != null) {
        max = Math.max(max, Math.abs(java.time.temporal.ChronoUnit.DAYS.between(b, v)));
      }
    }
    return max;
  }

  /**
   * 1 when the running balance proves the rows oldest-first (a row's balance is the previous
   * balance plus its signed amount), -1 newest-first, 0 when it does not tell or the file has no
   * signed amount (or debit and credit) and balance.
   */
  private static int balanceDirection(
      List<Row> data, Map<Column, List<Integer>> roles, char decimal) {
    int b = first(roles, Column.BALANCE);
    int a = first(roles, Column.AMOUNT);
    int d = first(roles, Column.DEBIT);
    int c = first(roles, Column.CREDIT);
    if (b < 0 || (a < 0 && d < 0 && c < 0) || roles.containsKey(Column.DEBIT_CREDIT)) {
      return 0;
    }
    int oldest = 0;
    int newest = 0;
    BigDecimal prevBalance = null;
    BigDecimal prevAmount = null;
    for (Row r : data) {
      BigDecimal bal = number(r.cell(b), decimal);
      BigDecimal amt;
      if (a >= 0) {
        amt = number(r.cell(a), decimal);
      } else {
        BigDecimal dv = d < 0 ? null : number(r.cell(d), decimal);
        BigDecimal cv = c < 0 ? null : number(r.cell(c), decimal);
        amt =
            dv == null && cv == null
                ? null
                : (cv == null ? BigDecimal.ZERO : cv.abs())
                    .subtract(dv == null ? BigDecimal.ZERO : dv.abs());
      }
      if (bal != null && amt != null && prevBalance != null && prevAmount != null) {
        if (amt.signum() != 0 && prevBalance.add(amt).compareTo(bal) == 0) {
          oldest++;
        }
        if (prevAmount.signum() != 0 && bal.add(prevAmount).compareTo(prevBalance) == 0) {
          newest++;
        }
      }
      prevBalance = bal;
      prevAmount = amt;
    }
    if (oldest > 0 && newest == 0) {
      return 1;
    }
    return newest > 0 && oldest == 0 ? -1 : 0;
  }

  private static @Nullable BigDecimal number(String cell, char decimal) {
    try {
      return CsvAmounts.parseAmount(cell, decimal);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether every date of the sample separates its parts with dots. */
  private static boolean dottedDates(List<Row> data, Map<Column, List<Integer>> roles) {
    int dotted = 0;
    for (Column c : List.of(Column.BOOKING_DATE, Column.VALUE_DATE)) {
      for (int j : roles.getOrDefault(c, List.of())) {
        for (Row r : data) {
          String v = r.cell(j).trim();
          if (v.isEmpty() || CsvDates.dateOrders(v) == 0) {
            continue;
          }
          int k = 0;
          while (k < v.length() && Character.isDigit(v.charAt(k))) {
            k++;
          }
          if (k == 0 || k >= v.length() || v.charAt(k) != '.') {
            return false;
          }
          dotted++;
        }
      }
    }
    return dotted > 0;
  }

  /** The one currency named by a currency column or by a symbol in the amounts, or null. */
  private static @Nullable Currency columnCurrency(
      List<Row> data, Map<Column, List<Integer>> roles) {
    Currency found = null;
    for (int j : roles.getOrDefault(Column.CURRENCY, List.of())) {
      for (Row r : data) {
        Currency c = CsvAmounts.currency(r.cell(j).trim());
        if (c != null) {
          if (found != null && !found.equals(c)) {
            return null;
          }
          found = c;
        }
      }
    }
    if (found != null) {
      return found;
    }
    for (Column role : List.of(Column.AMOUNT, Column.DEBIT, Column.CREDIT, Column.BALANCE)) {
      for (int j : roles.getOrDefault(role, List.of())) {
        for (Row r : data) {
          String v = r.cell(j);
          Currency c =
              v.indexOf('€') >= 0
                  ? Currency.getInstance("EUR")
                  : v.indexOf('£') >= 0 ? Currency.getInstance("GBP") : null;
          if (c != null) {
            return c;
          }
        }
      }
    }
    return null;
  }

  /** Whether a header label has letters outside ASCII: a language other than English. */
  private static boolean nonEnglishHeader(List<String> header) {
    for (String h : header) {
      String s = h.toLowerCase(Locale.ROOT);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c > 0x7f && Character.isLetter(c)) {
          return true;
        }
      }
    }
    return false;
  }
}
