package io.github.bsa.core.internal.ids;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class TransactionIdsTest {
  private static Transaction tx(@Nullable String reference, String amount, String text) {
    return Transaction.builder()
        .bookingDate(LocalDate.of(2026, 1, 2))
        .amount(new BigDecimal(amount))
        .reference(reference)
        .description(text)
        .build();
  }

  @Test
  void assign_sameTransactionInTwoDownloads_getsTheSameId() {
    List<Transaction> first = List.of(tx("R1", "-5", "a"), tx(null, "-5.00", "Coffee"));
    List<Transaction> second =
        List.of(tx("R0", "1", "x"), tx("R1", "-5.0", "a"), tx(null, "-5", "coffee"));
    List<Transaction> a = TransactionIds.assignAll("NL91ABNA0417164300", first);
    List<Transaction> b = TransactionIds.assignAll("NL91ABNA0417164300", second);
    assertThat(b.get(1).id()).isEqualTo(a.get(0).id());
    assertThat(b.get(2).id()).isEqualTo(a.get(1).id());
    assertThat(TransactionIds.assignAll("OTHER", first).get(0).id()).isNotEqualTo(a.get(0).id());
  }

  @Test
  void assign_identicalRowsAndRepeatedReferences_stayDistinct() {
    List<Transaction> rows = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      rows.add(tx(i % 2 == 0 ? "SAME" : null, "-1.00", "Fee"));
    }
    Set<String> ids = new HashSet<>();
    TransactionIds.assignAll("", rows).forEach(t -> ids.add(t.id().orElseThrow()));
    assertThat(ids).hasSize(rows.size());
  }
}
