package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.storage.ImportResult;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports larger than one multi-row insert (SQLite, 250 rows) or one array insert (PostgreSQL,
 * 1,000 rows): exact added/skipped counts across full chunks and the remainder, overlap with an
 * earlier import of the same account, and a repeated file.
 */
class BatchedImportTest {
  @TempDir Path dir;

  @Test
  void sqliteCountsEveryChunkExactly() {
    try (JdbcStatementStore store = JdbcStatementStore.open("jdbc:sqlite:" + dir.resolve("b.db"))) {
      check(store, 1_234);
    }
  }

  @Test
  void postgresqlCountsEveryChunkExactly() {
    try (JdbcStatementStore store = JdbcStatementStore.open(TestDatabases.postgresUrl())) {
      check(store, 1_234);
      // two array inserts of 1,000 and a remainder of 345
      check(store, 2_345);
    }
  }

  private static void check(JdbcStatementStore store, int count) {
    TenantId tenant = TenantId.of("batch-" + UUID.randomUUID().toString().substring(0, 8));
    try {
      // 1,234 rows on SQLite: four full inserts of 250 and a remainder of 234.
      ImportResult first = store.save(tenant, result("a", 0, count));
      assertThat(first.alreadyImported()).isFalse();
      assertThat(first.transactionsAdded()).isEqualTo(count);
      assertThat(first.transactionsSkipped()).isZero();
      // Another file of the same account: the second half of the rows again, then as many new.
      int half = count / 2;
      ImportResult second = store.save(tenant, result("b", half, count));
      assertThat(second.transactionsAdded()).isEqualTo(half);
      assertThat(second.transactionsSkipped()).isEqualTo(count - half);
      ImportResult again = store.save(tenant, result("a", 0, count));
      assertThat(again.alreadyImported()).isTrue();
      List<StoredTransaction> stored =
          store.transactions(tenant, TransactionQuery.builder().limit(50_000).build());
      assertThat(stored).hasSize(count + half);
      assertThat(stored)
          .filteredOn(t -> t.transaction().reference().orElseThrow().equals("R1000"))
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.transaction().amount()).isEqualByComparingTo("10.00");
                assertThat(t.transaction().attributes()).containsEntry("k=1", "v\n1000");
              });
    } finally {
      int unused = store.purge(tenant);
    }
  }

  private static ParseResult result(String file, int from, int count) {
    Currency eur = Currency.getInstance("EUR");
    List<Transaction> transactions = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      transactions.add(
          Transaction.builder()
              .bookingDate(LocalDate.of(2026, 1, 1).plusDays(i % 365))
              .amount(BigDecimal.valueOf(i, 2))
              .currency(eur)
              .description("Payment " + i)
              .reference("R" + i)
              .attribute("k=1", "v\n" + i)
              .build());
    }
    Statement statement =
        Statement.builder()
            .account(Account.builder().number("ACC-BATCH").build())
            .transactions(transactions)
            .build();
    return ParseResult.builder()
        .format("csv")
        .sourceSha256(String.format("%064x", file.hashCode()))
        .addStatement(statement)
        .build();
  }
}
