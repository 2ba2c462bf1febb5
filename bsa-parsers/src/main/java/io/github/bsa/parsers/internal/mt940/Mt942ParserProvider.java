package io.github.bsa.parsers.internal.mt940;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;

/**
 * Provides the SWIFT MT942 parser (format id {@code mt942}). The MT940 and MT942 providers share
 * one streaming parser; they differ in what their probes claim. Stateless and thread-safe.
 */
public final class Mt942ParserProvider implements StatementParserProvider {
  /** The format id. */
  public static final String FORMAT_ID = "mt942";

  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public Mt942ParserProvider() {}

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    requireNonNull(sample, "sample");
    return Mt940Probe.probe(sample, Mt940Probe.Kind.MT942);
  }

  @Override
  public StatementParser create(ParseContext context) {
    requireNonNull(context, "context");
    return new Mt940Parser(context, FORMAT_ID);
  }
}
