package io.github.bsa.core.internal.ids;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /**
   * The id is computed on first read (ADR 0340): read first on any of several threads at once, in
   * any order, through {@code toBuilder}, equality or a second assignment, it is the same.
   */
  @Test
  void assign_idsFirstReadConcurrently_sameIdsEverywhere() throws Exception {
    List<Transaction> rows = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      rows.add(tx(i % 3 == 0 ? "R" + i % 50 : null, i % 2 == 0 ? "-1.00" : "7", "Fee Ä " + i % 9));
    }
    List<String> expected =
        TransactionIds.assignAll("DE89370400440532013000", rows).stream()
            .map(t -> t.id().orElseThrow())
            .toList();
    List<Transaction> lazy = TransactionIds.assignAll("DE89370400440532013000", rows);
    // assigning again keeps the id not yet read, and copies keep it too
    assertThat(TransactionIds.assignAll("OTHER", lazy)).containsExactlyElementsOf(lazy);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> reads = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        boolean backwards = k % 2 == 1;
        reads.add(
            pool.submit(
                () -> {
                  start.await();
                  String[] ids = new String[lazy.size()];
                  for (int j = 0; j < ids.length; j++) {
                    int at = backwards ? ids.length - 1 - j : j;
                    ids[at] = lazy.get(at).id().orElseThrow();
                  }
                  return List.of(ids);
                }));
      }
      start.countDown();
      for (Future<List<String>> read : reads) {
        assertThat(read.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(lazy.get(7).toBuilder().build().id()).hasValue(expected.get(7));
    assertThat(lazy.get(7).toBuilder().build()).isEqualTo(lazy.get(7));
  }
}
