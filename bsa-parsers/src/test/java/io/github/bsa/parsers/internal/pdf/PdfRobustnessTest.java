package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.tck.ParserRobustnessKit;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * PDF against the parser robustness kit. A PDF is bounded by pages, not lines. Truncation cuts at
 * every 7th byte (and the last 64 bytes, where the cross-reference table sits): each cut costs a
 * PDFBox load.
 */
final class PdfRobustnessTest extends ParserRobustnessKit {
  @Override
  protected StatementParserProvider provider() {
    return new PdfParserProvider();
  }

  @Override
  protected List<Sample> samples() {
    return List.of(
        Sample.of("tiny", TinyPdf.statement(-1).bytes()),
        Sample.of("generated", generated(5).pdf()));
  }

  private static StatementPdfWriter.Generated generated(int count) {
    return StatementPdfWriter.generate(
        GeneratedLayoutsTest.styles().findFirst().orElseThrow(), 7, count);
  }

  @Override
  protected boolean pagedFormat() {
    return true;
  }

  @Override
  protected byte[] largeInput() {
    return generated(150).pdf();
  }

  @Override
  protected byte @Nullable [] longLineInput(int length) {
    return null;
  }

  @Override
  protected IntStream cuts(int length) {
    return IntStream.concat(
            IntStream.iterate(0, i -> i < length, i -> i + 7),
            IntStream.range(Math.max(0, length - 64), length))
        .distinct()
        .sorted();
  }
}
