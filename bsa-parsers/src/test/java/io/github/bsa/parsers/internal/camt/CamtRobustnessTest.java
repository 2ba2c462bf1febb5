package io.github.bsa.parsers.internal.camt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.tck.ParserRobustnessKit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;

/** CAMT.052, .053 and .054 against the parser robustness kit. */
class CamtRobustnessTest {

  /** The kit for one CAMT message kind. */
  private abstract static class Kind extends ParserRobustnessKit {
    private final String kind;
    private final int version;

    Kind(String kind, int version) {
      this.kind = kind;
      this.version = version;
    }

    private String document(int extraEntries, String info) {
      StringBuilder entries = new StringBuilder();
      for (int i = 0; i < extraEntries; i++) {
        entries
            .append("<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>")
            .append("<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2024-03-10</Dt></BookgDt>")
            .append("<AcctSvcrRef>R")
            .append(i)
            .append("</AcctSvcrRef><AddtlNtryInf>")
            .append(info)
            .append("</AddtlNtryInf></Ntry>\n");
      }
      return CamtSamples.statement(kind, CamtSamples.namespace(kind, version), "")
          .replace("<AddtlStmtInf>", entries + "<AddtlStmtInf>");
    }

    @Override
    protected List<Sample> samples() {
      return List.of(
          Sample.of("statement", document(0, "")),
          Sample.of(
              "prefixed", CamtSamples.statement(kind, CamtSamples.namespace(kind, version), "c:")));
    }

    /**
     * A CAMT document cut short fails with a malformed or invalid error and a line, unless only
     * whitespace after the closing root element was cut.
     */
    @Override
    protected void checkTruncated(
        Sample sample, byte[] input, @Nullable ParseResult result, @Nullable BsaException error) {
      if (result != null) {
        assertThat(new String(input, StandardCharsets.UTF_8)).contains("Document>");
      } else if (error != null && input.length > 0) {
        assertThat(error.errorCode()).isIn(ErrorCode.MALFORMED_INPUT, ErrorCode.INVALID_DATA);
        assertThat(error.position().line()).as("line of %s", error).isGreaterThan(0);
      }
    }

    @Override
    protected byte[] largeInput() {
      return CamtSamples.bytes(document(300, "Shop"));
    }

    @Override
    protected byte[] longLineInput(int length) {
      return CamtSamples.bytes(document(1, "x".repeat(length)));
    }
  }

  /** camt.052. */
  @Nested
  final class Camt052 extends Kind {
    Camt052() {
      super("camt.052", 8);
    }

    @Override
    protected StatementParserProvider provider() {
      return new Camt052ParserProvider();
    }
  }

  /** camt.053. */
  @Nested
  final class Camt053 extends Kind {
    Camt053() {
      super("camt.053", 8);
    }

    @Override
    protected StatementParserProvider provider() {
      return new Camt053ParserProvider();
    }
  }

  /** camt.054. */
  @Nested
  final class Camt054 extends Kind {
    Camt054() {
      super("camt.054", 8);
    }

    @Override
    protected StatementParserProvider provider() {
      return new Camt054ParserProvider();
    }
  }
}
