package io.github.bsa.parsers.internal.xlsx;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small Office Open XML workbooks for tests, the way spreadsheet programs and banks' export
 * code lay them out: shared or inline strings, numbers, dates as serial numbers with a built-in or
 * custom date style (or as text), formulas with cached values, hidden sheets, the 1904 date system.
 */
final class XlsxWriter {
  /** A date stored as a serial number, shown with the sheet's date style. */
  record Date(LocalDate value) {}

  /** A formula with its cached value. */
  record Formula(String formula, Object cached) {}

  /** A number stored exactly as given (for floating-point artefacts such as 1234.5600000000001). */
  record Raw(String stored) {}

  /**
   * Styles: 0 general, 1 built-in date 14 (m/d/yyyy), 2 custom dd.mm.yyyy, 3 number 4 (#,##0.00).
   */
  static final int BUILTIN_DATE = 1;

  static final int CUSTOM_DATE = 2;

  private final List<SheetData> sheets = new ArrayList<>();
  private final Map<String, Integer> shared = new LinkedHashMap<>();
  private boolean inlineStrings;
  private boolean date1904;
  private String workbookPath = "xl/workbook.xml";

  static final class SheetData {
    final String name;
    final List<List<Object>> rows = new ArrayList<>();
    boolean hidden;
    int dateStyle = BUILTIN_DATE;
    int firstRow = 1;

    SheetData(String name) {
      this.name = name;
    }

    @CanIgnoreReturnValue
    SheetData row(Object... cells) {
      rows.add(List.of(cells));
      return this;
    }

    @CanIgnoreReturnValue
    SheetData hidden() {
      hidden = true;
      return this;
    }

    @CanIgnoreReturnValue
    SheetData dateStyle(int style) {
      dateStyle = style;
      return this;
    }

    @CanIgnoreReturnValue
    SheetData startAt(int row) {
      firstRow = row;
      return this;
    }
  }

  @CanIgnoreReturnValue
  SheetData sheet(String name) {
    SheetData s = new SheetData(name);
    sheets.add(s);
    return s;
  }

  @CanIgnoreReturnValue
  XlsxWriter inlineStrings() {
    inlineStrings = true;
    return this;
  }

  @CanIgnoreReturnValue
  XlsxWriter date1904() {
    date1904 = true;
    return this;
  }

  /** Puts the workbook part somewhere other than xl/workbook.xml (found through _rels/.rels). */
  @CanIgnoreReturnValue
  XlsxWriter workbookPath(String path) {
    workbookPath = path;
    return this;
  }

