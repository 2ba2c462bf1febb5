package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.tck.ParserRobustnessKit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;

/** MT940 and MT942 against the parser robustness kit. */
class Mt940RobustnessTest {

  private static String mt940(int count, String info) {
    StringBuilder b =
        new StringBuilder(":20:A\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C240105EUR")
            .append(count)
            .append(",00\n");
    for (int i = 0; i < count; i++) {
      b.append(":61:2401050105D1,00NTRFNONREF//B").append(i).append('\n');
      b.append(":86:").append(info).append('\n');
    }
    return b.append(":62F:C240105EUR0,00\n-\n").toString();
  }

  private static String mt942(int count, String info) {
    StringBuilder b =
        new StringBuilder(":20:I\n:25:DE89370400440532013000\n:28C:1/1\n:34F:EURD0,00\n")
            .append(":13D:2401191815+0100\n");
    for (int i = 0; i < count; i++) {
      b.append(":61:2401190119DN1,00NTRFNONREF//B").append(i).append('\n');
      b.append(":86:").append(info).append('\n');
    }
    return b.append(":90D:")
        .append(count)
        .append("EUR")
        .append(count)
        .append(",00\n-\n")
        .toString();
  }

  /** MT940, plain and in SWIFT envelopes. */
  @Nested
  final class Mt940 extends ParserRobustnessKit {
    @Override
    protected StatementParserProvider provider() {
      return new Mt940ParserProvider();
    }

    @Override
    protected List<Sample> samples() {
      return List.of(
          Sample.of("envelope", Mt940ParserTest.ENVELOPE),
          Sample.of("plain-crlf", mt940(3, "Shop").replace("\n", "\r\n")));
    }

    @Override
    protected byte[] largeInput() {
      return mt940(12_000, "Shop").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected byte[] longLineInput(int length) {
      return mt940(1, "x".repeat(length)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Cut inside an envelope's message, the error names its position. */
    @Override
    protected void checkTruncated(
        Sample sample, byte[] input, @Nullable ParseResult result, @Nullable BsaException error) {
      if (error != null && input.length > 0) {
        assertThat(error.position().isKnown()).as("position of %s", error).isTrue();
      }
    }
  }

  /** MT942 interim reports. */
  @Nested
  final class Mt942 extends ParserRobustnessKit {
    @Override
    protected StatementParserProvider provider() {
      return new Mt942ParserProvider();
    }

    @Override
    protected List<Sample> samples() {
      return List.of(
          Sample.of("intraday", Mt940ParserTest.MT942), Sample.of("generated", mt942(3, "Shop")));
    }

    @Override
    protected byte[] largeInput() {
      return mt942(12_000, "Shop").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected byte[] longLineInput(int length) {
      return mt942(1, "x".repeat(length)).getBytes(StandardCharsets.US_ASCII);
    }
  }
}
