package io.github.bsa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.StatementSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The parser-to-sink contract, the error funnel and the verdict rule, with scripted parsers. */
final class ParserContractTest {
  private static final Account ACCOUNT = Account.builder().number("NL91ABNA0417164300").build();

  /** A parser whose behaviour is a lambda. */
  private interface Script {
    void run(ParseContext context, InputStream in, StatementSink sink) throws IOException;
  }

  private static StatementAnalyzer analyzer(Script script) {
    StatementParserProvider provider =
        new StatementParserProvider() {
          @Override
          public String formatId() {
            return "scripted";
          }

          @Override
          public ProbeResult probe(SourceSample sample) {
            return ProbeResult.of(0.5, "test");
          }

          @Override
          public StatementParser create(ParseContext context) {
            return (in, sink) -> script.run(context, in, sink);
          }
        };
    return StatementAnalyzer.builder().parsers(List.of(provider)).build();
  }

  private static ParseResult parse(Script script) {
    return analyzer(script).parse("Secret Name 1234".getBytes(StandardCharsets.UTF_8));
  }

  private static Transaction tx(int day, String amount, String balance) {
    return Transaction.builder()
        .bookingDate(LocalDate.of(2026, 1, day))
        .amount(new BigDecimal(amount))
        .balance(new BigDecimal(balance))
        .description("Row " + day)
        .position(SourcePosition.ofLine(day))
        .build();
  }

  // --- protocol ---

  @Test
  void protocol_beginTransactionsEnd_buildsTheStatementWithPeriodAndCheckFromTheSink() {
    ParseResult r =
        parse(
            (c, in, sink) -> {
              sink.beginStatement(StatementHeader.of(ACCOUNT));
              sink.transaction(tx(2, "-10", "90"));
              sink.transaction(tx(5, "20", "110"));
              sink.endStatement(
                  StatementHeader.builder()
                      .openingBalance(new BigDecimal("100"))
                      .closingBalance(new BigDecimal("110"))
                      .build());
            });
    Statement s = r.statements().get(0);
    assertThat(s.account()).isEqualTo(ACCOUNT);
    assertThat(s.period().orElseThrow().from()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(s.period().orElseThrow().to()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(s.transactions()).allSatisfy(t -> assertThat(t.id()).isPresent());
  }

  static Stream<Arguments> protocolBreaks() {
    return Stream.of(
        Arguments.of(
            "transaction before beginStatement",
            (Script) (c, in, sink) -> sink.transaction(tx(2, "1", "1"))),
        Arguments.of(
            "endStatement without beginStatement",
            (Script) (c, in, sink) -> sink.endStatement(StatementHeader.of(ACCOUNT))),
        Arguments.of(
            "beginStatement while a statement is open",
            (Script)
                (c, in, sink) -> {
                  sink.beginStatement(StatementHeader.of(ACCOUNT));
                  sink.beginStatement(StatementHeader.of(ACCOUNT));
                }),
        Arguments.of(
            "statement still open",
            (Script)
                (c, in, sink) -> {
                  sink.beginStatement(StatementHeader.of(ACCOUNT));
                  sink.transaction(tx(2, "1", "1"));
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("protocolBreaks")
  void protocol_broken_isAParserFailure(String what, Script script) {
    assertThatThrownBy(() -> parse(script))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.PARSER_FAILURE);
              assertThat(e.getMessage()).contains(what);
            });
  }

  // --- stream and sample ---

  @Test
  void input_isBufferedMarkableUnclosable_andTheSampleIsHandedOver() {
    AtomicReference<String> sample = new AtomicReference<>();
    ParseResult r =
        parse(
            (c, in, sink) -> {
              assertThat(in.markSupported()).isTrue();
              in.mark(70_000);
              byte[] first = in.readNBytes(6);
              in.reset();
              in.close();
              assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("Secret");
              assertThat(in.readAllBytes()).hasSize(16);
              sample.set(c.sample().text());
              sink.beginStatement(StatementHeader.of(ACCOUNT));
              sink.endStatement(StatementHeader.of(ACCOUNT));
            });
    assertThat(sample.get()).isEqualTo("Secret Name 1234");
    assertThat(r.statements()).hasSize(1);
  }

  // --- error funnel ---

  static Stream<Arguments> parserBugs() {
    List<Supplier<RuntimeException>> bugs = new ArrayList<>();
    bugs.add(() -> new IllegalArgumentException("Secret Name 1234"));
    bugs.add(() -> new NumberFormatException("For input string: \"Secret Name 1234\""));
    bugs.add(() -> new DateTimeException("Text 'Secret Name 1234' could not be parsed"));
    bugs.add(() -> new NullPointerException("Secret Name 1234"));
    bugs.add(() -> new ArrayIndexOutOfBoundsException("Secret Name 1234"));
    bugs.add(() -> new IllegalStateException("Secret Name 1234"));
    return bugs.stream().map(b -> Arguments.of(b.get().getClass().getSimpleName(), b));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parserBugs")
  void unexpectedException_isAParserFailure_loggedAtWarnWithoutTheInput(
      String name, Supplier<RuntimeException> bug) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(
              () ->
                  parse(
                      (c, in, sink) -> {
                        sink.beginStatement(StatementHeader.of(ACCOUNT));
                        sink.transaction(tx(3, "1", "1"));
                        throw bug.get();
                      }))
          .isInstanceOfSatisfying(
              StatementParseException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(ErrorCode.PARSER_FAILURE);
                assertThat(e.formatId()).isEqualTo("scripted");
                assertThat(e.position().line()).isEqualTo(3);
                assertThat(e.getMessage()).contains(name).doesNotContain("Secret");
                Throwable cause = java.util.Objects.requireNonNull(e.getCause());
                assertThat(cause.getMessage()).doesNotContain("Secret");
                assertThat(cause.getStackTrace()).isNotEmpty();
              });
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("WARN").contains("scripted").contains(name);
    assertThat(log).doesNotContain("Secret");
  }

  @Test
  void badInputException_passesThroughUnchanged() {
    StatementParseException thrown =
        StatementParseException.malformed("scripted", "bad row", SourcePosition.ofLine(7));
    assertThatThrownBy(
            () ->
                parse(
                    (c, in, sink) -> {
                      throw thrown;
                    }))
        .isSameAs(thrown);
  }

  @Test
  void ioException_isIoFailure() {
    assertThatThrownBy(
            () ->
                parse(
                    (c, in, sink) -> {
                      throw new IOException("disk");
                    }))
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IO_FAILURE));
  }

