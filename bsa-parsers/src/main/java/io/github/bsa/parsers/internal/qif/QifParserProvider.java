package io.github.bsa.parsers.internal.qif;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import java.util.Locale;

/**
 * Provides the QIF (Quicken Interchange Format) parser, format id {@code qif}. Stateless and
 * thread-safe.
 */
public final class QifParserProvider implements StatementParserProvider {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public QifParserProvider() {}

  @Override
  public String formatId() {
    return QifParser.FORMAT;
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    try {
      boolean extension =
          sample.fileName().map(n -> n.toLowerCase(Locale.ROOT).endsWith(".qif")).orElse(false);
      String text = sample.text();
      boolean first = true;
      boolean recordLike = false;
      for (String raw : text.split("\r\n|\r|\n", 200)) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("!type:")
            || lower.equals("!account")
            || lower.startsWith("!option:")
            || lower.startsWith("!clear:")) {
          return ProbeResult.of(
              first ? 0.95 : 0.9, first ? "QIF header line" : "QIF header line after other text");
        }
        if (line.equals("^") || line.matches("[DTPMNLCU].*")) {
          recordLike = true;
        }
        first = false;
      }
      if (extension) {
        return ProbeResult.of(recordLike ? 0.5 : 0.2, "QIF file name");
      }
      return ProbeResult.NO;
    } catch (RuntimeException e) {
      return ProbeResult.NO;
    }
  }

  @Override
  public StatementParser create(ParseContext context) {
    return new QifParser(context);
  }
}
