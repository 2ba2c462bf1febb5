package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.StatementKind;
import io.github.bsa.core.model.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MT942 interim reports in the styles of several banks (hand-written files under {@code
 * src/test/resources/.../mt940/mt942}): a SWIFT envelope with German structured {@code :86:}, a
 * Dutch export with {@code @@} separators, an old-style report with {@code :13:} and no totals, and
 * two Polish reports in one file.
 */
final class Mt942ParserTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder()
          .parsers(List.of(new Mt940ParserProvider(), new Mt942ParserProvider()))
          .build();

  private static byte[] resource(String name) {
    try (InputStream in = Mt942ParserTest.class.getResourceAsStream("mt942/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ParseResult parse(byte[] bytes) {
    return ANALYZER.parse(bytes, ParseOptions.defaults());
  }

  private static ParseResult parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "german-envelope.sta",
        "dutch-at-separators.sta",
        "dutch-no-totals.sta",
        "polish-two-reports.sta"
      })
  void bankStyles_areInterimReportsWithPendingEntries(String file) {
    byte[] bytes = resource(file);
    assertThat(ANALYZER.detect(bytes).formatId()).as("detected").isEqualTo("mt942");
    ParseResult r = parse(bytes);
    assertThat(r.format()).isEqualTo("mt942");
    assertThat(r.statements()).isNotEmpty();
    for (Statement s : r.statements()) {
      assertThat(s.kind()).isEqualTo(StatementKind.INTERIM);
      assertThat(s.closingBalance()).isEmpty();
      assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.UNVERIFIED);
      assertThat(s.warnings())
          .extracting(ParseWarning::code)
          .doesNotContain("mt942.summaryMismatch");
      assertThat(s.transactions()).allMatch(Transaction::isPending);
    }
  }

  @Test
  void germanEnvelope_readsFloorLimitsDateTimeTotalsAndStructuredText() {
    Statement s = parse(resource("german-envelope.sta")).statements().get(0);
    assertThat(s.id()).contains("IR240119121500");
    assertThat(s.account().iban()).isPresent();
    assertThat(s.attributes())
        .containsEntry("mt942.floorLimitDebit", "0")
        .containsEntry("mt942.floorLimitCredit", "0")
        .containsEntry("mt942.dateTime", "2024-01-19T12:15+01:00")
        .containsEntry("mt942.debitCount", "2")
        .containsEntry("mt942.debitSum", "62.09")
        .containsEntry("mt942.creditCount", "1")
        .containsEntry("mt942.creditSum", "1500.00");
    List<Transaction> ts = s.transactions();
    assertThat(ts).hasSize(3);
    assertThat(ts.get(0).amount()).isEqualByComparingTo("-42.10");
    assertThat(ts.get(0).endToEndId()).contains("E2E-4711");
    assertThat(ts.get(1).counterparty()).contains("ACME Example AG");
  }

  @Test
  void dutchAtSeparators_readAsLineBreaks() {
    Statement s = parse(resource("dutch-at-separators.sta")).statements().get(0);
    assertThat(s.account().iban()).isPresent();
    assertThat(s.transactions()).hasSize(2);
    assertThat(s.transactions().get(0).counterparty()).contains("Example Customer BV");
    assertThat(s.transactions().get(1).amount()).isEqualByComparingTo("-12.50");
    assertThat(s.attributes()).containsEntry("mt942.dateTime", "2024-01-19T10:30+01:00");
  }

  @Test
  void oldStyleWithoutTotals_keepsTheDateTimeAsWritten() {
    Statement s = parse(resource("dutch-no-totals.sta")).statements().get(0);
    assertThat(s.attributes()).containsEntry("mt942.dateTime", "2401191400");
    assertThat(s.transactions()).hasSize(2);
    assertThat(s.warnings())
        .extracting(ParseWarning::code)
        .doesNotContain("mt942.noClosingBalance");
  }

  @Test
  void twoReports_theSecondWithoutEntries() {
    List<Statement> ss = parse(resource("polish-two-reports.sta")).statements();
    assertThat(ss).hasSize(2);
    assertThat(ss.get(0).transactions()).hasSize(1);
    assertThat(ss.get(0).currency().map(c -> c.getCurrencyCode())).contains("PLN");
    assertThat(ss.get(1).transactions()).isEmpty();
    assertThat(ss.get(1).attributes()).containsEntry("mt942.creditCount", "0");
  }

  @Test
  void totalsThatDisagree_warnAtTheTotalsLineWithCounts() {
    String text =
        ":20:I\n:25:1\n:34F:EURD0,00\n:61:2401190119DN2,00NTRF\n:90D:2EUR2,00\n:90C:0EUR1,00\n-\n";
    Statement s = parse(text).statements().get(0);
    // warnings of one code are summarised: the first message, a count and the positions
    List<ParseWarning> mismatches =
        s.warnings().stream().filter(w -> w.code().equals("mt942.summaryMismatch")).toList();
    assertThat(mismatches).hasSize(1);
    ParseWarning w = mismatches.get(0);
    assertThat(w.count()).isEqualTo(2L);
    assertThat(w.positions()).extracting(p -> p.line()).containsExactly(5L, 6L);
    assertThat(w.message()).contains("declares 2 debit entries, the report holds 1");
  }

  @Test
  void creditTotalThatDisagrees_namesNoAmount() {
    String text = ":20:I\n:25:1\n:34F:EURD0,00\n:61:2401190119CN2,00NTRF\n:90C:1EUR1,00\n-\n";
    ParseWarning w = parse(text).statements().get(0).warnings().get(0);
    assertThat(w.code()).isEqualTo("mt942.summaryMismatch");
    assertThat(w.position().line()).isEqualTo(5);
    assertThat(w.message())
        .contains("sum of credit entries")
        .doesNotContain("1.00")
        .doesNotContain("2.00");
  }

  @Test
  void interimReport_withoutEndMarkerAfterAnEarlierReport_isReadWhenItsTotalsEndIt() {
    String one = ":20:A\n:25:1\n:34F:EUR0,\n:61:2401190119DN2,00NTRF\n:90D:1EUR2,00\n:90C:0EUR0,\n";
    ParseResult r = parse(one + "-\n" + one.replace(":20:A", ":20:B"));
    assertThat(r.statements()).hasSize(2);
    assertThat(r.statements()).allMatch(s -> s.kind() == StatementKind.INTERIM);
  }

  @Test
  void interimReport_cutMidLine_failsTypedWithPosition() {
    String text = ":20:A\n:25:1\n:34F:EUR0,\n:61:2401190119DN2,00NTRF\n:86:Some te";
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
              assertThat(e.position().line()).isEqualTo(5);
              assertThat(e.getMessage()).contains("MT942").contains("truncated");
            });
  }

  @Test
  void interimReport_cutAfterAnEarlierReportWithoutTotals_failsTyped() {
    String one = ":20:A\n:25:1\n:34F:EUR0,\n:61:2401190119DN2,00NTRF\n";
    assertThatThrownBy(() -> parse(one + "-\n" + one))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
              assertThat(e.position().isKnown()).isTrue();
            });
  }

  @Test
  void badTotals_failTypedAtTheirLine() {
    String text = ":20:A\n:25:1\n:34F:EUR0,\n:90D:xEUR\n-\n";
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
              assertThat(e.position().line()).isEqualTo(4);
            });
  }

  @Test
  void finalStatements_areFinalAndNotPending() {
    String text =
        """
        :20:X
        :25:12345678/0001
        :60F:C240105EUR50,00
        :61:2401050105D12,34NTRFNONREF
        :86:Shop
        :62F:C240105EUR37,66
        -
        """;
    Statement s = parse(text).statements().get(0);
    assertThat(s.kind()).isEqualTo(StatementKind.FINAL);
    assertThat(s.transactions()).noneMatch(Transaction::isPending);
    assertThat(s.closingBalance()).contains(new BigDecimal("37.66"));
  }
}
