package io.github.bsa.parsers.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * What each cell style's number format shows, from {@code styles.xml}: a date (so a serial number
 * is read as a date), or a fixed number of decimals (so {@code 3100} shown as {@code 3,100.00} is
 * read as {@code 3100.00}, as the bank's CSV export would write it). At most {@value #MAX_STYLES}
 * styles are considered. Immutable.
 */
final class Styles {
  /** Most cell styles considered (spreadsheet programs allow 64,000). */
  static final int MAX_STYLES = 1 << 16;

  static final Styles NONE = new Styles(new byte[0]);

  private static final byte PLAIN = -1;
  private static final byte DATE = -2;

  /** Per cell style: {@link #DATE}, {@link #PLAIN} or the fixed number of decimals (0-30). */
  private final byte[] kinds;

  private Styles(byte[] kinds) {
    this.kinds = kinds;
  }

  /** Returns whether cell style {@code index} shows a date. */
  boolean isDate(int index) {
    return index >= 0 && index < kinds.length && kinds[index] == DATE;
  }

  /** Returns the fixed decimals cell style {@code index} shows, or -1. */
  int decimals(int index) {
    return index >= 0 && index < kinds.length && kinds[index] >= 0 ? kinds[index] : -1;
  }

  static Styles read(ZipPackage zip, String part) throws IOException {
    Map<Integer, String> custom = new HashMap<>();
    byte[] kinds = new byte[64];
    int count = 0;
    try (InputStream in = zip.openOrNull(part)) {
      if (in == null) {
        return NONE;
      }
      XMLStreamReader r = Xml.reader(in, part);
      try {
        boolean inCellXfs = false;
        for (int e = r.getEventType(); e != XMLStreamConstants.END_DOCUMENT; ) {
          e = Xml.next(r, part);
          if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
            inCellXfs = false;
          }
          if (e != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String name = r.getLocalName();
          if (name.equals("numFmt") && custom.size() < MAX_STYLES) {
            Integer id = integer(Xml.attribute(r, "numFmtId"));
            String code = Xml.attribute(r, "formatCode");
            if (id != null && code != null && code.length() <= 1024) {
              custom.put(id, code);
            }
          } else if (name.equals("cellXfs")) {
            inCellXfs = true;
          } else if (inCellXfs && name.equals("xf") && count < MAX_STYLES) {
            Integer id = integer(Xml.attribute(r, "numFmtId"));
            if (count == kinds.length) {
              kinds = Arrays.copyOf(kinds, kinds.length * 2);
            }
            kinds[count++] = id == null ? PLAIN : kind(id, custom.get(id));
          }
        }
      } finally {
        Xml.close(r);
      }
    }
    return new Styles(Arrays.copyOf(kinds, count));
  }

  private static @Nullable Integer integer(@Nullable String s) {
    if (s == null || s.isEmpty() || s.length() > 9) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.valueOf(s);
  }

  private static byte kind(int id, @Nullable String code) {
    if (isDateFormat(id, code)) {
      return DATE;
    }
    return switch (id) {
      case 1, 3, 37, 38 -> 0;
      case 2, 4, 7, 8, 39, 40, 43, 44 -> 2;
      default -> code == null ? PLAIN : (byte) decimals(code);
    };
  }

  /**
   * Whether a number format shows a date: the built-in date formats (14-22, 27-36, 50-58; 45-47 are
   * durations), or a custom code with a day or year field outside quotes and brackets.
   */
  static boolean isDateFormat(int id, @Nullable String code) {
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
      return true;
    }
    if (code == null) {
      return false;
    }
    String section = firstSection(code.toLowerCase(Locale.ROOT));
    return section.indexOf('d') >= 0 || section.indexOf('y') >= 0;
  }

  /**
   * Returns the fixed decimals of a custom number code's first section ({@code #,##0.00} is 2), or
   * -1 when it has none fixed, shows a percentage or a scientific exponent.
   */
  static int decimals(String code) {
    String section = firstSection(code.toLowerCase(Locale.ROOT));
    if (section.indexOf('%') >= 0 || section.indexOf('e') >= 0 || section.indexOf('0') < 0) {
      return -1;
    }
    int dot = section.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int n = 0;
    while (dot + 1 + n < section.length() && section.charAt(dot + 1 + n) == '0' && n < 30) {
      n++;
    }
    return n;
  }

  /** The first section of a format code without quoted text, escapes and bracketed parts. */
  private static String firstSection(String code) {
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\\' || c == '_' || c == '*') {
          i++; // an escaped or padding character
        } else if (c == '[') {
          bracket++;
        } else if (c == ']') {
          bracket = Math.max(0, bracket - 1);
        } else if (c == ';') {
          break;
        } else if (bracket == 0) {
          b.append(c);
        }
      }
    }
    return b.toString();
  }
}
