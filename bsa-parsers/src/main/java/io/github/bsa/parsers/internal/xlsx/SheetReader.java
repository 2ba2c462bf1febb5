package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.spi.ParseContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams one worksheet's rows into delimited text, one line per sheet row (so line {@code n} of
 * the text is row {@code n} of the sheet, and the CSV engine's positions name sheet rows): empty
 * rows as empty lines, cells by their column letters, cached formula values rather than formulas.
 * Only the current row is held in memory. Not thread-safe; one instance per sheet.
 */
final class SheetReader {
  /** The widest sheet a spreadsheet allows (column XFD). */
  static final int MAX_COLUMNS = 16_384;

  /** The longest sheet a spreadsheet allows. */
  static final int MAX_ROWS = 1_048_576;

  private final Workbook workbook;
  private final ParseContext context;
  private final int page;
  private final String part;
  private final int maxText;
  private final long maxChars;
  private final List<String> cells = new ArrayList<>();
  private long written;
  private int rowsWithValues;
  private boolean rowHasValue;

  SheetReader(Workbook workbook, Workbook.Sheet sheet, ParseContext context) {
    this.workbook = workbook;
    this.context = context;
    this.page = sheet.number();
    this.part = sheet.part();
    this.maxText = Math.max(1024, context.limits().maxLineLength());
    this.maxChars = context.limits().maxBytes();
  }

