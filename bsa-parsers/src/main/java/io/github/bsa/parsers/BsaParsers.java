package io.github.bsa.parsers;

import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.parsers.internal.camt.Camt052ParserProvider;
import io.github.bsa.parsers.internal.camt.Camt053ParserProvider;
import io.github.bsa.parsers.internal.camt.Camt054ParserProvider;
import io.github.bsa.parsers.internal.csv.CsvParserProvider;
import io.github.bsa.parsers.internal.mt940.Mt940ParserProvider;
import io.github.bsa.parsers.internal.mt940.Mt942ParserProvider;
import io.github.bsa.parsers.internal.ofx.OfxParserProvider;
import io.github.bsa.parsers.internal.pdf.PdfParserProvider;
import io.github.bsa.parsers.internal.qif.QifParserProvider;
import io.github.bsa.parsers.internal.xlsx.XlsxParserProvider;
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
    return List.of(
        new Camt052ParserProvider(),
        new Camt053ParserProvider(),
        new Camt054ParserProvider(),
        new CsvParserProvider(),
        new Mt940ParserProvider(),
        new Mt942ParserProvider(),
        new OfxParserProvider(),
        new PdfParserProvider(),
        new QifParserProvider(),
        new XlsxParserProvider());
  }
}
