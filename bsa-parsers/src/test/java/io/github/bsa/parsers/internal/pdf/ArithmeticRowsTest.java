package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bookings whose text holds a totals or carried-forward word ("TotalEnergies", "Station Total",
 * "Übertrag auf Sparkonto", "Report", "Riporto") are kept, and true totals and carried-forward
 * lines (a dated line whose figures are the sums above it, or the previous balance) are still
 * skipped: the arithmetic decides, the words only make a candidate (ADR 0490). Four languages, with
 * and without a running balance, across page breaks.
 */
final class ArithmeticRowsTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();

  /** A marker row: a new page, with the header printed again. */
  private static final String[] PAGE = {};

  /**
   * Lays out a statement: a summary line before the table, the header (date, description, debit or
   * {@code null}, credit or amount, balance or {@code null}), the rows (date, description, debit,
   * credit, balance; an empty date continues the row above) and a closing line.
   */
  private static byte[] statement(
      String bank,
      String openingLabel,
      String opening,
      String[] header,
      String[][] rows,
      String closingLabel,
      String closing) {
    try (PdfCanvas c = new PdfCanvas()) {
      c.newPage();
      c.text(c.bold, 14, 40, bank);
      c.y -= 18;
      c.text(9, 40, "IBAN DE00 1234 5678 9012 3456 78");
      c.y -= 14;
      c.text(9, 300, openingLabel);
      c.right(9, 555, opening);
      c.y -= 24;
      header(c, header);
      for (String[] r : rows) {
        if (r == PAGE) {
          c.y = 40;
          c.text(7, 40, bank + " - page " + c.pages());
          c.newPage();
          c.text(8, 40, bank);
          c.y -= 30;
          header(c, header);
          continue;
        }
        c.text(8, 40, r[0]);
        c.text(8, 110, r[1]);
        c.right(8, 395, r[2]);
        c.right(8, 470, r[3]);
        c.right(8, 555, r[4]);
        c.y -= 12;
      }
      c.y -= 12;
      c.text(9, 300, closingLabel);
      c.right(9, 555, closing);
      return c.bytes();
    }
  }

  private static void header(PdfCanvas c, String[] header) {
    c.text(c.bold, 8, 40, header[0]);
    c.text(c.bold, 8, 110, header[1]);
    if (header[2] != null) {
      c.right(c.bold, 8, 395, header[2]);
    }
    c.right(c.bold, 8, 470, header[3]);
    if (header[4] != null) {
      c.right(c.bold, 8, 555, header[4]);
    }
    c.y -= 15;
  }

  private static Statement parse(byte[] pdf) {
    return ANALYZER.parse(pdf, ParseOptions.defaults()).statements().get(0);
  }

  private static void assertBookings(Statement st, String[] descriptions, String[] amounts) {
    List<Transaction> txns = st.transactions();
    assertThat(txns).extracting(Transaction::description).containsExactly(descriptions);
    for (int i = 0; i < amounts.length; i++) {
      assertThat(txns.get(i).amount()).as(descriptions[i]).isEqualByComparingTo(amounts[i]);
    }
    assertThat(st.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
  }

  @Test
  void german_runningBalance_uebertragBookingKept_carriedForwardAndSummeSkipped() {
    String[][] rows = {
      {"02.03.2026", "Gehalt März", "", "2.500,00", "3.500,00"},
      {"03.03.2026", "Übertrag", "500,00", "", "3.000,00"},
      {"", "auf Sparkonto 1234", "", "", ""},
      {"05.03.2026", "TotalEnergies Tankstelle Köln", "62,40", "", "2.937,60"},
      {"05.03.2026", "Übertrag", "", "2.937,60", "2.937,60"},
      PAGE,
      {"05.03.2026", "Übertrag", "", "2.937,60", "2.937,60"},
      {"10.03.2026", "Station Total Berlin", "45,00", "", "2.892,60"},
      {"12.03.2026", "Vortrag Dr. Weber Honorar", "", "300,00", "3.192,60"},
      {"31.03.2026", "Summe", "607,40", "2.800,00", ""},
    };
    byte[] pdf =
        statement(
            "Beispielbank Nord",
            "Alter Kontostand",
            "1.000,00",
            new String[] {"Buchungstag", "Verwendungszweck", "Soll", "Haben", "Saldo"},
            rows,
            "Neuer Kontostand",
            "3.192,60");
    Statement st = parse(pdf);
    assertBookings(
        st,
        new String[] {
          "Gehalt März",
          "Übertrag auf Sparkonto 1234",
          "TotalEnergies Tankstelle Köln",
          "Station Total Berlin",
          "Vortrag Dr. Weber Honorar"
        },
        new String[] {"2500.00", "-500.00", "-62.40", "-45.00", "300.00"});
    assertThat(st.openingBalance()).contains(new BigDecimal("1000.00"));
    assertThat(st.closingBalance()).contains(new BigDecimal("3192.60"));
  }

  @Test
  void french_signedAmountsWithoutBalance_totalBrandsKept_reportLinesSkipped() {
    String[][] rows = {
      {"02/03/2026", "Carte CB Total Marseille", "", "-54,20", ""},
      {"04/03/2026", "Virement salaire", "", "850,00", ""},
      {"05/03/2026", "Total Access abonnement", "", "-29,90", ""},
      {"05/03/2026", "A reporter", "", "865,90", ""},
      PAGE,
      {"05/03/2026", "Report", "", "865,90", ""},
      {"08/03/2026", "Report Auto Location", "", "-120,00", ""},
      {"10/03/2026", "TotalEnergies Lyon", "", "-45,00", ""},
    };
    byte[] pdf =
        statement(
            "Banque Exemple du Midi",
            "Ancien solde",
            "100,00",
            new String[] {"Date", "Libellé", null, "Montant", null},
            rows,
            "Nouveau solde",
            "700,90");
    Statement st = parse(pdf);
    assertBookings(
        st,
        new String[] {
          "Carte CB Total Marseille",
          "Virement salaire",
          "Total Access abonnement",
          "Report Auto Location",
          "TotalEnergies Lyon"
        },
        new String[] {"-54.20", "850.00", "-29.90", "-120.00", "-45.00"});
  }

  @Test
  void italian_runningBalance_riportoLineSkipped_riportoBookingKept() {
    String[][] rows = {
      {"01/03/2026", "Riporto", "", "1.000,00", "1.000,00"},
      {"03/03/2026", "Riporto spese condominio", "150,00", "", "850,00"},
      {"05/03/2026", "Stazione Total Erg Roma", "40,00", "", "810,00"},
      {"07/03/2026", "Stipendio", "", "1.200,00", "2.010,00"},
    };
    byte[] pdf =
        statement(
            "Banca Esempio",
            "Saldo iniziale",
            "1.000,00",
            new String[] {"Data", "Causale", "Dare", "Avere", "Saldo"},
            rows,
            "Saldo finale",
            "2.010,00");
    assertBookings(
        parse(pdf),
        new String[] {"Riporto spese condominio", "Stazione Total Erg Roma", "Stipendio"},
        new String[] {"-150.00", "-40.00", "1200.00"});
  }

  @Test
  void english_debitCreditWithoutBalance_pageTotalAndForwardLinesSkipped() {
    String[][] rows = {
      {"03/02/2026", "Total Access Gym", "25.00", "", ""},
      {"04/02/2026", "Salary ACME Ltd", "", "1,500.00", ""},
      {"05/02/2026", "Station Total A7", "60.00", "", ""},
      {"05/02/2026", "Total", "85.00", "1,500.00", ""},
      {"05/02/2026", "Carried forward", "", "1,915.00", ""},
      PAGE,
      {"05/02/2026", "Brought forward", "", "1,915.00", ""},
      {"08/02/2026", "TotalEnergies Calais", "70.00", "", ""},
    };
    byte[] pdf =
        statement(
            "Example Savings Bank",
            "Opening balance",
            "500.00",
            new String[] {"Date", "Details", "Paid out", "Paid in", null},
            rows,
            "Closing balance",
            "1,845.00");
    assertBookings(
        parse(pdf),
        new String[] {
          "Total Access Gym", "Salary ACME Ltd", "Station Total A7", "TotalEnergies Calais"
        },
        new String[] {"-25.00", "1500.00", "-60.00", "-70.00"});
  }

  @Test
  void labelledLineThatFitsNothing_refusedWithItsPage() {
    String[][] rows = {
      {"03/03/2026", "Spesa supermercato", "150,00", "", "850,00"},
      PAGE,
      {"05/03/2026", "Totale", "99,99", "", "1.234,56"},
      {"07/03/2026", "Stipendio", "", "1.200,00", "2.434,56"},
    };
    byte[] pdf =
        statement(
            "Banca Esempio",
            "Saldo iniziale",
            "1.000,00",
            new String[] {"Data", "Causale", "Dare", "Avere", "Saldo"},
            rows,
            "Saldo finale",
            "2.434,56");
    StatementParseException e =
        catchThrowableOfType(StatementParseException.class, () -> parse(pdf));
    assertThat(e).isNotNull();
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA);
    assertThat(e.position().page()).isEqualTo(2);
  }
}
