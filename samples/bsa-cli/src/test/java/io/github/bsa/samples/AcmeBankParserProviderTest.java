package io.github.bsa.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/extending.md exactly as the page shows it. */
final class AcmeBankParserProviderTest {
  private static final String EXPORT =
      """
      ACME-EXPORT v1
      ACCOUNT|NL91ABNA0417164300|EUR
      OPENING|1000.00
      2026-01-05|-25.00|Groceries
      2026-01-06|1500.00|Salary January
      CLOSING|2475.00
      """;

  @Test
  void acme_addedToTheAnalyzer_isDetectedAndVerified() {
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().addParser(new AcmeBankParserProvider()).build();
    ParseResult result = analyzer.parse(EXPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(result.format()).isEqualTo("acme");
    assertThat(result.statements()).hasSize(1);
    assertThat(result.statements().get(0).transactions()).hasSize(2);
    assertThat(result.statements().get(0).balanceCheck().status())
        .isEqualTo(BalanceCheck.Status.VERIFIED);
  }

  @Test
  void acme_badRow_namesTheLine() {
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().addParser(new AcmeBankParserProvider()).build();
    byte[] bad = "ACME-EXPORT v1\n2026-13-45|x|y\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> analyzer.parse(bad))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
              assertThat(e.position().line()).isEqualTo(2);
            });
  }
}
