package io.github.bsa.parsers.internal.mt940;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;

/**
 * What the MT940 and MT942 providers share: one streaming parser ({@link Mt940Parser}) under their
 * own format id; they differ only in the message type their probe claims. Stateless and
 * thread-safe.
 */
abstract class SwiftParserProvider implements StatementParserProvider {
  private final String formatId;
  private final Mt940Probe.Kind kind;

  SwiftParserProvider(String formatId, Mt940Probe.Kind kind) {
    this.formatId = formatId;
    this.kind = kind;
  }

  @Override
  public final String formatId() {
    return formatId;
  }

  @Override
  public final ProbeResult probe(SourceSample sample) {
    requireNonNull(sample, "sample");
    return Mt940Probe.probe(sample, kind);
  }

  @Override
  public final StatementParser create(ParseContext context) {
    requireNonNull(context, "context");
    return new Mt940Parser(context, formatId);
  }
}
