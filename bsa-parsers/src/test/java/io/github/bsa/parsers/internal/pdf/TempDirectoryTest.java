package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Box;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFBox's scratch files go to the caller's temp directory, and are gone after the parse. */
final class TempDirectoryTest {
  @TempDir Path dir;

  private static long files(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void scratchFilesAreCreatedInTheChosenDirectory() throws IOException {
    ParseContext context =
        ParseContext.of(ParseLimits.defaults(), ParseOptions.builder().tempDirectory(dir).build());
    MemoryUsageSetting setting = PdfStatementParser.scratch(context);
    assertThat(setting.getTempDir()).isEqualTo(dir.toFile());
    try (RandomAccessStreamCache cache = setting.streamCache.create()) {
      RandomAccess buffer = cache.createBuffer();
      buffer.write(new byte[64 * 1024]);
      assertThat(files(dir)).as("a PDFBox scratch file in the chosen directory").isPositive();
      buffer.close();
    }
    assertThat(files(dir)).isZero();
  }

  @Test
  void parsingWithATempDirectoryLeavesNothingBehind() throws IOException {
    Spec spec =
        new Spec(
            ArrangedStatements.EN_GB, Box.STACKED, false, true, false, 2, "GBP", "1234", 30, 5);
    byte[] pdf = ArrangedStatements.document(List.of(spec), new ArrayList<>());
    StatementAnalyzer analyzer =
        StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();
    ParseResult result = analyzer.parse(pdf, ParseOptions.builder().tempDirectory(dir).build());
    assertThat(result.statements()).hasSize(1);
    assertThat(files(dir)).isZero();
  }
}
