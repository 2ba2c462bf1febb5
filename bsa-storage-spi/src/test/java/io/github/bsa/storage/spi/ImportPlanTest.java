package io.github.bsa.storage.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.storage.InMemoryStatementStore;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import io.github.bsa.storage.internal.StoreSupport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class ImportPlanTest {
  private static final TenantId TENANT = TenantId.of("t1");
  private static final String SHA = "ab".repeat(32);

  private static Transaction tx(int day, String amount, String text, @Nullable String ref) {
    return Transaction.builder()
        .bookingDate(LocalDate.of(2026, 1, day))
        .amount(new BigDecimal(amount))
        .description(text)
        .reference(ref)
        .build();
  }

  /**
   * Two statements; the first holds two identical rows (same date, amount and text, no reference)
   * and a reference used twice, which the id rule must keep apart.
   */
  private static List<List<Transaction>> rows() {
    return List.of(
        List.of(
            tx(2, "-5.00", "Coffee", null),
            tx(2, "-5", "coffee", null),
            tx(3, "10", "Salary", "R1"),
            tx(3, "10.00", "Salary", "R1"),
            tx(4, "-1", "Fee", "NONREF")),
        List.of(tx(5, "7", "Refund", "R2"), tx(5, "7", "Refund", null)));
  }

  private static final List<String> ACCOUNTS =
      List.of("NL91ABNA0417164300", "DE89370400440532013000");

  /** A parser that streams {@link #rows()} the way the bundled parsers do. */
  private static final class RowsParser implements StatementParserProvider {
    @Override
    public String formatId() {
      return "rows";
    }

    @Override
    public ProbeResult probe(SourceSample sample) {
      return ProbeResult.NO;
    }

    @Override
    public StatementParser create(ParseContext context) {
      return (in, sink) -> {
        var unused = in.readAllBytes();
        List<List<Transaction>> all = rows();
        for (int i = 0; i < all.size(); i++) {
          Account account = Account.builder().number(ACCOUNTS.get(i)).build();
          sink.beginStatement(StatementHeader.of(account));
          all.get(i).forEach(sink::transaction);
          sink.endStatement(StatementHeader.of(account));
        }
      };
    }
  }

  private static ParseResult parsed() {
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(List.of(new RowsParser())).build();
    return analyzer.parse(
        "x".getBytes(StandardCharsets.UTF_8),
        io.github.bsa.core.ParseOptions.builder().format("rows").build());
  }

  private static ParseResult handBuilt() {
    ParseResult.Builder b = ParseResult.builder().format("rows").sourceSha256(SHA);
    List<List<Transaction>> all = rows();
    for (int i = 0; i < all.size(); i++) {
      b.addStatement(
          Statement.builder()
              .account(Account.builder().number(ACCOUNTS.get(i)).build())
              .transactions(all.get(i))
              .build());
    }
    return b.build();
  }

  private static List<String> ids(ParseResult r) {
    return r.statements().stream()
        .flatMap(s -> s.transactions().stream())
        .map(t -> t.id().orElseThrow())
        .toList();
  }

  @Test
  void of_handBuiltResult_assignsTheIdsParsingAssigns() {
    List<String> whileParsing = ids(parsed());
    ImportPlan plan = ImportPlan.of(TENANT, handBuilt());
    List<String> planned =
        plan.parts().stream()
            .flatMap(p -> p.statement().transactions().stream())
            .map(t -> t.id().orElseThrow())
            .toList();
    assertThat(planned).isEqualTo(whileParsing).doesNotHaveDuplicates().hasSize(7);
    assertThat(plan.parts().get(0).rows())
        .extracting(ImportPlan.Row::seq)
        .containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void store_keepsTheIdsParsingAssigned_andHandBuiltResultsMatchThem() {
    ParseResult viaFacade = parsed();
    InMemoryStatementStore store = new InMemoryStatementStore();
    var imported = store.save(TENANT, viaFacade);
    assertThat(imported.transactionsAdded()).isEqualTo(7);
    Set<String> stored =
        store.transactions(TENANT, TransactionQuery.all()).stream()
            .map(StoredTransaction::id)
            .collect(Collectors.toSet());
    assertThat(stored).containsExactlyInAnyOrderElementsOf(ids(viaFacade));

    // the same statements without ids, from another file: every row is already there
    ParseResult other = handBuilt();
    var again = store.save(TENANT, other);
    assertThat(again.transactionsAdded()).isZero();
    assertThat(again.transactionsSkipped()).isEqualTo(7);
  }

  @Test
  void of_keepsGivenIds_andWritesOneRowPerDistinctId() {
    Transaction a = tx(2, "1", "a", null).toBuilder().id("given").build();
    Transaction b = tx(3, "2", "b", null).toBuilder().id("given").build();
    ParseResult r =
        ParseResult.builder()
            .format("rows")
            .sourceSha256(SHA)
            .addStatement(Statement.builder().transactions(List.of(a, b)).build())
            .build();
    ImportPlan plan = ImportPlan.of(TENANT, r);
    assertThat(plan.parts()).hasSize(1);
    assertThat(plan.parts().get(0).rows())
        .extracting(ImportPlan.Row::txnId)
        .containsExactly("given");
    assertThat(plan.parts().get(0).statement().transactions()).hasSize(2);
    assertThat(plan.format()).isEqualTo("rows");
    assertThat(plan.sourceSha256()).isEqualTo(SHA);
  }

  @Test
  void statementId_dependsOnTenantSourceAndIndex() {
    var id = ImportPlan.statementId(TENANT, SHA, 0);
    assertThat(id.value()).startsWith("st").hasSize(32);
    assertThat(ImportPlan.statementId(TENANT, SHA, 0)).isEqualTo(id);
    assertThat(ImportPlan.statementId(TenantId.of("t2"), SHA, 0)).isNotEqualTo(id);
    assertThat(ImportPlan.statementId(TENANT, SHA, 1)).isNotEqualTo(id);
    assertThat(ImportPlan.of(TENANT, handBuilt()).statementIds())
        .containsExactly(
            ImportPlan.statementId(TENANT, SHA, 0), ImportPlan.statementId(TENANT, SHA, 1));
  }

  @Test
  void of_refusesAResultWithoutSourceHash_andAnUnstorableAmount() {
    ParseResult noSha = ParseResult.builder().format("rows").build();
    assertThatThrownBy(() -> ImportPlan.of(TENANT, noSha))
        .isInstanceOf(IllegalArgumentException.class);
    List<Transaction> huge = new ArrayList<>();
    huge.add(tx(2, "1e30", "x", null));
    ParseResult r =
        ParseResult.builder()
            .format("rows")
            .sourceSha256(SHA)
            .addStatement(Statement.builder().transactions(huge).build())
            .build();
    assertThatThrownBy(() -> ImportPlan.of(TENANT, r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statement 1, transaction 1");
  }

  @Test
  void helpers_searchTextLikePatternAndAmount() {
    Transaction t = tx(2, "-1.23456", "Coffee 100%_off", "Ref");
    assertThat(StoreSupport.searchText(t)).isEqualTo("coffee 100%_off\n\nref");
    assertThat(StoreSupport.matchesText(t, "100%_OFF")).isTrue();
    assertThat(StoreSupport.likePattern("A%_\\")).isEqualTo("%a\\%\\_\\\\%");
    assertThat(StoreSupport.amountE4(new BigDecimal("-1.23456"), RoundingMode.FLOOR))
        .isEqualTo(-12346L);
    assertThat(StoreSupport.amountE4(new BigDecimal("-1.23456"), RoundingMode.CEILING))
        .isEqualTo(-12345L);
    Statement s = handBuilt().statements().get(0);
    assertThat(
            StoreSupport.statementFromJson(StoreSupport.statementJson("rows", SHA, s))
                .transactions())
        .hasSize(5);
  }
}
