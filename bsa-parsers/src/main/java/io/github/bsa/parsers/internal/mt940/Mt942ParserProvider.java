package io.github.bsa.parsers.internal.mt940;

/**
 * Provides the SWIFT MT942 parser (format id {@code mt942}); the shape it shares with the other
 * SWIFT provider is {@link SwiftParserProvider}. Stateless and thread-safe.
 */
public final class Mt942ParserProvider extends SwiftParserProvider {
  /** The format id. */
  public static final String FORMAT_ID = "mt942";

  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public Mt942ParserProvider() {
    super(FORMAT_ID, Mt940Probe.Kind.MT942);
  }
}
