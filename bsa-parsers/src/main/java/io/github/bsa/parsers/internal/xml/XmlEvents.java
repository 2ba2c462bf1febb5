package io.github.bsa.parsers.internal.xml;

import io.github.bsa.core.SourcePosition;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The events of a streaming, namespace-aware XML reader that bsa's element-path parsers need:
 * elements by local name, attributes by local name, text in chunks and the position after the last
 * event. Implemented by {@link XmlScanner} (bsa's own scanner) and by adapters over the hardened
 * StAX reader of {@link SafeXml}. Used from one thread.
 */
public interface XmlEvents {
  /** A start tag (or the start of an empty-element tag). */
  int START_ELEMENT = 1;

  /** An end tag (or the end of an empty-element tag). */
  int END_ELEMENT = 2;

  /** A chunk of character data (text, references or CDATA); a text may come in several chunks. */
  int TEXT = 4;

  /** The end of the document, after the root element and anything allowed after it. */
  int END_DOCUMENT = 8;

  /**
   * Reads the next event. Comments, processing instructions and the XML declaration are checked and
   * skipped.
   *
   * @return one of the event constants
   * @throws IOException if reading the input fails
   * @throws io.github.bsa.core.BsaException if the input is not well-formed or exceeds a limit
   */
  int next() throws IOException;

  /** Returns the local name of the current start element (without its prefix). */
  String localName();

  /** Returns the namespace URI of the current start element, {@code null} when it has none. */
  @Nullable String namespaceUri();

  /** Returns the number of attributes of the current start element (namespace declarations too). */
  int attributeCount();

  /**
   * Returns the value of the current start element's first attribute with this local name, in any
   * namespace (as StAX's {@code getAttributeValue(null, name)}).
   *
   * @param localName the attribute's name
   * @return the normalised value, {@code null} when absent
   */
  @Nullable String attribute(String localName);

  /** Returns the array holding the current text chunk (valid until the next event). */
  char[] textCharacters();

  /** Returns where the current text chunk starts in {@link #textCharacters()}. */
  int textStart();

  /** Returns the length of the current text chunk. */
  int textLength();

  /** Returns the line and column just after the last event read. */
  SourcePosition position();
}
