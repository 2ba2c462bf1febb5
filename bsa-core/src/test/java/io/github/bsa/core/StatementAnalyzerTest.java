package io.github.bsa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.model.BalanceCheck.Status;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.testing.LinesParserProvider;
import io.github.bsa.core.testing.OtherLinesParserProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StatementAnalyzerTest {
  private static final String SAMPLE =
      """
      #LINES
      ACCOUNT;NL91ABNA0417164300
      OPEN;100.00
      2026-01-02;-10.00;Coffee;90.00
      2026-01-03;25.50;Refund;115.50
      CLOSE;115.50
      END
      """;

  @Test
  void discovery_skipsBrokenAndMissingProviders() {
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
    assertThat(analyzer.formats()).containsExactly("lines");
  }

  @Test
  void parsers_explicitList_replacesDiscovery() {
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(List.of(new OtherLinesParserProvider())).build();
    assertThat(analyzer.formats()).containsExactly("lines2");
  }

  @Test
  void build_duplicateFormatId_failsNamingBothClasses() {
    assertThatThrownBy(
            () ->
                StatementAnalyzer.builder()
                    .parsers(List.of(new LinesParserProvider(), new LinesParserProvider()))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lines")
        .hasMessageContaining(LinesParserProvider.class.getName());
  }

  @Test
  void detect_equalConfidence_isDecidedByPriorityThenId() {
    byte[] bytes = SAMPLE.getBytes(StandardCharsets.UTF_8);
    StatementAnalyzer tie =
        StatementAnalyzer.builder()
            .parsers(List.of(new OtherLinesParserProvider(), new LinesParserProvider()))
            .build();
    assertThat(tie.detect(bytes).formatId()).isEqualTo("lines");
    StatementAnalyzer preferOther =
        StatementAnalyzer.builder()
            .parsers(List.of(new LinesParserProvider(), new OtherLinesParserProvider(5)))
            .build();
    assertThat(preferOther.detect(bytes).formatId()).isEqualTo("lines2");
  }

  @Test
  void parse_sample_verifiesBalancesAndAssignsIds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.lines");
    Files.writeString(file, SAMPLE);
    ParseResult result = StatementAnalyzer.builder().build().parse(file);
    assertThat(result.format()).isEqualTo("lines");
    assertThat(result.confidence()).isEqualTo(0.9);
    assertThat(result.sourceSha256()).hasSize(64);
    Statement s = result.statements().get(0);
    assertThat(s.balanceCheck().status()).isEqualTo(Status.VERIFIED);
    assertThat(s.balanceCheck().reason()).isEqualTo("TOTALS_AND_RUNNING_BALANCE");
    assertThat(s.period()).isPresent();
    assertThat(s.transactions()).extracting(t -> t.id().orElseThrow()).doesNotHaveDuplicates();
    ParseResult again =
        StatementAnalyzer.builder().build().parse(SAMPLE.getBytes(StandardCharsets.UTF_8));
    assertThat(again.statements().get(0).transactions()).isEqualTo(s.transactions());
    assertThat(again.sourceSha256()).isEqualTo(result.sourceSha256());
  }

  @Test
  void parse_unknownFormat_isUnsupportedFormat() {
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
    assertThatThrownBy(() -> analyzer.parse("hello".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            UnsupportedFormatException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
              assertThat(e.candidates()).containsExactly("lines");
            });
  }

  @Test
  void parse_forcedUnknownFormat_isCallerMistake() {
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
    assertThatThrownBy(
            () -> analyzer.parse(new byte[0], ParseOptions.builder().format("nope").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_parserBug_isParserFailureWithoutPersonalData() {
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
    byte[] bytes = "#LINES\n2026-01-01;-5;Secret Name\nBOOM\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> analyzer.parse(bytes))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.PARSER_FAILURE);
              assertThat(e.formatId()).isEqualTo("lines");
              assertThat(e.getMessage()).doesNotContain("Secret");
            });
  }

  @Test
  void parse_badRow_reportsPosition() {
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
    byte[] bytes = "#LINES\n2026-01-01;-5\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> analyzer.parse(bytes))
        .isInstanceOfSatisfying(
            StatementParseException.class, e -> assertThat(e.position().line()).isEqualTo(2));
  }

  @Test
  void parse_limits_trip() {
    StringBuilder big = new StringBuilder("#LINES\n");
    for (int i = 0; i < 1000; i++) {
      big.append("2026-01-01;-1.00;x\n");
    }
    byte[] bytes = big.toString().getBytes(StandardCharsets.UTF_8);
    StatementAnalyzer fewTransactions =
        StatementAnalyzer.builder()
            .limits(ParseLimits.builder().maxTransactions(10).build())
            .build();
    assertThatThrownBy(() -> fewTransactions.parse(bytes))
        .isInstanceOfSatisfying(
            LimitExceededException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("maxTransactions");
              assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
            });
    StatementAnalyzer fewBytes =
        StatementAnalyzer.builder().limits(ParseLimits.builder().maxBytes(100).build()).build();
    assertThatThrownBy(() -> fewBytes.parse(bytes))
        .isInstanceOfSatisfying(
            LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("maxBytes"));
    StatementAnalyzer noTime =
        StatementAnalyzer.builder()
            .limits(ParseLimits.builder().maxDuration(Duration.ofNanos(1)).build())
            .build();
    assertThatThrownBy(() -> noTime.parse(bytes))
        .isInstanceOfSatisfying(
            LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("maxDuration"));
  }

  @Test
  void parse_streaming_withoutRetention_keepsVerdictsOnly() {
    List<Transaction> seen = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    ParseListener listener =
        new ParseListener() {
          @Override
          public void onTransaction(int statementIndex, Transaction transaction) {
            seen.add(transaction);
          }

          @Override
          public void onStatement(int statementIndex, Statement statement) {
            statements.add(statement);
          }
        };
    ParseResult result =
        StatementAnalyzer.builder()
            .build()
            .parse(
                new ByteArrayInputStream(SAMPLE.getBytes(StandardCharsets.UTF_8)),
                null,
                ParseOptions.builder().retainTransactions(false).build(),
                listener);
    assertThat(seen).hasSize(2).allSatisfy(t -> assertThat(t.id()).isPresent());
    assertThat(result.statements().get(0).transactions()).isEmpty();
    assertThat(result.statements().get(0).balanceCheck().status()).isEqualTo(Status.VERIFIED);
    assertThat(statements).hasSize(1);
  }

  @Test
  void parse_missingFile_isIoFailure(@TempDir Path dir) {
    assertThatThrownBy(() -> StatementAnalyzer.builder().build().parse(dir.resolve("none")))
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IO_FAILURE));
  }
}
