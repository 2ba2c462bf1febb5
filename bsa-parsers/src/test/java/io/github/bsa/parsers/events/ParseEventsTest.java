package io.github.bsa.parsers.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.parsers.BsaParsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Parse events: started, finished and failed, without personal data; a throwing listener. */
final class ParseEventsTest {
  private static final String QIF =
      """
      !Type:Bank
      D01/15/2026
      T-12.50
      PSecret Bakery
      MSecret memo
      ^
      D01/20/2026
      T1,000.00
      PSecret Employer
      ^
      """;

  @Test
  void aParse_emitsStartedAndFinished_withFormatCountsAndDuration_andNoPersonalData() {
    List<BsaEvent> events = new CopyOnWriteArrayList<>();
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(BsaParsers.all()).events(events::add).build();

    ParseResult result = analyzer.parse(QIF.getBytes(StandardCharsets.UTF_8));

    assertThat(result.transactionCount()).isEqualTo(2);
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isEqualTo(new BsaEvent.ParseStarted(null));
    BsaEvent.ParseFinished finished = (BsaEvent.ParseFinished) events.get(1);
    assertThat(finished.format()).isEqualTo("qif");
    assertThat(finished.statements()).isEqualTo(1);
    assertThat(finished.transactions()).isEqualTo(2);
    assertThat(finished.duration()).isPositive();
    assertThat(events.toString()).doesNotContain("Secret", "12.50", "1,000", "1000");
  }

  @Test
  void aFailedParse_emitsFailed_withTheErrorCode() {
    List<BsaEvent> events = new CopyOnWriteArrayList<>();
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(BsaParsers.all()).events(events::add).build();

    assertThatThrownBy(
            () ->
                analyzer.parse(
                    "<OFX><BANKMSGSRSV1><STMTRS><BANKTRANLIST><STMTTRN><TRNAMT>oops Secret"
                        .getBytes(StandardCharsets.UTF_8),
                    ParseOptions.builder().format("ofx").build()))
        .isInstanceOf(BsaException.class);

    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isEqualTo(new BsaEvent.ParseStarted("ofx"));
    BsaEvent.ParseFailed failed = (BsaEvent.ParseFailed) events.get(1);
    assertThat(failed.format()).isEqualTo("ofx");
    assertThat(failed.code()).isPresent();
    assertThat(events.toString()).doesNotContain("Secret");
  }

  @Test
  void aThrowingListener_neverBreaksParsing() {
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder()
            .parsers(BsaParsers.all())
            .events(
                e -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();

    assertThat(analyzer.parse(QIF.getBytes(StandardCharsets.UTF_8)).transactionCount())
        .isEqualTo(2);
    assertThatThrownBy(() -> analyzer.parse(new byte[] {1, 2, 3}))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT));
  }
}
