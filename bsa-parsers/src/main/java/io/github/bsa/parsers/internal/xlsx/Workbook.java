package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * What a workbook says about its sheets: where each visible sheet's part is, which cell styles are
 * dates, the 1904 date system, and the shared strings. Read once per parse from the package's
 * relationship parts, {@code workbook.xml}, {@code styles.xml} and {@code sharedStrings.xml}.
 *
 * @param sheets the visible worksheets in workbook order
 * @param styles what the cell styles' number formats show (dates, fixed decimals)
 * @param date1904 whether serial numbers count from 1904 rather than 1900
 * @param strings the shared strings
 */
record Workbook(List<Sheet> sheets, Styles styles, boolean date1904, SharedStrings strings) {
  /** Most sheets read; a statement workbook has a handful. */
  static final int MAX_SHEETS = 1_000;

  private static final String OFFICE_DOCUMENT = "/officeDocument";

  /**
   * One worksheet.
   *
   * @param number its 1-based number among the workbook's sheets (hidden ones counted), used as the
   *     page of positions
   * @param part the part name in the package
   */
  record Sheet(int number, String part) {}

  static Workbook read(ZipPackage zip, int maxText) throws IOException {
    String workbookPart = officeDocument(zip);
    String dir = directory(workbookPart);
    Map<String, Rel> rels = relationships(zip, relsOf(workbookPart), dir);
    List<Sheet> sheets = new ArrayList<>();
    boolean date1904 = false;
    try (InputStream in = zip.open(workbookPart)) {
      XMLStreamReader r = Xml.reader(in, workbookPart);
      try {
        int number = 0;
        for (int e = r.getEventType(); e != XMLStreamConstants.END_DOCUMENT; ) {
          e = Xml.next(r, workbookPart);
          if (e != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String name = r.getLocalName();
          if (name.equals("workbookPr")) {
            String v = Xml.attribute(r, "date1904");
            date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
          } else if (name.equals("sheet")) {
            number++;
            if (number > MAX_SHEETS) {
              throw new LimitExceededException("sheets", MAX_SHEETS, SourcePosition.UNKNOWN);
            }
            String state = Xml.attribute(r, "state");
            String id = Xml.qualifiedAttribute(r, "id");
            Rel rel = id == null ? null : rels.get(id);
            boolean visible = state == null || state.equals("visible");
            if (visible && rel != null && rel.type.endsWith("/worksheet")) {
              sheets.add(new Sheet(number, rel.target));
            }
          }
        }
      } finally {
        Xml.close(r);
      }
    }
    Styles styles = Styles.NONE;
    SharedStrings strings = SharedStrings.EMPTY;
    for (Rel rel : rels.values()) {
      if (rel.type.endsWith("/styles")) {
        styles = Styles.read(zip, rel.target);
      } else if (rel.type.endsWith("/sharedStrings")) {
        try (InputStream in = zip.openOrNull(rel.target)) {
          if (in != null) {
            strings = SharedStrings.read(in, rel.target, maxText);
          }
        }
      }
    }
    return new Workbook(List.copyOf(sheets), styles, date1904, strings);
  }

  private record Rel(String type, String target) {}

  private static String officeDocument(ZipPackage zip) throws IOException {
    Map<String, Rel> root = relationships(zip, "_rels/.rels", "");
    for (Rel rel : root.values()) {
      if (rel.type.endsWith(OFFICE_DOCUMENT) && zip.has(rel.target)) {
        return rel.target;
      }
    }
    if (zip.has("xl/workbook.xml")) {
      return "xl/workbook.xml";
    }
    throw StatementParseException.malformed(
        XlsxStatementParser.FORMAT,
        "The package has no workbook part (not a spreadsheet)",
        SourcePosition.UNKNOWN);
  }

  private static String directory(String part) {
    int slash = part.lastIndexOf('/');
    return slash < 0 ? "" : part.substring(0, slash + 1);
  }

  private static String relsOf(String part) {
    String dir = directory(part);
    return dir + "_rels/" + part.substring(dir.length()) + ".rels";
  }

  private static Map<String, Rel> relationships(ZipPackage zip, String part, String baseDir)
      throws IOException {
    Map<String, Rel> rels = new HashMap<>();
    try (InputStream in = zip.openOrNull(part)) {
      if (in == null) {
        return rels;
      }
      XMLStreamReader r = Xml.reader(in, part);
      try {
        for (int e = r.getEventType(); e != XMLStreamConstants.END_DOCUMENT; ) {
          e = Xml.next(r, part);
          if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
            String id = Xml.attribute(r, "Id");
            String type = Xml.attribute(r, "Type");
            String target = Xml.attribute(r, "Target");
            String mode = Xml.attribute(r, "TargetMode");
            if (id != null && type != null && target != null && !"External".equals(mode)) {
              if (rels.size() >= MAX_SHEETS * 4) {
                throw new LimitExceededException(
                    "relationships", MAX_SHEETS * 4L, SourcePosition.UNKNOWN);
              }
              rels.put(id, new Rel(type, resolve(baseDir, target)));
            }
          }
        }
      } finally {
        Xml.close(r);
      }
    }
    return rels;
  }

  /** Resolves a relationship target against the source part's folder ({@code ..} allowed). */
  static String resolve(String baseDir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : baseDir + target;
    List<String> out = new ArrayList<>();
    for (String seg : path.split("/", -1)) {
      if (seg.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else if (!seg.isEmpty() && !seg.equals(".")) {
        out.add(seg);
      }
    }
    return String.join("/", out);
  }
}
