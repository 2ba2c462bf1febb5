package io.github.bsa.benchmarks;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.parsers.BsaParsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full PDF statement extraction through bsa's public API (glyphs, layout analysis, verification,
 * model) against bare PDFBox text extraction ({@link PDFTextStripper#getText} with position
 * sorting, as a reader of statement tables would run it) and a plain byte loop as the floor, on the
 * same document of {@code pages} pages ({@value #ROWS_PER_PAGE} rows a page) in the same run.
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar PdfParseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PdfParseBenchmark {
  /** Rows that fit one generated page. */
  static final int ROWS_PER_PAGE = 30;

  @Param({"10", "50"})
  public int pages;

  private static final ParseOptions OPTIONS = ParseOptions.builder().format("pdf").build();

  private byte[] pdf = new byte[0];
  private StatementAnalyzer analyzer = StatementAnalyzer.builder().parsers(List.of()).build();

  @Setup
  public void setUp() throws IOException {
    pdf = statement(pages * ROWS_PER_PAGE, 42);
    analyzer = StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
  }

  /** Full bsa extraction. */
  @Benchmark
  public ParseResult bsa() {
    return analyzer.parse(pdf, OPTIONS);
  }

  /** Bare PDFBox: load and getText() with position sorting, as a layout-aware reader would. */
  @Benchmark
  public String pdfBox() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    }
  }

  /** The floor: one loop over the bytes. */
  @Benchmark
  public long floor() {
    return Floor.lineFeeds(pdf);
  }

  /** Writes a seeded statement: date, wrapped description, debit/credit, running balance. */
  static byte[] statement(int count, long seed) throws IOException {
    Random random = new Random(seed);
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      BigDecimal balance = new BigDecimal("2500.00");
      LocalDate date = LocalDate.of(2026, 1, 2);
      PDPageContentStream c = null;
      float y = 0;
      for (int i = 0; i < count; i++) {
        if (c == null || y < 80) {
          if (c != null) {
            c.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          c = new PDPageContentStream(doc, page);
          y = 780;
          text(c, bold, 12, 40, y, "Benchmark Bank");
          text(c, font, 9, 350, y, "Account Number: 12345678");
          y -= 14;
          text(c, font, 9, 350, y, "Statement Period: 01/01/2026 - 12/31/2026");
          y -= 30;
          text(c, bold, 8, 40, y, "Date");
          text(c, bold, 8, 110, y, "Description");
          right(c, bold, 8, 400, y, "Debits");
          right(c, bold, 8, 470, y, "Credits");
          right(c, bold, 8, 555, y, "Balance");
          y -= 14;
        }
        date = date.plusDays(random.nextInt(2));
        BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(90_000), 2);
        boolean credit = random.nextInt(4) == 0;
        balance = credit ? balance.add(amount) : balance.subtract(amount);
        text(c, font, 8, 40, y, String.format(Locale.ROOT, "%1$tm/%1$td/%1$tY", date));
        text(c, font, 8, 110, y, "Card purchase merchant " + i + " city");
        right(c, font, 8, credit ? 470 : 400, y, String.format(Locale.ROOT, "%,.2f", amount));
        right(c, font, 8, 555, y, String.format(Locale.ROOT, "%,.2f", balance));
        y -= 10;
        text(c, font, 8, 110, y, "reference " + (100000 + i) + " terminal 42");
        y -= 12;
      }
      if (c != null) {
        c.close();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void text(
      PDPageContentStream c, PDType1Font f, float size, float x, float y, String s)
      throws IOException {
    c.beginText();
    c.setFont(f, size);
    c.newLineAtOffset(x, y);
    c.showText(s);
    c.endText();
  }

  private static void right(
      PDPageContentStream c, PDType1Font f, float size, float x, float y, String s)
      throws IOException {
    text(c, f, size, x - f.getStringWidth(s) / 1000 * size, y, s);
  }
}
