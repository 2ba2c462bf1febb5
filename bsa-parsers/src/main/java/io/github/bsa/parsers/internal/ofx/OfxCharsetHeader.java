package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.internal.textio.AdaptiveTextReader;
import java.nio.charset.Charset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The OFX header entries ({@code CHARSET:}, {@code ENCODING:}, {@code <?xml encoding?>}, the
 * version): sets the reader's single-byte charset and warns when the declared charset does not
 * match the bytes. Not thread-safe.
 */
final class OfxCharsetHeader {
  private final AdaptiveTextReader reader;
  private final StatementSink sink;
  private @Nullable String declaredCharset;
  private @Nullable String declaredEncoding;
  private boolean xml;

  OfxCharsetHeader(AdaptiveTextReader reader, StatementSink sink) {
    this.reader = reader;
    this.sink = sink;
  }

  void header(String key, String value) {
    switch (key) {
      case "CHARSET" -> {
        declaredCharset = value;
        legacyCharset(value);
      }
      case "ENCODING" -> declaredEncoding = value;
      case "XML.ENCODING" -> {
        declaredEncoding = value;
        legacyCharset(value);
      }
      case "OFXHEADER" -> xml = xml || value.trim().equals("200");
      case "XML.VERSION" -> xml = true;
      case "VERSION" -> sink.property("ofx.version", value);
      default -> {}
    }
  }

  private void legacyCharset(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    String name;
    if (v.isEmpty()
        || v.equals("NONE")
        || v.startsWith("US-ASCII")
        || v.equals("ASCII")
        || v.equals("USASCII")
        || isUtf8Name(v)) {
      // nothing declared for bytes above 0x7F: the charset chosen from the sample stays
      return;
    } else if (v.equals("1252")
        || v.equals("ISO-8859-1")
        || v.equals("8859-1")
        || v.equals("LATIN1")) {
      // windows-1252 is a superset of ISO-8859-1's printable range
      name = "windows-1252";
    } else if (v.matches("\\d{3,4}")) {
      name = "windows-" + v;
      if (v.length() == 3) {
        name = "IBM" + v;
      }
    } else {
      name = v;
    }
    try {
      reader.setLegacyCharset(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      sink.warning(
          ParseWarning.of(
              "OFX_UNKNOWN_CHARSET",
              "OFX header names an unknown charset; "
                  + reader.legacyCharsetName()
                  + " is used for non-UTF-8 bytes",
              SourcePosition.ofLine(1)));
    }
  }

  /** Warns when the declared charset does not match the bytes read. */
  void checkAtEnd(SourcePosition end) {
    if (reader.isFixedCharset()) {
      return;
    }
    boolean declaredUtf8 =
        isUtf8Name(declaredCharset)
            || isUtf8Name(declaredEncoding)
            || (xml && declaredEncoding == null);
    if (declaredUtf8 && reader.legacyBytes() > 0) {
      sink.warning(
          ParseWarning.of(
              "OFX_CHARSET_MISMATCH",
              "OFX header declares UTF-8 but some bytes are not UTF-8; they were read as "
                  + reader.legacyCharsetName(),
              end));
    } else if (!declaredUtf8 && reader.utf8Sequences() > 0) {
      sink.warning(
          ParseWarning.of(
              "OFX_CHARSET_MISMATCH",
              "OFX header declares a single-byte charset but the text is UTF-8; read as UTF-8",
              end));
    }
  }

  private static boolean isUtf8Name(@Nullable String name) {
    return name != null && name.replace("-", "").equalsIgnoreCase("UTF8");
  }
}
