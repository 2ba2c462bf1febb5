package io.github.bsa.parsers.internal.mt940;

/**
 * Provides the SWIFT MT940 parser (format id {@code mt940}); the shape it shares with the other
 * SWIFT provider is {@link SwiftParserProvider}. Stateless and thread-safe.
 */
public final class Mt940ParserProvider extends SwiftParserProvider {
  /** The format id. */
  public static final String FORMAT_ID = "mt940";

  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public Mt940ParserProvider() {
    super(FORMAT_ID, Mt940Probe.Kind.MT940);
  }
}
