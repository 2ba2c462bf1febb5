package io.github.bsa.parsers.internal.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;

/**
 * A small test-side PDF writer: pages, left- or right-aligned text at a position, invisible text
 * (an OCR layer) and a page-size image under it. Coordinates: x from the left, {@link #y} the
 * current baseline from the bottom. Public for the labelled sets of other test packages ({@code
 * PrintedStatements}); not thread-safe.
 */
public final class PdfCanvas implements AutoCloseable {
  final PDDocument doc = new PDDocument();
  public final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  public final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private @Nullable PDPageContentStream stream;
  public float y;
  boolean invisible;

  /** Every new page starts with a page-size image (a scan). */
  boolean scanned;

  public void newPage() {
    try {
      closeStream();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - 50;
      if (scanned) {
        scanImage();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int pages() {
    return doc.getNumberOfPages();
  }

  /** Draws a grey page-size image (a "scan") under the text to come. */
  void scanImage() {
    try {
      BufferedImage img = new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 60; x++) {
        for (int yy = 0; yy < 85; yy++) {
          img.setRGB(x, yy, (x * 7 + yy * 13) % 5 == 0 ? 0x808080 : 0xFFFFFF);
        }
      }
      PDImageXObject image = LosslessFactory.createFromImage(doc, img);
      PDPageContentStream c = stream;
      if (c != null) {
        c.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void text(float size, float x, String s) {
    text(regular, size, x, s);
  }

  public void text(PDType1Font font, float size, float x, String s) {
    PDPageContentStream c = stream;
    if (c == null || s.isEmpty()) {
      return;
    }
    try {
      c.beginText();
      c.setFont(font, size);
      if (invisible) {
        c.setRenderingMode(RenderingMode.NEITHER);
      }
      c.newLineAtOffset(x, y);
      c.showText(s);
      c.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void right(float size, float right, String s) {
    right(regular, size, right, s);
  }

  public void right(PDType1Font font, float size, float right, String s) {
    try {
      float width = font.getStringWidth(s) / 1000 * size;
      text(font, size, right - width, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] bytes() {
    try {
      closeStream();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  @Override
  public void close() {
    try {
      closeStream();
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits text into lines of at most {@code width} characters, at spaces (a longer word alone).
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
