package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import java.util.List;
import java.util.Locale;

/**
 * The {@code csv} format: delimited text exports of any bank, layout detected with a confidence or
 * given as a {@link io.github.bsa.parsers.CsvLayout}. Stateless and thread-safe.
 *
 * <p>The probe never claims more than 0.6, so that structured formats that happen to contain
 * delimiters win, and says no to input that starts like XML, JSON, MT940, OFX, QIF or PDF.
 */
public final class CsvParserProvider implements StatementParserProvider {
  private static final List<String> FOREIGN =
      List.of(
          "<", "{", ":20:", "{1:", "OFXHEADER", "!Type", "!type", "!Account", "!Option", "%PDF");

  /** Creates the provider. */
  public CsvParserProvider() {}

  @Override
  public String formatId() {
    return CsvStatementParser.FORMAT;
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    try {
      return probeText(sample);
    } catch (RuntimeException e) {
      return ProbeResult.NO;
    }
  }

  private static ProbeResult probeText(SourceSample sample) {
    String text = sample.text();
    String start = text.stripLeading();
    for (String f : FOREIGN) {
      if (start.startsWith(f)) {
        return ProbeResult.NO;
      }
    }
    if (start.isEmpty()) {
      return ProbeResult.NO;
    }
    // MT940 without a block header: tag lines such as ":25:"
    for (String line : start.split("\r\n|\r|\n", 40)) {
      if (line.matches("^:\\d{2}[A-Z]?:.*")) {
        return ProbeResult.NO;
      }
    }
    byte[] bytes = sample.bytes();
    CsvDetector.Detection d;
    try {
      d = CsvDetector.detect(bytes, bytes.length, sample.isComplete(), null, null, List.of());
    } catch (CsvDetector.NoLayout e) {
      if (e.empty) {
        return ProbeResult.of(0.05, "delimited text without rows");
      }
      // a statement whose reading the sample leaves open: claim it weakly, so that when no other
      // format does, the parse refuses it naming the missing evidence and the option to set
      // instead of the input being reported as of no known format
      return e.ambiguous
          ? ProbeResult.of(0.05, "delimited rows of an ambiguous layout")
          : ProbeResult.NO;
    }
    double c = 0.45;
    if (d.layout.headerRecord() > 0) {
      c += 0.1;
    }
    boolean csvName =
        sample
            .fileName()
            .map(n -> n.toLowerCase(Locale.ROOT))
            .map(n -> n.endsWith(".csv") || n.endsWith(".tsv"))
            .orElse(false);
    if (csvName) {
      c += 0.05;
    }
    return ProbeResult.of(Math.min(0.6, c), "delimited rows with dates and amounts");
  }

  @Override
  public StatementParser create(ParseContext context) {
    return new CsvStatementParser(context);
  }
}
