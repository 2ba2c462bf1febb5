package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-made exports in the style of banks and countries that are not in the shared fixtures: each
 * must be read by detection alone, with the right dates, signs and text.
 */
class CsvHeldOutTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "|||",
      value = {
        // Polish: Data operacji;Opis operacji;Kwota;Saldo po operacji, spaces as grouping
        "pl|||Data operacji;Opis operacji;Kwota;Saldo po operacji\\n"
            + "2026-03-02;Przelew;-1 250,00;8 750,00\\n2026-03-14;Wynagrodzenie;5 000,00;13 750,00\\n"
            + "|||2026-03-02|||-1250.00|||Przelew",
        // Swedish: Bokföringsdag;Text;Belopp;Saldo
        "sv|||Bokföringsdag;Text;Belopp;Saldo\\n"
            + "2026-03-02;Kortköp ICA;-249,50;10 000,00\\n2026-03-25;Lön;30 000,00;40 000,00\\n"
            + "|||2026-03-02|||-249.50|||Kortköp ICA",
        // Czech: Datum zaúčtování;Popis;Částka;Měna, day-first with a deciding day
        "cs|||Datum zaúčtování;Popis transakce;Částka;Měna\\n"
            + "02.03.2026;Nákup;-1 234,50;CZK\\n25.03.2026;Mzda;45 000,00;CZK\\n"
            + "|||2026-03-02|||-1234.50|||Nákup",
        // French with separate Débit / Crédit columns, positive debits
        "fr|||Date opération;Libellé;Débit;Crédit\\n"
            + "02/03/2026;Carte Boulangerie;4,20;\\n28/03/2026;Virement salaire;;2 100,00\\n"
            + "|||2026-03-02|||-4.20|||Carte Boulangerie",
        // Italian: Data contabile;Descrizione;Importo
        "it|||Data contabile;Data valuta;Descrizione;Importo\\n"
            + "02/03/2026;02/03/2026;Pagamento POS;-15,00\\n27/03/2026;27/03/2026;Stipendio;1.800,00\\n"
            + "|||2026-03-02|||-15.00|||Pagamento POS",
        // Spanish with month names: Fecha;Concepto;Importe
        "es|||Fecha;Concepto;Importe;Saldo\\n"
            + "2 mar 2026;Recibo luz;-60,10;939,90\\n15 mar 2026;Nómina;1.500,00;2.439,90\\n"
            + "|||2026-03-02|||-60.10|||Recibo luz",
        // Portuguese: Data movimento;Descrição;Valor, trailing minus
        "pt|||Data movimento;Descrição;Valor\\n"
            + "02-03-2026;Compra;12,30-\\n20-03-2026;Ordenado;900,00\\n"
            + "|||2026-03-02|||-12.30|||Compra",
        // Swiss: apostrophe grouping and CHF codes
        "ch|||Buchungsdatum;Text;Betrag\\n"
            + "02.03.2026;Miete;CHF -1'950.00\\n25.03.2026;Lohn;CHF 6'400.00\\n"
            + "|||2026-03-02|||-1950.00|||Miete",
        // Indian grouping, US-style month-first, parentheses for debits
        "in|||Txn Date,Narration,Amount\\n"
            + "03/02/2026,UPI payment,\"(1,25,000.00)\"\\n03/25/2026,Salary,\"12,34,567.89\"\\n"
            + "|||2026-03-02|||-125000.00|||UPI payment",
        // UK tab-separated, pipe-free, Paid out / Paid in
        "uk|||Date\\tDescription\\tPaid out\\tPaid in\\tBalance\\n"
            + "02/03/2026\\tTesco\\t£12.40\\t\\t£987.60\\n20/03/2026\\tSalary\\t\\t£2,000.00\\t£2,987.60\\n"
            + "|||2026-03-02|||-12.40|||Tesco",
      })
  void readsVariant(String name, String text, String date, String amount, String description) {
    String csv = text.replace("\\n", "\n").replace("\\t", "\t");
    ParseResult r = CsvParserTest.parse(csv);
    List<Transaction> t = r.statements().get(0).transactions();
    assertThat(t).as(name).hasSize(2);
    assertThat(t.get(0).date()).as(name).contains(LocalDate.parse(date));
    assertThat(t.get(0).amount()).as(name).isEqualByComparingTo(amount);
    assertThat(t.get(0).description()).as(name).contains(description);
    assertThat(t.get(1).amount().signum()).as(name).isPositive();
    assertThat(r.warnings()).as(name).isEmpty();
  }
}
