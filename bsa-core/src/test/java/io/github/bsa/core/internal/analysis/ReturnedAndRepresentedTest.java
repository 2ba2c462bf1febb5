package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.Cadence;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.analysis.RiskSignalType;
import io.github.bsa.core.model.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A direct debit returned for want of funds and presented again a week later (ADR 0540): the two
 * attempts are one occurrence of the payee's monthly series, whose member is the attempt that was
 * paid; the returned credit stays a returned payment cited by a risk signal. And the checklist of
 * the words banks of many languages print on such a return and on its fee. Invented payees.
 */
final class ReturnedAndRepresentedTest {
  private static AnalysisReport analyze(List<Transaction> txs) {
    return OneAccount.analyze(txs, "2025-03-01", "2025-05-31");
  }

  private static Transaction tx(String date, String amount, String description) {
    return DetectorsTest.tx(date, amount, description);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Direct debit Kestrel Water 88123 | Returned direct debit Kestrel Water insufficient funds",
        "Lastschrift Stadtwerke Lindau 4471 | Rücklastschrift Stadtwerke Lindau mangels Deckung",
        "Polecenie zapłaty Energa Wola 5521 | Zwrot polecenia zapłaty Energa Wola brak środków",
        "Débito automático Águas do Vale 771 | Débito não efetuado Águas do Vale saldo"
            + " insuficiente",
        "Autogiro Fjällkraft El 3321 | Återförd autogiro Fjällkraft El saknas täckning",
        "Autodebet Listrik Nusa 9981 | Autodebet Listrik Nusa gagal dana tidak cukup",
      })
  void utilityReturnedAndPresentedAgain_oneOccurrenceOfItsMonthlySeries(
      String debit, String returned) {
    List<Transaction> txs = new ArrayList<>();
    txs.add(tx("2025-03-10", "-61.20", debit));
    txs.add(tx("2025-04-10", "-74.85", debit));
    txs.add(tx("2025-04-12", "74.85", returned));
    txs.add(tx("2025-04-17", "-74.85", debit));
    txs.add(tx("2025-05-12", "-58.10", debit));
    txs.add(tx("2025-03-25", "2400.00", "Salary Harbour Works"));
    txs.add(tx("2025-04-25", "2400.00", "Salary Harbour Works"));
    txs.add(tx("2025-05-23", "2400.00", "Salary Harbour Works"));
    AnalysisReport r = analyze(txs);
    String first = idOf(r, debit, "2025-04-10");
    String again = idOf(r, debit, "2025-04-17");
    String back = idOf(r, returned, "2025-04-12");
    List<RecurringPayment> series =
        r.recurring().stream().filter(p -> p.transactionIds().contains(again)).toList();
    assertThat(series).hasSize(1);
    RecurringPayment p = series.get(0);
    assertThat(p.cadence()).isEqualTo(Cadence.MONTHLY);
    assertThat(p.count()).isEqualTo(3).isEqualTo(p.transactionIds().size());
    assertThat(p.transactionIds()).doesNotContain(first, back);
    assertThat(p.nextExpectedDate()).isEqualTo(LocalDate.parse("2025-06-12"));
    // the bounce stays cited
    assertThat(
            r.riskSignals().stream()
                .filter(s -> s.type() == RiskSignalType.BOUNCED_PAYMENT)
                .map(RiskSignal::transactionIds))
        .anySatisfy(ids -> assertThat(ids).contains(back));
    assertThat(category(r, back)).isEqualTo(Categories.RETURNED_PAYMENTS);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "DEBIT REJECTED INSUFFICIENT FUNDS 4471",
        "Refer to drawer chq 000123",
        "Prélèvement rejeté provision insuffisante",
        "Recibo devuelto fondos insuficientes",
        "Domiciliación devuelta saldo insuficiente",
        "Addebito respinto fondi insufficienti",
        "Lastschrift nicht eingelöst",
        "Incasso retour onvoldoende saldo",
        "Betaling afvist manglende dækning",
        "Katteeton veloitus palautettu",
        "Inkaso nedostatek prostředků",
        "Inkaso nedostatok prostriedkov",
        "Beszedés visszautasítva fedezet hiánya",
        "Debit direct sold insuficient",
        "Otomatik ödeme iadesi bakiye yetersiz",
        "Списание отклонено недостаточно средств",
        "Повернення недостатньо коштів",
        "Povrat nedovoljno sredstava",
        "Vračilo nezadostna sredstva",
        "Pengembalian debet saldo tidak cukup",
        "Debit langsung ditolak baki tidak mencukupi",
        "Hoàn trả không đủ số dư",
        "رصيد غير كاف",
        "אין כיסוי הוראת קבע",
        "余额不足 退回",
      })
  void returnedCredit_inManyLanguages_isAReturnedPayment(String description) {
    List<Transaction> txs = List.of(tx("2025-04-12", "74.85", description));
    assertThat(analyze(txs).transactions().get(0).category())
        .as(description)
        .isEqualTo(Categories.RETURNED_PAYMENTS);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Biaya gagal debet 0412",
        "Failed debit fee",
        "Frais d'impayé",
        "Comisión por fondos insuficientes",
        "Tarifa de devolução",
        "Spese insoluto",
        "Gebyr manglende dækning",
        "Avgift ej täckning",
        "Poplatek za nedostatek prostředků",
        "Opłata za brak środków",
        "İade masrafı",
      })
  void returnFee_inManyLanguages_isABounceFee(String description) {
    List<Transaction> txs = List.of(tx("2025-04-12", "-7.50", description));
    AnalyzedTransaction t = analyze(txs).transactions().get(0);
    assertThat(t.category()).as(description).isEqualTo(Categories.FEES);
    assertThat(t.ruleId()).as(description).isEqualTo("default.fees.bounce");
  }

  private static String idOf(AnalysisReport r, String description, String date) {
    return r.transactions().stream()
        .filter(t -> t.description().equals(description) && LocalDate.parse(date).equals(t.date()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static String category(AnalysisReport r, String id) {
    return r.transactions().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow()
        .category();
  }
}
