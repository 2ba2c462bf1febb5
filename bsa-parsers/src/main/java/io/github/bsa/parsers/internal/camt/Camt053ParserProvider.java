package io.github.bsa.parsers.internal.camt;

/**
 * Reads ISO 20022 statements (camt.053) of every version. Found by {@link java.util.ServiceLoader};
 * stateless and thread-safe.
 */
public final class Camt053ParserProvider extends CamtParserProvider {
  /** Creates the provider. */
  public Camt053ParserProvider() {
    super(CamtKind.STATEMENT);
  }
}