  /**
   * Reads the sheet and writes its rows.
   *
   * @param in the sheet part
   * @param out where the delimited lines go
   * @return the number of rows that have at least one value
   */
  int copy(InputStream in, Writer out) throws IOException {
    XMLStreamReader r = Xml.reader(in, part);
    try {
      int lastRow = 0;
      for (int e = r.getEventType(); e != XMLStreamConstants.END_DOCUMENT; ) {
        e = Xml.next(r, part);
        if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
          int row = rowNumber(Xml.attribute(r, "r"), lastRow);
          for (int gap = lastRow + 1; gap < row; gap++) {
            line(out);
          }
          readRow(r, row);
          line(out);
          lastRow = row;
          if ((row & 1023) == 0) {
            context.checkDeadline(position(row, 0));
          }
        }
      }
    } finally {
      Xml.close(r);
    }
    return rowsWithValues;
  }

  private int rowNumber(@Nullable String attr, int lastRow) {
    if (attr == null) {
      return lastRow + 1;
    }
    int row = parsePositive(attr);
    if (row <= lastRow || row > MAX_ROWS) {
      throw malformed(
          row <= 0 || row > MAX_ROWS ? "a row number out of range" : "rows out of order",
          position(lastRow + 1, 0));
    }
    return row;
  }

  private void readRow(XMLStreamReader r, int row) {
    cells.clear();
    rowHasValue = false;
    int depth = 1;
    int nextColumn = 0;
    while (depth > 0) {
      int e = Xml.next(r, part);
      if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("c")) {
          String ref = Xml.attribute(r, "r");
          int column = ref == null ? nextColumn : column(ref, row);
          if (column >= MAX_COLUMNS) {
            throw malformed("a column beyond XFD", position(row, MAX_COLUMNS));
          }
          String value = readCell(r, row, column);
          while (cells.size() <= column) {
            cells.add("");
          }
          cells.set(column, value);
          nextColumn = column + 1;
        } else {
          depth++;
        }
      } else if (e == XMLStreamConstants.END_DOCUMENT) {
        throw malformed("a row that never ends", position(row, 0));
      }
    }
  }

  /** Reads a {@code c} element (positioned at its start) to its end and returns its text. */
  private String readCell(XMLStreamReader r, int row, int column) {
    String type = Xml.attribute(r, "t");
    String style = Xml.attribute(r, "s");
    String value = null;
    String inline = null;
    int depth = 1;
    while (depth > 0) {
      int e = Xml.next(r, part);
      if (e == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("v")) {
          value = Xml.text(r, part, maxText, position(row, column + 1));
        } else if (name.equals("is")) {
          inline = Xml.text(r, part, maxText, position(row, column + 1));
        } else {
          depth++; // a formula (f) or an extension: its text is not the value
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.END_DOCUMENT) {
        throw malformed("a cell that never ends", position(row, column + 1));
      }
    }
    String text = text(type, style, value, inline, row, column);
    if (!text.isEmpty() && !rowHasValue) {
      rowHasValue = true;
      rowsWithValues++;
    }
    return text;
  }

  private String text(
      @Nullable String type,
      @Nullable String style,
      @Nullable String value,
      @Nullable String inline,
      int row,
      int column) {
    if ("inlineStr".equals(type)) {
      return inline == null ? "" : inline;
    }
    if (value == null) {
      return "";
    }
    if (type == null || type.equals("n")) {
      int s = style == null ? -1 : parsePositiveOrZero(style);
      if (workbook.styles().isDate(s)) {
        String date = CellValues.serialDate(value, workbook.date1904());
        if (date != null) {
          return date;
        }
      }
      return CellValues.number(value, workbook.styles().decimals(s));
    }
    return switch (type) {
      case "s" -> shared(value, row, column);
      case "b" -> CellValues.bool(value);
      case "d" -> CellValues.isoDate(value);
      default -> value; // "str" (a formula's text result) and "e" (an error such as #N/A)
    };
  }

  private String shared(String value, int row, int column) {
    int index = parsePositiveOrZero(value.strip());
    if (index < 0 || index >= workbook.strings().size()) {
      throw malformed(
          "a reference to a shared string that does not exist", position(row, column + 1));
    }
    return workbook.strings().get(index);
  }

  /** Parses a cell reference such as {@code AB12} to its 0-based column. */
  private int column(String ref, int row) {
    int column = 0;
    int i = 0;
    while (i < ref.length() && i < 4) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        column = column * 26 + (c - 'a' + 1);
      } else {
        break;
      }
      i++;
    }
    if (i == 0 || (i < ref.length() && Character.isLetter(ref.charAt(i)))) {
      throw malformed("a cell reference that is not a column and row", position(row, 0));
    }
    return column - 1;
  }

  private void line(Writer out) throws IOException {
    int end = cells.size();
    while (end > 0 && cells.get(end - 1).isEmpty()) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      if (i > 0) {
        out.write(',');
        written++;
      }
      written += field(cells.get(i), out);
    }
    out.write('\n');
    written++;
    cells.clear();
    if (written > maxChars) {
      throw new LimitExceededException("maxBytes", maxChars, SourcePosition.ofPage(page));
    }
  }

  /** Writes one field, quoted when it must be; control characters become spaces. */
  private static int field(String value, Writer out) throws IOException {
    boolean quote = !value.isEmpty() && (value.charAt(0) == ' ' || value.endsWith(" "));
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c < ' ';
    }
    if (!quote) {
      out.write(value);
      return value.length();
    }
    int n = 2;
    out.write('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.write("\"\"");
        n += 2;
      } else {
        out.write(c < ' ' ? ' ' : c);
        n++;
      }
    }
    out.write('"');
    return n;
  }

  private SourcePosition position(int row, int column) {
    SourcePosition p =
        row > 0 ? SourcePosition.of(row, Math.max(column, 0)) : SourcePosition.UNKNOWN;
    return p.withPage(page);
  }

  private StatementParseException malformed(String what, SourcePosition position) {
    return StatementParseException.malformed(
        XlsxStatementParser.FORMAT, "Sheet " + page + " of the workbook has " + what, position);
  }

  private static int parsePositive(String s) {
    int v = parsePositiveOrZero(s);
    return v == 0 ? -1 : v;
  }

  /** Parses a small non-negative decimal, or returns -1. */
  private static int parsePositiveOrZero(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
