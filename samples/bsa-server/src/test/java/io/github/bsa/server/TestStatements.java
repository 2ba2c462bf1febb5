package io.github.bsa.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Synthetic statements for the server tests: the project's sample files and a generated PDF. */
final class TestStatements {
  private TestStatements() {}

  static Path samples() {
    Path p = Path.of("../data").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      p = Path.of("samples/data").toAbsolutePath();
    }
    return p;
  }

  static byte[] csv() {
    return read("example.csv");
  }

  static byte[] mt940() {
    return read("example.mt940");
  }

  /**
   * An MT940 statement that differs per {@code n} (statement reference and amounts), balanced, so
   * every call gives a new file.
   */
  static byte[] mt940(int n, String account) {
    int cents = 100 + n % 9000;
    String amount = String.format(Locale.ROOT, "%d,%02d", cents / 100, cents % 100);
    int closing = 100_000 - cents;
    String close = String.format(Locale.ROOT, "%d,%02d", closing / 100, closing % 100);
    String text =
        ":20:LOAD"
            + n
            + "\r\n:25:"
            + account
            + "\r\n:28C:"
            + (n % 99_999 + 1)
            + "/1\r\n:60F:C260101EUR1000,00\r\n:61:2601050105D"
            + amount
            + "NTRFNONREF//B"
            + n
            + "\r\n:86:Load test payment "
            + n
            + "\r\n:62F:C260131EUR"
            + close
            + "\r\n-";
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** A CSV statement that differs per {@code n}. */
  static byte[] csv(int n) {
    int cents = 100 + n % 9000;
    String amount = String.format(Locale.ROOT, "-%d.%02d", cents / 100, cents % 100);
    String text =
        "Date,Description,Amount\n2026-02-02,Test payment "
            + n
            + ","
            + amount
            + "\n2026-02-03,Test refund "
            + n
            + ",1.00\n";
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A one-page text PDF statement with a running balance, varied by {@code n}. */
  static byte[] pdf(int n) {
    String[][] rows = {
      {"01/05/2026", "Coffee shop " + n, "-4.50", "995.50"},
      {"01/13/2026", "Salary", "2,000.00", "2,995.50"},
      {"01/20/2026", "Rent", "-900.00", "2,095.50"}
    };
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      float top = page.getMediaBox().getHeight();
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        put(c, font, 40, top - 40, "Example Test Bank", false);
        put(c, font, 350, top - 40, "Account Number: " + (10_000_000 + n), false);
        put(c, font, 350, top - 55, "Statement Period: 01/01/2026 - 01/31/2026", false);
        put(c, font, 40, top - 100, "Date", false);
        put(c, font, 100, top - 100, "Description", false);
        put(c, font, 420, top - 100, "Amount", true);
        put(c, font, 520, top - 100, "Balance", true);
        put(c, font, 100, top - 115, "Beginning Balance", false);
        put(c, font, 520, top - 115, "1,000.00", true);
        float y = top - 130;
        for (String[] r : rows) {
          put(c, font, 40, y, r[0], false);
          put(c, font, 100, y, r[1], false);
          put(c, font, 420, y, r[2], true);
          put(c, font, 520, y, r[3], true);
          y -= 14;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(
      PDPageContentStream c, PDType1Font font, float x, float y, String text, boolean alignRight)
      throws IOException {
    float left = alignRight ? x - font.getStringWidth(text) / 1000 * 9 : x;
    c.beginText();
    c.setFont(font, 9);
    c.newLineAtOffset(left, y);
    c.showText(text);
    c.endText();
  }

  private static byte[] read(String name) {
    try {
      return Files.readAllBytes(samples().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
