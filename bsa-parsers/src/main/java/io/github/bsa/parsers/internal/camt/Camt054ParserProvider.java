package io.github.bsa.parsers.internal.camt;

/**
 * Reads ISO 20022 debit/credit notifications (camt.054) of every version. Found by {@link
 * java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class Camt054ParserProvider extends CamtParserProvider {
  /** Creates the provider. */
  public Camt054ParserProvider() {
    super(CamtKind.NOTIFICATION);
  }
}
