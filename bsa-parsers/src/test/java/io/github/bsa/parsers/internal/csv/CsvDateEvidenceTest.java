package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.model.ParseResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files whose every date fits day-month and month-day (all days 1-12), decided by what the rows
 * prove: dates sorted under one reading only, value dates within days of the booking dates, the
 * order a running balance proves, a period of weeks against one over a year. English headers with
 * decimal points and no currency throughout (so no clue outside the rows decides), except where a
 * layout says otherwise; refusals name what was checked and the option to set.
 */
class CsvDateEvidenceTest {

  /** Dates crossing month ends, all days 1-12, in order: sorted under their true reading only. */
  static List<LocalDate> crossingMonths(int n) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate d = LocalDate.of(2019, 1, 3);
    while (out.size() < n) {
      if (d.getDayOfMonth() <= 12) {
        out.add(d);
      }
      d = d.plusDays(4);
    }
    return out;
  }

  static String rows(
      String header, String delimiter, List<LocalDate> dates, String pattern, boolean newest) {
    var f = CsvAnyLanguageTest.pattern(pattern);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      lines.add(
          String.join(delimiter, f.apply(dates.get(i)), "Payee " + i, "-" + (10 + i) + ".25"));
    }
    if (newest) {
      java.util.Collections.reverse(lines);
    }
    return header + "\n" + String.join("\n", lines) + "\n";
  }

  /**
   * Asserts the text is refused as date-ambiguous at a known position, naming the words and the
   * option to set.
   */
  static void assertRefused(String text, String... words) {
    assertThatThrownBy(() -> CsvAnyLanguageTest.parse(text))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.AMBIGUOUS_FORMAT);
              assertThat(e.getMessage()).contains(words).contains("csv.dateOrder");
              assertThat(e.position().isKnown()).isTrue();
            });
  }

  static List<LocalDate> read(String text) {
    return CsvParserTest.dates(CsvAnyLanguageTest.parse(text));
  }

  @Test
  void sortedOnlyDayFirst_englishOldestFirst() {
    List<LocalDate> dates = crossingMonths(12);
    String text = rows("Date,Description,Amount", ",", dates, "dd/MM/yyyy", false);
    ParseResult r = CsvAnyLanguageTest.parse(text);
    assertThat(CsvParserTest.dates(r)).containsExactlyElementsOf(dates);
    assertThat(r.properties().get("csv.dateOrderEvidence")).contains("sorted");
  }

  @Test
  void sortedOnlyMonthFirst_newestFirst_unpaddedDates() {
    List<LocalDate> dates = crossingMonths(10);
    List<LocalDate> expected = new ArrayList<>(dates);
    java.util.Collections.reverse(expected);
    String text = rows("Posted,Payee,Amt", ",", dates, "M/d/yyyy", true);
    assertThat(read(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void sortedOnlyDayFirst_swedishSemicolons_dashedDates() {
    List<LocalDate> dates = crossingMonths(8);
    String text = rows("Bokföringsdag;Text;Belopp", ";", dates, "dd-MM-yyyy", false);
    assertThat(read(text)).containsExactlyElementsOf(dates);
  }

  @Test
  void valueDatesWithinDays_decideWhenTheRowsAreUnsorted() {
    // the rows are sorted by amount, not by date; each value date is a day after its booking
    String text =
        """
        Booking,Value,Text,Amount
        03/04/2019,04/04/2019,A,-1.00
        01/02/2019,02/02/2019,B,-2.00
        05/06/2019,06/06/2019,C,-3.00
        02/03/2019,03/03/2019,D,-4.00
        """;
    ParseResult r = CsvAnyLanguageTest.parse(text);
    assertThat(CsvParserTest.dates(r))
        .containsExactly(
            LocalDate.of(2019, 4, 3),
            LocalDate.of(2019, 2, 1),
            LocalDate.of(2019, 6, 5),
            LocalDate.of(2019, 3, 2));
    assertThat(r.properties().get("csv.dateOrderEvidence")).contains("value dates");
  }

  @Test
  void valueDatesWithinDays_monthFirst_portugueseHeader() {
    String text =
        """
        Data Lançamento;Data Valor;Descritivo;Valor
        04/03/2019;04/05/2019;A;-1.00
        02/01/2019;02/02/2019;B;-2.00
        06/05/2019;06/05/2019;C;-3.00
        """;
    assertThat(read(text))
        .containsExactly(
            LocalDate.of(2019, 4, 3), LocalDate.of(2019, 2, 1), LocalDate.of(2019, 6, 5));
  }

  @Test
  void runningBalanceOrder_decidesTwoRows() {
    // two rows are sorted either way; the balance proves oldest-first, and only day-first dates
    // run forward (3 April, 2 May; month-first they would go from 4 March back to 5 February)
    String text =
        """
        Date,Memo,Amount,Balance
        03/04/2019,Rent,-500.00,1500.00
        02/05/2019,Pay,2000.00,3500.00
        """;
    ParseResult r = CsvAnyLanguageTest.parse(text);
    assertThat(CsvParserTest.dates(r))
        .containsExactly(LocalDate.of(2019, 4, 3), LocalDate.of(2019, 5, 2));
    assertThat(r.properties().get("csv.dateOrderEvidence")).contains("running balance");
  }

  @Test
  void runningBalanceOrder_newestFirst_debitCreditColumns() {
    String text =
        """
        Date,Details,Paid out,Paid in,Balance
        02/05/2019,Pay,,2000.00,3500.00
        03/04/2019,Rent,500.00,,1500.00
        """;
    // newest-first by the balance: 2 May then 3 April (month-first would run forward)
    assertThat(read(text)).containsExactly(LocalDate.of(2019, 5, 2), LocalDate.of(2019, 4, 3));
  }

  @Test
  void aPeriodOfWeeks_notOverAYear() {
    // day-first this spans 12 January 2019 to 1 February 2020; month-first one month
    String text = "Date,Text,Amount\n12/01/2019,A,-1.00\n01/02/2020,B,-2.00\n";
    assertThat(read(text)).containsExactly(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 2));
  }

  @Test
  void unsortedBothWays_isRefused() {
    String text =
        """
        Datum,Text,Belopp
        01/02/2019,A,-1.00
        05/03/2019,B,-2.00
        03/01/2019,C,-3.00
        02/04/2019,D,-4.00
        """;
    assertRefused(text, "sorted in neither reading");
  }

  @Test
  void conflictingRows_areRefusedNamingBoth() {
    // sorted only day-first, but the value dates are within days only month-first
    String text =
        """
        Booking,Value,Text,Amount
        01/02/2019,01/03/2019,A,-1.00
        05/02/2019,05/06/2019,B,-2.00
        03/03/2019,03/04/2019,C,-3.00
        """;
    assertRefused(text, "the rows conflict");
  }

  @Test
  void everyReadingPlausible_isRefusedNamingTheMissingEvidence() {
    // two rows, both readings run backwards, no balance, no value dates, 2 days or 2 months
    String text =
        """
        "Date","Description","Amount","Transaction Type"
        "8/02/2016","Shop","29.99","debit"
        "6/02/2016","Card","123.45","credit"
        """;
    assertRefused(text, "fewer than 3 distinct dates", "no value dates", "no running balance");
  }

  @Test
  void generatedDatesAreAmbiguous() {
    for (LocalDate d : crossingMonths(12)) {
      assertThat(d.getDayOfMonth()).isLessThanOrEqualTo(12);
    }
    assertThat(crossingMonths(12).get(11).getMonthValue()).isGreaterThan(1);
  }
}
