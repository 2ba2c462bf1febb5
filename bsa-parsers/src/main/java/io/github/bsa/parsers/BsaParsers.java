package io.github.bsa.parsers;

import io.github.bsa.core.spi.StatementParserProvider;
import java.util.List;

/**
 * The parsers bundled in bsa-parsers, for applications that build a {@code StatementAnalyzer} with
 * an explicit list (shaded jars, tests) instead of {@link java.util.ServiceLoader} discovery.
 *
 * <pre>{@code
 * StatementAnalyzer analyzer = StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class BsaParsers {
  private BsaParsers() {}

  /**
   * Returns a new instance of every bundled parser provider, sorted by format id.
   *
   * @return the providers
   */
  public static List<StatementParserProvider> all() {
    return List.of(new io.github.bsa.parsers.internal.pdf.PdfParserProvider());
  }
}
