package io.github.bsa.parsers.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.internal.xlsx.XlsxWriter.Date;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spreadsheet exports in several languages and layouts (a preamble or none, a balance column or
 * none, debit and credit columns, the date in the middle): each is read through the CSV engine with
 * the same amounts and dates. Generated; names and amounts are invented.
 */
final class XlsxLanguagesTest {
  static Stream<Arguments> exports() {
    return Stream.of(
        Arguments.of("en-GB", new String[] {"Date", "Description", "Amount", "Balance"}, false),
        Arguments.of(
            "de-DE", new String[] {"Buchungstag", "Verwendungszweck", "Betrag", "Saldo"}, false),
        Arguments.of("fr-FR", new String[] {"Date", "Libellé", "Montant", "Solde"}, false),
        Arguments.of("es-ES", new String[] {"Fecha", "Concepto", "Importe", "Saldo"}, false),
        Arguments.of("it-IT", new String[] {"Data", "Descrizione", "Importo", "Saldo"}, false),
        Arguments.of("nl-NL", new String[] {"Datum", "Omschrijving", "Bedrag", "Saldo"}, false),
        Arguments.of("pl-PL", new String[] {"Data operacji", "Opis", "Kwota", "Saldo"}, false),
        Arguments.of("sv-SE", new String[] {"Bokföringsdatum", "Text", "Belopp", "Saldo"}, true),
        Arguments.of(
            "cs-CZ", new String[] {"Datum transakce", "Popis", "Částka", "Zůstatek"}, true),
        Arguments.of(
            "pt-PT", new String[] {"Data movimento", "Descrição", "Valor", "Saldo"}, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void export_readsAmountsDatesAndBalances(String locale, String[] header, boolean preamble) {
    XlsxWriter w = new XlsxWriter();
    XlsxWriter.SheetData s = w.sheet(locale);
    if (preamble) {
      s.row("Statement " + locale).row("IBAN", "XX00 0000 0000 0000").row();
    }
    s.row((Object[]) header)
        .row(
            new Date(LocalDate.of(2024, 4, 2)),
            "ACME payroll",
            new BigDecimal("2750.00"),
            new BigDecimal("3000.00"))
        .row(
            new Date(LocalDate.of(2024, 4, 5)),
            "Landlord",
            new BigDecimal("-1100.00"),
            new BigDecimal("1900.00"))
        .row(
            new Date(LocalDate.of(2024, 4, 9)),
            "Supermarket 12",
            new BigDecimal("-64.35"),
            new BigDecimal("1835.65"));
    ParseResult r = XlsxParserTest.parse(w.build());
    assertThat(r.statements()).as(locale).hasSize(1);
    Statement st = r.statements().get(0);
    assertThat(st.transactions())
        .extracting(Transaction::amount)
        .containsExactly(
            new BigDecimal("2750.00"), new BigDecimal("-1100.00"), new BigDecimal("-64.35"));
    assertThat(st.transactions().get(2).bookingDate()).contains(LocalDate.of(2024, 4, 9));
    assertThat(st.balanceCheck().status()).as(locale).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(st.closingBalance())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1835.65"));
  }

  /** Debit and credit in two unsigned columns, the date in the middle, no balance column. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("debitCredit")
  void debitCreditColumns(String locale, String[] header) {
    XlsxWriter w = new XlsxWriter();
    w.sheet(locale)
        .row((Object[]) header)
        .row("Salary", new Date(LocalDate.of(2024, 6, 3)), "", new BigDecimal("1800.00"))
        .row("Rent", new Date(LocalDate.of(2024, 6, 4)), new BigDecimal("700.00"), "")
        .row("Fuel", new Date(LocalDate.of(2024, 6, 18)), new BigDecimal("55.10"), "");
    ParseResult r = XlsxParserTest.parse(w.build());
    assertThat(r.statements().get(0).transactions())
        .extracting(Transaction::amount)
        .containsExactly(
            new BigDecimal("1800.00"), new BigDecimal("-700.00"), new BigDecimal("-55.10"));
  }

  static Stream<Arguments> debitCredit() {
    return Stream.of(
        Arguments.of("en", new String[] {"Details", "Date", "Debit", "Credit"}),
        Arguments.of("de", new String[] {"Buchungstext", "Buchungstag", "Soll", "Haben"}),
        Arguments.of("fr", new String[] {"Libellé", "Date", "Débit", "Crédit"}),
        Arguments.of("es", new String[] {"Concepto", "Fecha", "Cargo", "Abono"}));
  }
}
