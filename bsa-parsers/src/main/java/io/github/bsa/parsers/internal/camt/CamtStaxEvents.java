package io.github.bsa.parsers.internal.camt;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.parsers.internal.xml.XmlEvents;
import java.io.IOException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The hardened StAX reader ({@link io.github.bsa.parsers.internal.xml.SafeXml}) as {@link
 * XmlEvents}: the path for the encodings bsa's own scanner leaves to the JDK (UTF-16, other
 * declared encodings, XML 1.1). Refuses DTDs and entity references as the CAMT parser always did.
 * Used from one thread.
 */
final class CamtStaxEvents implements XmlEvents {
  private final XMLStreamReader r;
  private final String formatId;

  CamtStaxEvents(XMLStreamReader r, String formatId) {
    this.r = r;
    this.formatId = formatId;
  }

  @Override
  public int next() throws IOException {
    while (true) {
      int event;
      try {
        event = r.next();
      } catch (XMLStreamException e) {
        throw xmlError(e, r, formatId);
      }
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          return START_ELEMENT;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          return TEXT;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return END_ELEMENT;
        }
        case XMLStreamConstants.DTD ->
            throw StatementParseException.malformed(
                formatId,
                "CAMT document has a document type declaration (DTD), not allowed",
                position());
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw StatementParseException.malformed(
                formatId, "CAMT document references an entity, which is not allowed", position());
        case XMLStreamConstants.END_DOCUMENT -> {
          return END_DOCUMENT;
        }
        default -> {
          // comments, processing instructions
        }
      }
    }
  }

  /** The refusal for a StAX error: a nested bsa or I/O exception as it is, else malformed input. */
  static BsaException xmlError(XMLStreamException e, @Nullable XMLStreamReader r, String formatId)
      throws IOException {
    Throwable nested = e.getNestedException();
    if (nested == null) {
      nested = e.getCause();
    }
    if (nested instanceof BsaException b) {
      throw b;
    }
    if (nested instanceof IOException io) {
      throw io;
    }
    Location loc = e.getLocation();
    if (loc == null && r != null) {
      loc = r.getLocation();
    }
    return new StatementParseException(
        ErrorCode.MALFORMED_INPUT,
        formatId,
        "CAMT input is not well-formed XML (truncated or corrupt)",
        position(loc),
        null);
  }

  static SourcePosition position(@Nullable Location loc) {
    if (loc == null) {
      return SourcePosition.UNKNOWN;
    }
    return SourcePosition.of(Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber()));
  }

  @Override
  public String localName() {
    return r.getLocalName();
  }

  @Override
  public @Nullable String namespaceUri() {
    return r.getNamespaceURI();
  }

  @Override
  public int attributeCount() {
    return r.getAttributeCount();
  }

  @Override
  public @Nullable String attribute(String localName) {
    return r.getAttributeValue(null, localName);
  }

  @Override
  public char[] textCharacters() {
    return r.getTextCharacters();
  }

  @Override
  public int textStart() {
    return r.getTextStart();
  }

  @Override
  public int textLength() {
    return r.getTextLength();
  }

  @Override
  public SourcePosition position() {
    return position(r.getLocation());
  }

  void close() {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // closing a reader never fails for the JDK implementation; nothing to release
    }
  }
}
