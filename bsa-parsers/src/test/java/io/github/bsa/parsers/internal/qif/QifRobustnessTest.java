package io.github.bsa.parsers.internal.qif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.tck.ParserRobustnessKit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** QIF against the parser robustness kit. */
final class QifRobustnessTest extends ParserRobustnessKit {
  @Override
  protected StatementParserProvider provider() {
    return new QifParserProvider();
  }

  @Override
  protected List<Sample> samples() {
    return List.of(
        Sample.of("bank", QifParserTest.BANK),
        Sample.of("bank-crlf", QifParserTest.BANK.replace("\n", "\r\n")));
  }

  @Override
  protected byte[] largeInput() {
    StringBuilder b = new StringBuilder("!Type:Bank\n");
    for (int i = 0; i < 12_000; i++) {
      b.append("D12/31/2024\nT-1.00\nPShop ").append(i).append("\n^\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected byte[] longLineInput(int length) {
    return ("!Type:Bank\nD12/31/2024\nT-1.00\nM" + "x".repeat(length) + "\n^\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A record cut short is an error with a position; what parses holds only complete records. */
  @Override
  protected void checkTruncated(
      Sample sample, byte[] input, @Nullable ParseResult result, @Nullable BsaException error) {
    if (result != null) {
      for (Transaction t : result.statements().get(0).transactions()) {
        assertThat(t.bookingDate()).isPresent();
      }
      String text = new String(input, StandardCharsets.UTF_8);
      int complete = Math.max(0, count(text, "\n^") - 1); // the !Account block's '^'
      assertThat(result.transactionCount()).isEqualTo(complete);
    } else if (error instanceof StatementParseException e) {
      assertThat(e.position().isKnown()).as("position of %s", e).isTrue();
    } else if (error != null) {
      assertThat(error.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
    }
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
