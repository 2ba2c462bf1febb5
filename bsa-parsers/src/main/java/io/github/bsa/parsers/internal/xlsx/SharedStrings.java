package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared-string table, bounded: at most {@value #MAX_STRINGS} strings and {@value
 * #MAX_CHARS} characters in all, each string at most the parse's line-length limit. A statement of
 * 100,000 rows needs a few hundred thousand strings; a table past the bounds is a hostile file and
 * ends in a {@link LimitExceededException} long before the heap is at risk. Immutable.
 */
final class SharedStrings {
  /** Most shared strings kept. */
  static final int MAX_STRINGS = 1_000_000;

  /** Most characters of all shared strings together. */
  static final long MAX_CHARS = 16L << 20;

  static final SharedStrings EMPTY = new SharedStrings(List.of());

  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  static SharedStrings read(InputStream in, String part, int maxText) {
    List<String> strings = new ArrayList<>();
    long chars = 0;
    XMLStreamReader r = Xml.reader(in, part);
    try {
      for (int e = r.getEventType(); e != XMLStreamConstants.END_DOCUMENT; ) {
        e = Xml.next(r, part);
        if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
          if (strings.size() >= MAX_STRINGS) {
            throw new LimitExceededException("sharedStrings", MAX_STRINGS, SourcePosition.UNKNOWN);
          }
          String s = Xml.text(r, part, maxText, SourcePosition.ofRecord(strings.size() + 1L));
          chars += s.length();
          if (chars > MAX_CHARS) {
            throw new LimitExceededException(
                "sharedStringChars", MAX_CHARS, SourcePosition.ofRecord(strings.size() + 1L));
          }
          strings.add(s);
        }
      }
    } finally {
      Xml.close(r);
    }
    return new SharedStrings(strings);
  }

  /** Returns the number of strings. */
  int size() {
    return strings.size();
  }

  /** Returns a string by its 0-based index; the caller checks the bounds. */
  String get(int index) {
    return strings.get(index);
  }
}
