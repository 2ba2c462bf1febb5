package io.github.bsa.parsers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
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
            StatementParseException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA));
  }

  private static ParseResult parse(byte[] data, String format) {
    return FuzzOracle.analyzer().parse(data, ParseOptions.builder().format(format).build());
  }
}
