package io.github.bsa.parsers.internal.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks for tests outside this package (the fuzz seeds, the forked hostile-input runs): a valid
 * statement and hostile packages whose parts are streamed, never held as one string. All names and
 * amounts are invented.
 */
public final class XlsxSamples {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** The rows of a small valid sheet: a header and one transaction. */
  public static final String ROWS =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Date</t></is></c><c r=\"B1\""
          + " t=\"inlineStr\"><is><t>Amount</t></is></c></row><row r=\"2\"><c r=\"A2\""
          + " t=\"inlineStr\"><is><t>2024-01-15</t></is></c><c r=\"B2\"><v>-1</v></c></row>";

  private XlsxSamples() {}

  /**
   * Returns a small valid statement workbook, byte for byte the same on every call.
   *
   * @return the workbook
   */
  public static byte[] statement() {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Statement")
        .row("Date", "Description", "Amount", "Balance")
        .row(new XlsxWriter.Date(LocalDate.of(2024, 3, 1)), "Salary", 2500, 3500)
        .row(new XlsxWriter.Date(LocalDate.of(2024, 3, 14)), "Rent", -1200, 2300)
        .row(new XlsxWriter.Date(LocalDate.of(2024, 3, 15)), "Grocer", -85.4, 2214.6);
    return w.build();
  }

  /**
   * Returns a workbook whose one sheet inflates to {@code megabytes} of whitespace.
   *
   * @param megabytes the inflated size of the sheet
   * @return the workbook, a few hundred kilobytes
   */
  public static byte[] zipBomb(int megabytes) {
    String spaces = " ".repeat(1 << 20);
    return workbook(
        sheet -> {
          sheet.write(ROWS);
          for (int i = 0; i < megabytes; i++) {
            sheet.write(spaces);
          }
        },
        sst -> {});
  }

  /**
   * Returns a workbook with {@code count} distinct shared strings.
   *
   * @param count the number of strings
   * @return the workbook
   */
  public static byte[] sharedStrings(int count) {
    return workbook(
        sheet -> sheet.write(ROWS),
        sst -> {
          for (int i = 0; i < count; i++) {
            sst.write("<si><t>" + Integer.toString(i * 7919, 36) + "</t></si>");
          }
        });
  }

  /**
   * Returns a minimal package whose sheet body and shared strings are written by the given writers.
   *
   * @param sheetBody writes the sheetData content
   * @param sharedStrings writes the sst content
   * @return the workbook
   */
  public static byte[] workbook(
      Consumer<StringSink> sheetBody, Consumer<StringSink> sharedStrings) {
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
        zip.putNextEntry(XlsxWriter.entry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(XlsxWriter.entry("xl/sharedStrings.xml"));
      StringSink sst = new StringSink(zip);
      sst.write("<sst xmlns=\"" + NS + "\">");
      sharedStrings.accept(sst);
      sst.write("</sst>");
      zip.closeEntry();
      zip.putNextEntry(XlsxWriter.entry("xl/worksheets/sheet1.xml"));
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
  public static final class StringSink {
    private final ZipOutputStream zip;

    StringSink(ZipOutputStream zip) {
      this.zip = zip;
    }

    /**
     * Writes text.
     *
     * @param s the text
     */
    public void write(String s) {
      try {
        zip.write(s.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
