package io.github.bsa.core.testing;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;

/**
 * Claims the same inputs as {@link LinesParserProvider} with equal confidence and higher priority.
 */
public final class OtherLinesParserProvider implements StatementParserProvider {
  private final int priority;

  /** Creates the provider with priority 0. */
  public OtherLinesParserProvider() {
    this(0);
  }

  /** Creates the provider with a priority. */
  public OtherLinesParserProvider(int priority) {
    this.priority = priority;
  }

  @Override
  public String formatId() {
    return "lines2";
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    return new LinesParserProvider().probe(sample);
  }

  @Override
  public StatementParser create(ParseContext context) {
    return new LinesParserProvider().create(context);
  }

  @Override
  public int priority() {
    return priority;
  }
}
