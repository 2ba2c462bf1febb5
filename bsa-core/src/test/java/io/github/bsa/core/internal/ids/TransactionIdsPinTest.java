package io.github.bsa.core.internal.ids;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the ids of a known input: stored ids must never change, or re-importing a statement stored
 * by an earlier version would store its transactions twice. The expected values were produced by
 * the unbounded per-statement table of bsa 0.1/0.2 (before ADR 0140) and must stay as they are.
 */
final class TransactionIdsPinTest {

  /**
   * 20,000 transactions with dates out of order (40 dates, revisited at random), references that
   * repeat, NONREF, no reference, transactions without a date, identical rows and amounts written
   * with different scales.
   */
  static List<Transaction> knownInput() {
    List<Transaction> out = new ArrayList<>();
    long x = 42;
    String[] texts = {"Coffee", "RENT march", "rent MARCH", "Fee", "Salary ACME", ""};
    String[] amounts = {"-5", "-5.00", "1200", "-1.0", "0.01", "-3.50"};
    for (int i = 0; i < 20_000; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      int r = (int) (x >>> 33);
      Transaction.Builder b =
          Transaction.builder()
              .amount(new BigDecimal(amounts[r % amounts.length]))
              .description(texts[(r >>> 3) % texts.length]);
      int dateKind = (r >>> 6) % 41;
      if (dateKind < 40) {
        b.bookingDate(LocalDate.of(2025, 1, 1).plusDays(dateKind));
      }
      int refKind = (r >>> 12) % 10;
      if (refKind < 6) {
        b.reference("REF" + ((r >>> 16) % 500));
      } else if (refKind < 8) {
        b.reference("NONREF");
      }
      out.add(b.build());
    }
    return out;
  }

  static String digestOfIds(List<Transaction> txs) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (Transaction t : txs) {
      md.update(t.id().orElseThrow().getBytes(StandardCharsets.US_ASCII));
      md.update((byte) '\n');
    }
    return HexFormat.of().formatHex(md.digest());
  }

  @Test
  void assignAll_knownInput_idsAsBefore() throws Exception {
    List<Transaction> ids = TransactionIds.assignAll("DE89370400440532013000", knownInput());
    assertThat(ids.get(0).id()).hasValue("c9cab39f046e18ce94375803");
    assertThat(ids.get(1).id()).hasValue("af982ebbcbf0c3ae8dab1fb6");
    assertThat(ids.get(19_999).id()).hasValue("5cd96c4954fc51a41c73c24e");
    assertThat(digestOfIds(ids))
        .isEqualTo("34b4790a76bd62467a2e4f7ea70b0cb1f81b7dcf038f2cdc94e20ef73bd0fa46");
  }

  /**
   * Ids given in later epochs (ADR 0140): dates whose tables were dropped come back and one date
   * outgrows the budget, with a small budget so that it happens often. The expected digest was
   * taken from the eager id rule before ADR 0340 and must stay as it is.
   */
  @Test
  void assign_beyondASmallBudget_idsAsBefore() throws Exception {
    List<Transaction> input = new ArrayList<>(knownInput());
    // one date with more distinct transactions than the budget holds
    for (int i = 0; i < 3_000; i++) {
      input.add(
          Transaction.builder()
              .valueDate(LocalDate.of(2025, 1, 5))
              .amount(new BigDecimal(i % 2 == 0 ? "-1" : "2.50"))
              .reference(i % 3 == 0 ? "R" + i : null)
              .description("Row " + i)
              .build());
    }
    input.addAll(knownInput());
    TransactionIds ids = new TransactionIds("NO9386011117947 Ø", 512);
    List<Transaction> out = input.stream().map(ids::assign).toList();
    assertThat(digestOfIds(out))
        .isEqualTo("e7decad752f09c12978b45e3648309b7f65f095a36ccb194bd594dc1b389c18b");
  }
}
