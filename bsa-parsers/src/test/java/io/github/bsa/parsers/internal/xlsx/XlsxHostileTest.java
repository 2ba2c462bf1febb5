package io.github.bsa.parsers.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile workbooks end in a typed error quickly, within the heap the tests run in. */
final class XlsxHostileTest {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** A minimal package whose sheet and shared strings are written by the given writers. */
  static byte[] workbook(Consumer<StringSink> sheetBody, Consumer<StringSink> sharedStrings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      Map<String, String> fixed = new LinkedHashMap<>();
      fixed.put("[Content_Types].xml", "<Types/>");
      fixed.put(
          "_rels/.rels",
          "<Relationships><Relationship Id=\"r1\" Type=\""
              + REL
              + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      fixed.put(
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + NS
              + "\" xmlns:r=\""
              + REL
              + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      fixed.put(
          "xl/_rels/workbook.xml.rels",
          "<Relationships><Relationship Id=\"rId1\" Type=\""
              + REL
              + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
              + REL
              + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
      for (Map.Entry<String, String> e : fixed.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      StringSink sst = new StringSink(zip);
      sst.write("<sst xmlns=\"" + NS + "\">");
      sharedStrings.accept(sst);
      sst.write("</sst>");
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      StringSink sheet = new StringSink(zip);
      sheet.write("<worksheet xmlns=\"" + NS + "\"><sheetData>");
      sheetBody.accept(sheet);
      sheet.write("</sheetData></worksheet>");
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes text into the open zip entry. */
  static final class StringSink {
    private final ZipOutputStream zip;

    StringSink(ZipOutputStream zip) {
      this.zip = zip;
    }

    void write(String s) {
      try {
        zip.write(s.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static BsaException error(byte[] workbook) {
    return catchThrowableOfType(BsaException.class, () -> XlsxParserTest.parse(workbook));
  }

  private static final String ROWS =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Date</t></is></c><c r=\"B1\""
          + " t=\"inlineStr\"><is><t>Amount</t></is></c></row><row r=\"2\"><c r=\"A2\""
          + " t=\"inlineStr\"><is><t>2024-01-15</t></is></c><c r=\"B2\"><v>-1</v></c></row>";

  @Test
  void zipBomb_refusedByCompressionRatio() {
    String spaces = " ".repeat(1 << 20);
    byte[] bomb =
        workbook(
            sheet -> {
              sheet.write(ROWS);
              for (int i = 0; i < 256; i++) {
                sheet.write(spaces); // 256 MB of whitespace, a few hundred KB compressed
              }
            },
            sst -> {});
    assertThat(bomb.length).isLessThan(2 << 20);
    BsaException e = error(bomb);
    assertThat(e).isInstanceOf(LimitExceededException.class);
    assertThat(e.getMessage()).contains("zipCompressionRatio");
  }

  @Test
  void hugeSharedStringTable_refusedByCount() {
    byte[] bytes =
        workbook(
            sheet -> sheet.write(ROWS),
            sst -> {
              for (int i = 0; i <= SharedStrings.MAX_STRINGS; i++) {
                sst.write("<si><t>" + Integer.toString(i * 7919, 36) + "</t></si>");
              }
            });
    BsaException e = error(bytes);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
  }

  @Test
  void hugeSharedStrings_refusedByCharacters() {
    String big = "x".repeat(1 << 20);
    byte[] bytes =
        workbook(
            sheet -> sheet.write(ROWS),
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
        workbook(
            sheet -> sheet.write(ROWS + "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>42</v></c></row>"),
            sst -> sst.write("<si><t>only</t></si>"));
    BsaException e = error(bytes);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.position().page()).isEqualTo(1);
    assertThat(e.position().line()).isEqualTo(3);
  }

  @Test
  void columnBeyondXfd_isMalformed() {
    byte[] bytes =
        workbook(
            sheet -> sheet.write(ROWS + "<row r=\"3\"><c r=\"XFE3\"><v>1</v></c></row>"),
            sst -> {});
    assertThat(error(bytes).errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void rowsOutOfOrder_areMalformed() {
    byte[] bytes =
        workbook(
            sheet -> sheet.write(ROWS + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"), sst -> {});
    assertThat(error(bytes).errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void externalEntity_isNeverResolved() {
    byte[] bytes =
        workbook(
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
        workbook(
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
