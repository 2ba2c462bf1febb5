package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.parsers.internal.xml.SafeXml;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * StAX reading of workbook parts: no DTDs, no external entities, bounded depth, and text read in
 * bounded chunks (a text node is never taken whole, so a gigabyte of text cannot exhaust the heap).
 * Element and attribute names are matched by local name, so transitional and strict Office Open XML
 * read alike.
 */
final class Xml {
  /** The deepest element nesting a workbook part may have. */
  static final int MAX_DEPTH = 200;

  private Xml() {}

  /** Returns a reader of a part; the part's stream is closed with the reader's owner. */
  static XMLStreamReader reader(InputStream in, String part) {
    try {
      return SafeXml.inputFactory(MAX_DEPTH).createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw malformed(part, e);
    }
  }

  /** Returns the next event, turning the parser's exception into a typed one. */
  static int next(XMLStreamReader r, String part) {
    try {
      return r.next();
    } catch (XMLStreamException e) {
      throw malformed(part, e);
    }
  }

  /**
   * Reads the text of the current element up to its end tag, at most {@code max} characters. For a
   * string item ({@code si}, {@code is}) only the text runs ({@code t}) count, phonetic runs
   * ({@code rPh}) and the whitespace between elements do not; for any other element all its text.
   */
  static String text(XMLStreamReader r, String part, int max, SourcePosition position) {
    String own = r.getLocalName();
    boolean runs = own.equals("si") || own.equals("is");
    StringBuilder b = new StringBuilder();
    int depth = 1;
    int phonetic = 0; // depth of an rPh element being skipped, or 0
    int textRun = 0; // depth of the t element being read, or 0
    while (depth > 0) {
      int event = next(r, part);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = r.getLocalName();
          if (phonetic == 0 && name.equals("rPh")) {
            phonetic = depth;
          } else if (phonetic == 0 && textRun == 0 && name.equals("t")) {
            textRun = depth;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == phonetic) {
            phonetic = 0;
          }
          if (depth == textRun) {
            textRun = 0;
          }
          depth--;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (runs ? textRun != 0 : phonetic == 0) {
            int len = r.getTextLength();
            if (b.length() + len > max) {
              throw new LimitExceededException("maxLineLength", max, position);
            }
            b.append(r.getTextCharacters(), r.getTextStart(), len);
          }
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw StatementParseException.malformed(
                XlsxStatementParser.FORMAT, "The workbook part " + part + " ends early", position);
        default -> {
          // comments and processing instructions carry no cell text
        }
      }
    }
    return b.toString();
  }

  /** Returns an attribute by local name, or {@code null}. */
  static @Nullable String attribute(XMLStreamReader r, String localName) {
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      if (localName.equals(r.getAttributeLocalName(i))) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  /** Returns a namespaced attribute (such as {@code r:id}) by local name, or {@code null}. */
  static @Nullable String qualifiedAttribute(XMLStreamReader r, String localName) {
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      String ns = r.getAttributeNamespace(i);
      if (localName.equals(r.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  static void close(XMLStreamReader r) {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // nothing is left to read; the zip stream is closed by its owner
    }
  }

  static StatementParseException malformed(String part, Exception cause) {
    return new StatementParseException(
        io.github.bsa.core.ErrorCode.MALFORMED_INPUT,
        XlsxStatementParser.FORMAT,
        "The workbook part " + part + " is not well-formed XML",
        SourcePosition.UNKNOWN,
        cause);
  }
}
