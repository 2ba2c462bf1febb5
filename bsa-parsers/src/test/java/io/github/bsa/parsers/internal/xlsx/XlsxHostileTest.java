package io.github.bsa.parsers.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile workbooks end in a typed error quickly, within the heap the tests run in. */
final class XlsxHostileTest {
  private static BsaException error(byte[] workbook) {
    return catchThrowableOfType(BsaException.class, () -> XlsxParserTest.parse(workbook));
  }

  @Test
  void zipBomb_refusedByCompressionRatio() {
    byte[] bomb = XlsxSamples.zipBomb(256); // 256 MB of whitespace
    assertThat(bomb.length).isLessThan(2 << 20);
    BsaException e = error(bomb);
    assertThat(e).isInstanceOf(LimitExceededException.class);
    assertThat(e.getMessage()).contains("zipCompressionRatio");
  }

  @Test
  void hugeSharedStringTable_refusedByCount() {
    byte[] bytes = XlsxSamples.sharedStrings(SharedStrings.MAX_STRINGS + 1);
    BsaException e = error(bytes);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
  }

  @Test
  void hugeSharedStrings_refusedByCharacters() {
    String big = "x".repeat(1 << 20);
    byte[] bytes =
        XlsxSamples.workbook(
            sheet -> sheet.write(XlsxSamples.ROWS),
            sst -> {
              for (int i = 0; i < 20; i++) {
                sst.write("<si><t>" + big + i + "</t></si>");
              }
            });
    BsaException e = error(bytes);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
  }

  @Test
  void missingSharedString_isMalformedWithPosition() {
    byte[] bytes =
        XlsxSamples.workbook(
            sheet ->
                sheet.write(
                    XlsxSamples.ROWS + "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>42</v></c></row>"),
            sst -> sst.write("<si><t>only</t></si>"));
    BsaException e = error(bytes);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.position().page()).isEqualTo(1);
    assertThat(e.position().line()).isEqualTo(3);
  }

  @Test
  void columnBeyondXfd_isMalformed() {
    byte[] bytes =
        XlsxSamples.workbook(
            sheet ->
                sheet.write(XlsxSamples.ROWS + "<row r=\"3\"><c r=\"XFE3\"><v>1</v></c></row>"),
            sst -> {});
    assertThat(error(bytes).errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void rowsOutOfOrder_areMalformed() {
    byte[] bytes =
        XlsxSamples.workbook(
            sheet -> sheet.write(XlsxSamples.ROWS + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"),
            sst -> {});
    assertThat(error(bytes).errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void externalEntity_isNeverResolved() {
    byte[] bytes =
        XlsxSamples.workbook(
            sheet -> {},
            sst ->
                sst.write(
                    "</sst><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst><si><t>&x;</t></si>"));
    BsaException e = error(bytes);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(String.valueOf(e.getMessage())).doesNotContain("root:");
  }

  @Test
  void notAZip_isMalformed() {
    byte[] bytes =
        "PK\u0003\u0004 not really a zip file at all".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(error(bytes).errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void hugeTextNode_endsAtTheLineLimit() {
    String chunk = "y".repeat(1 << 20);
    byte[] bytes =
        XlsxSamples.workbook(
            sheet -> {
              sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
              for (int i = 0; i < 64; i++) {
                sheet.write(chunk);
              }
              sheet.write("</t></is></c></row>");
            },
            sst -> {});
    BsaException e = error(bytes);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
  }
}
