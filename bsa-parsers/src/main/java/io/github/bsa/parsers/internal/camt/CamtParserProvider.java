package io.github.bsa.parsers.internal.camt;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;

/**
 * Base of the three CAMT providers ({@code camt.052}, {@code camt.053}, {@code camt.054}), which
 * share one {@link CamtParser}. Stateless and thread-safe.
 */
abstract class CamtParserProvider implements StatementParserProvider {
  private final CamtKind kind;

  CamtParserProvider(CamtKind kind) {
    this.kind = requireNonNull(kind, "kind");
  }

  @Override
  public final String formatId() {
    return kind.formatId();
  }

  @Override
  public final ProbeResult probe(SourceSample sample) {
    return CamtProbe.probe(sample, kind);
  }

  @Override
  public final StatementParser create(ParseContext context) {
    return new CamtParser(kind.formatId(), context);
  }

  @Override
  public int priority() {
    return 10;
  }
}
