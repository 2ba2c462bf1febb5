package io.github.bsa.parsers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** In-process regression tests for the parser fixes that the hostile inputs of issue #17 forced. */
final class HostileRegressionTest {

  @Test
  void ofx_nested100kDeep_isMalformed() {
    String ofx =
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>" + "<STMTTRNRS>".repeat(100_000);
    assertThatThrownBy(() -> parse(ofx.getBytes(StandardCharsets.US_ASCII), "ofx"))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
              assertThat(e.getMessage()).contains("nested deeper");
            });
  }

  @Test
  void ofx_manyUnclosedTransactions_stillParse() {
    // SGML writers that never close STMTTRN must not run into the nesting bound
    StringBuilder ofx =
        new StringBuilder(
            "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS>"
                + "<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>2<ACCTTYPE>CHECKING"
                + "</BANKACCTFROM><BANKTRANLIST><DTSTART>20260301<DTEND>20260331\n");
    for (int i = 0; i < 3_000; i++) {
      ofx.append("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260302<TRNAMT>-1.00<FITID>")
          .append(i)
          .append("<NAME>Shop\n");
    }
    ofx.append("</BANKTRANLIST><LEDGERBAL><BALAMT>0<DTASOF>20260331</LEDGERBAL>")
        .append("</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
    ParseResult result = parse(ofx.toString().getBytes(StandardCharsets.US_ASCII), "ofx");
    assertThat(result.transactionCount()).isEqualTo(3_000);
  }

  @Test
  void pdf_cidFontWidthRangeOfTwoBillion_isMalformedWithoutExhaustingTheHeap() {
    assertThatThrownBy(() -> parse(HostileInputs.absurdFonts(), "pdf"))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
              assertThat(e.getMessage()).contains("glyph widths");
            });
  }

  @Test
  void pdfProfile_megabytesLong_isInvalidBeforeParsingIt() throws IOException {
    String profile = "{\"columns\":{\"" + "x".repeat(1 << 20) + "\":\"amount\"}}";
    ParseOptions options =
        ParseOptions.builder().format("pdf").formatOption("pdf.profile", profile).build();
    byte[] pdf = FuzzSeeds.statementPdf();
    assertThatThrownBy(() -> FuzzOracle.analyzer().parse(pdf, options))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
              assertThat(e.getMessage()).contains("longer than 65536 characters");
            });
  }

  /** Found by fuzzing (the PDF target): /Count 1 without /Kids made PDFBox throw on getPage. */
  @Test
  void pdf_pageTreeWithoutKids_isMalformed() throws IOException {
    byte[] pdf;
    try (java.io.InputStream in =
        HostileRegressionTest.class.getResourceAsStream(
            "ParserFuzzTestInputs/pdf/issue-17-page-tree-without-kids.pdf")) {
      pdf = java.util.Objects.requireNonNull(in).readAllBytes();
    }
    ParseOptions options = ParseOptions.builder().format("pdf").build();
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder()
            .parsers(io.github.bsa.parsers.BsaParsers.all())
            .limits(
                FuzzOracle.LIMITS.toBuilder().maxDuration(java.time.Duration.ofMinutes(1)).build())
            .build();
    assertThatThrownBy(() -> analyzer.parse(pdf, options))
        .isInstanceOfSatisfying(
            io.github.bsa.core.BsaException.class, FuzzOracle::requireDeliberate)
        .hasMessageContaining("page tree");
  }

  private static ParseResult parse(byte[] data, String format) {
    return FuzzOracle.analyzer().parse(data, ParseOptions.builder().format(format).build());
  }
}
