package io.github.bsa.core.testing;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;

/** A provider whose constructor fails, as a provider with a missing dependency would. */
public final class BrokenParserProvider implements StatementParserProvider {
  /** Always throws. */
  public BrokenParserProvider() {
    throw new IllegalStateException("simulated broken provider");
  }

  @Override
  public String formatId() {
    return "broken";
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    return ProbeResult.NO;
  }

  @Override
  public StatementParser create(ParseContext context) {
    throw new UnsupportedOperationException();
  }
}
