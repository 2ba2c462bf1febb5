package io.github.bsa.core.spi;

/**
 * Creates parsers for one format. Implementations are found by {@link java.util.ServiceLoader}
 * (declare them in {@code module-info.java} with {@code provides} and, for classpath users, in
 * {@code META-INF/services/io.github.bsa.core.spi.StatementParserProvider}), must have a public
 * no-argument constructor, and must be stateless and thread-safe.
 *
 * @since 0.1
 */
public interface StatementParserProvider {
  /**
   * Returns the stable, lower-case format id, such as {@code "mt940"} or {@code "camt.053"}. Two
   * providers with the same id are a configuration error.
   *
   * @return the format id
   */
  String formatId();

  /**
   * Tells how likely the sample is in this format. Reads only the sample, returns {@link
   * ProbeResult#NO} for foreign input and never throws.
   *
   * @param sample the first bytes of the input (at most {@link SourceSample#MAX_BYTES})
   * @return the verdict
   */
  ProbeResult probe(SourceSample sample);

  /**
   * Creates a parser for one input.
   *
   * @param context the limits and options of this parse
   * @return a new parser
   */
  StatementParser create(ParseContext context);

  /**
   * Breaks ties between providers whose probes are equally confident; higher wins.
   *
   * @return the priority, 0 by default
   */
  default int priority() {
    return 0;
  }
}