  byte[] build() {
    Map<String, String> parts = new LinkedHashMap<>();
    List<String> sheetXml = new ArrayList<>();
    for (SheetData s : sheets) {
      sheetXml.add(sheetXml(s));
    }
    String dir = workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1);
    String wbName = workbookPath.substring(dir.length());
    String types =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
            + " Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    parts.put("[Content_Types].xml", types);
    parts.put(
        "_rels/.rels",
        rels(
            List.<String[]>of(
                new String[] {
                  "rId1",
                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                  workbookPath
                })));
    StringBuilder wb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    wb.append("<workbookPr").append(date1904 ? " date1904=\"1\"" : "").append("/><sheets>");
    List<String[]> wbRels = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      SheetData s = sheets.get(i);
      wb.append("<sheet name=\"")
          .append(escape(s.name))
          .append("\" sheetId=\"")
          .append(i + 1)
          .append("\"")
          .append(s.hidden ? " state=\"hidden\"" : "")
          .append(" r:id=\"rId")
          .append(i + 10)
          .append("\"/>");
      wbRels.add(
          new String[] {
            "rId" + (i + 10),
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
            "worksheets/sheet" + (i + 1) + ".xml"
          });
      parts.put(dir + "worksheets/sheet" + (i + 1) + ".xml", sheetXml.get(i));
    }
    wb.append("</sheets></workbook>");
    parts.put(workbookPath, wb.toString());
    wbRels.add(
        new String[] {
          "rId1",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
          "styles.xml"
        });
    parts.put(dir + "styles.xml", STYLES);
    if (!shared.isEmpty()) {
      wbRels.add(
          new String[] {
            "rId2",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
            "sharedStrings.xml"
          });
      StringBuilder sst =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst"
                  + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      int i = 0;
      for (String s : shared.keySet()) {
        // alternate plain and rich-text items, with a phonetic run that is not part of the text
        if (i++ % 2 == 0) {
          sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
        } else {
          int half = s.length() / 2;
          sst.append("<si>\n  <r><t>")
              .append(escape(s.substring(0, half)))
              .append("</t></r>\n  <r><rPr><b/></rPr><t xml:space=\"preserve\">")
              .append(escape(s.substring(half)))
              .append("</t></r>\n  <rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh>\n</si>");
        }
      }
      sst.append("</sst>");
      parts.put(dir + "sharedStrings.xml", sst.toString());
    }
    parts.put(dir + "_rels/" + wbName + ".rels", rels(wbRels));
    return zip(parts);
  }

  private static final String STYLES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet"
          + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts"
          + " count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy;@\"/></numFmts>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs count=\"4\"><xf"
          + " numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\""
          + " applyNumberFormat=\"1\"/><xf numFmtId=\"4\" applyNumberFormat=\"1\"/></cellXfs>"
          + "</styleSheet>";

  private String sheetXml(SheetData s) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    int r = s.firstRow;
    for (List<Object> row : s.rows) {
      if (!row.isEmpty()) {
        b.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          if (v == null || "".equals(v)) {
            continue;
          }
          b.append(cell(column(c) + r, v, s.dateStyle));
        }
        b.append("</row>");
      }
      r++;
    }
    return b.append("</sheetData></worksheet>").toString();
  }

  private String cell(String ref, Object v, int dateStyle) {
    if (v instanceof String s) {
      if (inlineStrings) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(s) + "</t></is></c>";
      }
      int index = shared.computeIfAbsent(s, k -> shared.size());
      return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }
    if (v instanceof Date d) {
      return "<c r=\"" + ref + "\" s=\"" + dateStyle + "\"><v>" + serial(d.value()) + "</v></c>";
    }
    if (v instanceof Formula f) {
      String cached = cell(ref, f.cached(), dateStyle);
      int close = cached.indexOf("<v>");
      return cached.substring(0, close)
          + "<f>"
          + escape(f.formula())
          + "</f>"
          + cached.substring(close);
    }
    if (v instanceof Raw raw) {
      return "<c r=\"" + ref + "\"><v>" + raw.stored() + "</v></c>";
    }
    if (v instanceof Boolean bool) {
      return "<c r=\"" + ref + "\" t=\"b\"><v>" + (bool ? 1 : 0) + "</v></c>";
    }
    if (v instanceof BigDecimal n) {
      return "<c r=\"" + ref + "\" s=\"3\"><v>" + n.toPlainString() + "</v></c>";
    }
    if (v instanceof Number n) {
      return "<c r=\"" + ref + "\"><v>" + n + "</v></c>";
    }
    throw new IllegalArgumentException("cell value " + v.getClass());
  }

  long serial(LocalDate date) {
    if (date1904) {
      return ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), date);
    }
    return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
  }

  static String column(int index) {
    StringBuilder b = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      b.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return b.toString();
  }

  private static String rels(List<String[]> rels) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (String[] r : rels) {
      b.append("<Relationship Id=\"")
          .append(r[0])
          .append("\" Type=\"")
          .append(r[1])
          .append("\" Target=\"")
          .append(r[2])
          .append("\"/>");
    }
    return b.append("</Relationships>").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Returns a zip entry with a fixed time, so that the same parts give the same bytes. */
  static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTime(FIXED_TIME);
    return e;
  }

  private static final long FIXED_TIME = 1_700_000_000_000L;

  /** Zips parts in order ([Content_Types].xml first, as spreadsheet programs do). */
  static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(entry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