  @Test
  void invalidOptionText_isInvalidOption_notAParserFailure() {
    FormatOption<Boolean> flag = FormatOption.flag("scripted.flag");
    StatementAnalyzer analyzer =
        analyzer(
            (c, in, sink) -> {
              var unused = c.options().option(flag);
            });
    assertThatThrownBy(
            () ->
                analyzer.parse(
                    new byte[] {1},
                    ParseOptions.builder().formatOption("scripted.flag", "maybe").build()))
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION));
  }

  // --- options, cancellation, temp folder ---

  @Test
  void typedOption_roundTripsThroughItsTextForm() {
    FormatOption<Boolean> flag = FormatOption.flag("scripted.flag");
    ParseOptions o = ParseOptions.defaults().with(flag, true);
    assertThat(o.option(flag)).contains(true);
    assertThat(o.formatOptions()).containsEntry("scripted.flag", "true");
    ParseOptions restored =
        ParseOptions.builder()
            .formatOption(
                "scripted.flag",
                java.util.Objects.requireNonNull(o.formatOptions().get("scripted.flag")))
            .build();
    assertThat(restored.option(flag)).contains(true);
    assertThat(ParseOptions.defaults().option(flag)).isEmpty();
    assertThat(ParseOptions.defaults().formatOptions()).isEmpty();
    assertThatThrownBy(() -> FormatOption.text("nodot"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cancellation_stopsTheParseWithCancelled() {
    AtomicBoolean cancel = new AtomicBoolean();
    StatementAnalyzer analyzer =
        analyzer(
            (c, in, sink) -> {
              sink.beginStatement(StatementHeader.of(ACCOUNT));
              for (int i = 0; i < 10_000; i++) {
                if (i == 300) {
                  cancel.set(true);
                }
                sink.transaction(tx(1 + i % 28, "1", "1"));
              }
              sink.endStatement(StatementHeader.of(ACCOUNT));
            });
    assertThatThrownBy(
            () ->
                analyzer.parse(
                    new byte[] {1}, ParseOptions.builder().cancellation(cancel::get).build()))
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CANCELLED));
  }

  @Test
  void tempFiles_goToTheCallersFolder(@TempDir Path dir) throws IOException {
    AtomicReference<Path> created = new AtomicReference<>();
    ParseResult r =
        analyzer(
                (c, in, sink) -> {
                  Path p = c.createTempFile("bsa-test-", ".tmp");
                  created.set(p);
                  Files.delete(p);
                })
            .parse(new byte[] {1}, ParseOptions.builder().tempDirectory(dir).build());
    assertThat(r.statements()).isEmpty();
    assertThat(java.util.Objects.requireNonNull(created.get()).getParent()).isEqualTo(dir);
  }

  // --- verdict rule and warnings ---

  @Test
  void skippedRow_neverVerified_butUnverifiedWithReasonAndPosition() {
    ParseResult r =
        parse(
            (c, in, sink) -> {
              sink.beginStatement(StatementHeader.of(ACCOUNT));
              sink.transaction(tx(2, "-10", "90"));
              sink.rowSkipped(
                  ParseWarning.of("TEST_ROW_SKIPPED", "row skipped", SourcePosition.ofLine(9)));
              sink.transaction(tx(5, "20", "110"));
              sink.endStatement(
                  StatementHeader.builder()
                      .openingBalance(new BigDecimal("100"))
                      .closingBalance(new BigDecimal("110"))
                      .build());
            });
    BalanceCheck check = r.statements().get(0).balanceCheck();
    assertThat(check.status()).isEqualTo(BalanceCheck.Status.UNVERIFIED);
    assertThat(check.reason()).isEqualTo("ROWS_SKIPPED");
    assertThat(check.breakPosition().line()).isEqualTo(9);
    assertThat(r.statements().get(0).warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.code()).isEqualTo("TEST_ROW_SKIPPED"));
  }

  @Test
  void skippedRow_withBrokenArithmetic_staysDiscrepancy() {
    ParseResult r =
        parse(
            (c, in, sink) -> {
              sink.beginStatement(StatementHeader.of(ACCOUNT));
              sink.transaction(tx(2, "-10", "90"));
              sink.rowSkipped(
                  ParseWarning.of("TEST_ROW_SKIPPED", "skipped", SourcePosition.ofLine(3)));
              sink.transaction(tx(5, "20", "999"));
              sink.endStatement(
                  StatementHeader.builder().openingBalance(BigDecimal.valueOf(100)).build());
            });
    assertThat(r.statements().get(0).balanceCheck().status())
        .isEqualTo(BalanceCheck.Status.DISCREPANCY);
  }

  @Test
  void skippedRowOutsideAStatement_countsAgainstLaterStatements() {
    ParseResult r =
        parse(
            (c, in, sink) -> {
              sink.rowSkipped(
                  ParseWarning.of("TEST_ROW_SKIPPED", "skipped", SourcePosition.ofLine(1)));
              sink.beginStatement(StatementHeader.of(ACCOUNT));
              sink.transaction(tx(2, "-10", "90"));
              sink.endStatement(
                  StatementHeader.builder()
                      .openingBalance(new BigDecimal("100"))
                      .closingBalance(new BigDecimal("90"))
                      .build());
            });
    assertThat(r.statements().get(0).balanceCheck().reason()).isEqualTo("ROWS_SKIPPED");
    assertThat(r.warnings()).extracting(ParseWarning::code).containsExactly("TEST_ROW_SKIPPED");
  }

  @Test
  void manyWarningsOfOneCode_areOneSummary_withCountAndFirstPositions() {
    List<ParseWarning> streamed = new ArrayList<>();
    ParseResult r =
        analyzer(
                (c, in, sink) -> {
                  sink.beginStatement(StatementHeader.of(ACCOUNT));
                  for (int i = 1; i <= 100_000; i++) {
                    sink.rowSkipped(
                        ParseWarning.of("TEST_ROW_SKIPPED", "skipped", SourcePosition.ofLine(i)));
                    sink.warning(ParseWarning.of("TEST_DOC", "doc", SourcePosition.ofLine(i)));
                  }
                  sink.endStatement(StatementHeader.of(ACCOUNT));
                })
            .parse(
                new java.io.ByteArrayInputStream(new byte[] {1}),
                null,
                ParseOptions.defaults(),
                new ParseListener() {
                  @Override
                  public void onWarning(ParseWarning warning) {
                    streamed.add(warning);
                  }
                });
    ParseWarning rows = r.statements().get(0).warnings().get(0);
    assertThat(r.statements().get(0).warnings()).hasSize(1);
    assertThat(rows.count()).isEqualTo(100_000);
    assertThat(rows.positions()).hasSize(ParseWarning.MAX_POSITIONS);
    assertThat(rows.positions().get(9).line()).isEqualTo(10);
    assertThat(r.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.count()).isEqualTo(100_000));
    assertThat(streamed).hasSize(2 * ParseWarning.MAX_POSITIONS);
  }

  @Test
  void summary_roundTripsThroughJson() {
    ParseResult r =
        parse(
            (c, in, sink) -> {
              sink.beginStatement(StatementHeader.of(ACCOUNT));
              for (int i = 1; i <= 30; i++) {
                sink.rowSkipped(
                    ParseWarning.of("TEST_ROW_SKIPPED", "skipped", SourcePosition.ofLine(i)));
              }
              sink.endStatement(StatementHeader.of(ACCOUNT));
            });
    ParseResult back =
        io.github.bsa.core.report.ParseResultJson.fromJson(
            io.github.bsa.core.report.ParseResultJson.toJson(r));
    assertThat(back.statements().get(0).warnings()).isEqualTo(r.statements().get(0).warnings());
    assertThat(back.statements().get(0).balanceCheck())
        .isEqualTo(r.statements().get(0).balanceCheck());
  }
}
