package io.github.bsa.parsers.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.internal.xlsx.XlsxWriter.Date;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheets go through the CSV engine: a column headed debit and credit together is the amount
 * (signed by the running balance when unsigned), and a sheet of dates and balances only is a
 * balance history (ADR 0330).
 */
class XlsxCombinedAndBalanceOnlyTest {

  @Test
  void cargoAbono_unsigned_signedByTheBalance() {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Movimientos")
        .row("Fecha", "Concepto", "Cargo/Abono", "Saldo")
        .row(
            new Date(LocalDate.of(2024, 3, 1)),
            "Nómina",
            new BigDecimal("15000.00"),
            new BigDecimal("15000.00"))
        .row(
            new Date(LocalDate.of(2024, 3, 4)),
            "Renta",
            new BigDecimal("8000.00"),
            new BigDecimal("7000.00"))
        .row(
            new Date(LocalDate.of(2024, 3, 6)),
            "Depósito",
            new BigDecimal("1200.50"),
            new BigDecimal("8200.50"))
        .row(
            new Date(LocalDate.of(2024, 3, 9)),
            "Súper",
            new BigDecimal("950.25"),
            new BigDecimal("7250.25"));
    ParseResult r = XlsxParserTest.parse(w.build());
    // the oldest row has no balance before it: skipped, never guessed; credits stay positive
    assertThat(r.statements().get(0).transactions())
        .extracting(Transaction::amount)
        .containsExactly(
            new BigDecimal("-8000.00"), new BigDecimal("1200.50"), new BigDecimal("-950.25"));
  }

  @Test
  void datesAndBalancesOnly_isABalanceHistory() {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Saldi")
        .row("Datum", "Boeksaldo")
        .row(new Date(LocalDate.of(2024, 5, 1)), new BigDecimal("100.00"))
        .row(new Date(LocalDate.of(2024, 5, 2)), new BigDecimal("100.00"))
        .row(new Date(LocalDate.of(2024, 5, 3)), new BigDecimal("75.50"))
        .row(new Date(LocalDate.of(2024, 5, 4)), new BigDecimal("275.50"));
    ParseResult r = XlsxParserTest.parse(w.build());
    Statement s = r.statements().get(0);
    assertThat(s.transactions())
        .extracting(Transaction::amount)
        .containsExactly(new BigDecimal("-24.50"), new BigDecimal("200.00"));
    assertThat(s.openingBalance())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
  }
}
