package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import java.util.Locale;

/**
 * Provides the parser for OFX 1.x (SGML) and 2.x (XML) files, including QFX and QBO, format id
 * {@code ofx}. Stateless and thread-safe.
 */
public final class OfxParserProvider implements StatementParserProvider {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public OfxParserProvider() {}

  @Override
  public String formatId() {
    return OfxParser.FORMAT;
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    try {
      String text = sample.text();
      String upper = text.toUpperCase(Locale.ROOT);
      String head = upper.stripLeading();
      boolean extension =
          sample
              .fileName()
              .map(n -> n.toLowerCase(Locale.ROOT))
              .map(n -> n.endsWith(".ofx") || n.endsWith(".qfx") || n.endsWith(".qbo"))
              .orElse(false);
      if (head.startsWith("OFXHEADER") || upper.contains("<?OFX ")) {
        return ProbeResult.of(0.97, "OFX header");
      }
      if (head.startsWith("<OFX>") || upper.contains("<OFX>")) {
        return ProbeResult.of(0.92, "<OFX> element");
      }
      if (upper.contains("OFXHEADER:")) {
        return ProbeResult.of(0.9, "OFX header");
      }
      if (upper.contains("<STMTTRN>")
          || upper.contains("<BANKMSGSRSV1>")
          || upper.contains("<CREDITCARDMSGSRSV1>")) {
        return ProbeResult.of(0.8, "OFX aggregates");
      }
      return extension ? ProbeResult.of(0.2, "OFX file name") : ProbeResult.NO;
    } catch (RuntimeException e) {
      return ProbeResult.NO;
    }
  }

  @Override
  public StatementParser create(ParseContext context) {
    return new OfxParser(context);
  }
}
