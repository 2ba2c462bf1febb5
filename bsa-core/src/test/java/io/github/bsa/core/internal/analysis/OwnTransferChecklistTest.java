package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.model.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The own-transfer checklist by concept of ADR 0540, one description at a time: the holder's own
 * account in its printed abbreviations, between my accounts, same holder, sweeps, fixed and term
 * deposits, guaranteed certificates, money-market and goal savings, in some 30 languages. And the
 * obligations and shops that hold such a word but are somebody else's. The descriptions are
 * invented.
 */
final class OwnTransferChecklistTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // English and bank abbreviations
        "IMPS TRF TO OWN A/C XX4471",
        "NEFT own acct transfer 20251103",
        "Mobile transfer to own account 0093",
        "SELF TRANSFER UPI 4471203398",
        "AUTO SWEEP TO TERM DEPOSIT 5521",
        "Sweep out to linked deposit 8812",
        "FD BOOKING 5566778899",
        "Transfer to Goal Savings Holiday",
        "Purchase of GIC 2Y 4.1%",
        "Transfer to Money Market 9981",
        "TFSA CONTRIBUTION ONLINE",
        // French, Spanish, Portuguese, Italian
        "Virement vers mon compte épargne",
        "VIREMENT MEME TITULAIRE 0042",
        "Achat CPG 1 an",
        "Transf. entre mis cuentas 1234",
        "TRANSFERENCIA MISMO TITULAR BBVA",
        "Constitución plazo fijo 90 días",
        "TED MESMA TITULARIDADE 341",
        "PIX MESMO TITULAR NUBANK",
        "Bonifico tra i miei conti",
        "BONIFICO STESSO INTESTATARIO",
        // German, Dutch, Afrikaans
        "Überweisung auf eigenes Konto",
        "Kontoübertrag 0532013000",
        "Overboeking naar eigen spaarrekening",
        "Oorplasing na eie rekening",
        // Nordic
        "Överföring mellan egna konton",
        "Insättning fasträntekonto 12 mån",
        "Overførsel til egen konto",
        "Indskud på tidsindskud 6 mdr",
        "Overføring mellom egne kontoer",
        "Siirto omalle tilille",
        "Määräaikaistalletus 12 kk",
        // Central and Eastern Europe
        "Przelew na własny rachunek",
        "Převod na vlastní účet",
        "Prevod medzi vlastnými účtami",
        "Átutalás saját számlára",
        "Transfer cont propriu",
        "Prijenos na vlastiti račun",
        "Oročeni depozit 12 mjeseci",
        "Pervedimas į savo sąskaitą",
        "Pārskaitījums starp saviem kontiem",
        "Ülekanne oma kontode vahel",
        // Turkish, Greek, Cyrillic
        "Hesaplar arası virman",
        "ΜΕΤΑΦΟΡΑ ΣΕ ΙΔΙΟ ΛΟΓΑΡΙΑΣΜΟ",
        "Перевод между своими счетами",
        "Пополнение вклада Накопительный",
        "Переказ на свій рахунок",
        "Превод между собствени сметки",
        // Asia, Africa, Middle East
        "TRANSFER KE REKENING SENDIRI",
        "Pindahan antara akaun sendiri",
        "Gui tiet kiem online 6 thang",
        "Transfer to sariling account",
        "Tuma kwa akaunti yangu",
        "تحويل بين حساباتي",
        "העברה בין חשבונותיי",
      })
  void ownTransfer_found(String description) {
    assertThat(SavingsWords.foundIn(Text.fold(description))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Goal Financial student loan 0425",
        "Card purchase Clean Sweep Chimney Services",
        "CHQ SELF 000123",
        "Giro Minha Conta Claro",
        "Payment Savings Plan Insurance premium",
        "RATA MUTUO CASSA DI RISPARMIO DI FIRENZE",
        "Lastschrift Sparkasse Darlehen 1234",
        "Kredi karti odemesi Garanti",
      })
  void othersWords_notFound(String description) {
    assertThat(SavingsWords.foundIn(Text.fold(description))).isFalse();
  }

  @Test
  void loanInstalmentFromOwnAccount_staysAnObligation() {
    String loan = "Loan instalment from own account 5566";
    List<Transaction> txs =
        List.of(
            DetectorsTest.tx("2025-03-05", "-287.43", loan),
            DetectorsTest.tx("2025-04-05", "-287.43", loan),
            DetectorsTest.tx("2025-05-05", "-287.43", loan),
            DetectorsTest.tx("2025-03-10", "-100.00", "Transfer to own account 7781"));
    AnalysisReport r = OneAccount.analyze(txs, "2025-03-01", "2025-05-31");
    for (AnalyzedTransaction t : r.transactions()) {
      if (t.description().equals(loan)) {
        assertThat(t.exclusion()).isNull();
        assertThat(t.category()).isEqualTo("loan_repayment");
      } else {
        assertThat(t.exclusion()).isEqualTo(Item.OWN_TRANSFER);
      }
    }
  }
}
