package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.internal.csv.CsvSniffer.Row;
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
    if (!dayFirst.isEmpty() && monthFirst.isEmpty()) {
      return new FromContext(
          DateOrder.DAY_MONTH_YEAR, "; day-first from " + String.join(", ", dayFirst));
    }
    if (!monthFirst.isEmpty() && dayFirst.isEmpty()) {
      return new FromContext(
          DateOrder.MONTH_DAY_YEAR, "; month-first from " + String.join(", ", monthFirst));
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
