package io.github.bsa.parsers.internal.camt;

/**
 * Reads ISO 20022 account reports (camt.052) of every version. Found by {@link
 * java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class Camt052ParserProvider extends CamtParserProvider {
  /** Creates the provider. */
  public Camt052ParserProvider() {
    super(CamtKind.REPORT);
  }
}
