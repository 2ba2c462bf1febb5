package io.github.bsa.parsers.internal.pdf;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;

/** Builds small hand-laid PDFs for unit tests: text at given positions, top-left coordinates. */
final class TinyPdf {
  private record Item(
      float x, float y, String text, boolean right, boolean courier, boolean hidden) {}

  private final List<List<Item>> pages = new ArrayList<>();
  private @Nullable String producer;
  private @Nullable Calendar created;
  private @Nullable Calendar modified;

  TinyPdf() {
    pages.add(new ArrayList<>());
  }

  @CanIgnoreReturnValue
  TinyPdf text(float x, float y, String text) {
    current().add(new Item(x, y, text, false, false, false));
    return this;
  }

  @CanIgnoreReturnValue
  TinyPdf right(float x, float y, String text) {
    current().add(new Item(x, y, text, true, false, false));
    return this;
  }

  @CanIgnoreReturnValue
  TinyPdf rightCourier(float x, float y, String text) {
    current().add(new Item(x, y, text, true, true, false));
    return this;
  }

  @CanIgnoreReturnValue
  TinyPdf hidden(float x, float y, String text) {
    current().add(new Item(x, y, text, false, false, true));
    return this;
  }

  @CanIgnoreReturnValue
  TinyPdf newPage() {
    pages.add(new ArrayList<>());
    return this;
  }

  @CanIgnoreReturnValue
  TinyPdf producer(String value) {
    producer = value;
    return this;
  }

  @CanIgnoreReturnValue
  TinyPdf dates(Calendar create, Calendar modify) {
    created = create;
    modified = modify;
    return this;
  }

  private List<Item> current() {
    return pages.get(pages.size() - 1);
  }

  byte[] bytes() {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
      for (List<Item> items : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
          for (Item it : items) {
            PDType1Font font = it.courier() ? courier : helvetica;
            float x = it.right() ? it.x() - font.getStringWidth(it.text()) / 1000 * 9 : it.x();
            c.beginText();
            c.setFont(font, 9);
            if (it.hidden()) {
              c.setRenderingMode(RenderingMode.NEITHER);
            }
            c.newLineAtOffset(x, height - it.y());
            c.showText(it.text());
            c.endText();
          }
        }
      }
      if (producer != null) {
        doc.getDocumentInformation().setProducer(producer);
      }
      if (created != null) {
        doc.getDocumentInformation().setCreationDate(created);
      }
      if (modified != null) {
        doc.getDocumentInformation().setModificationDate(modified);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small US-style statement with a running balance; {@code breakRow} alters one balance. */
  static TinyPdf statement(int breakRow) {
    TinyPdf pdf = new TinyPdf();
    pdf.text(40, 40, "Tiny Test Bank").text(350, 40, "Account Number: 99887766");
    pdf.text(350, 55, "Statement Period: 01/01/2026 - 01/31/2026");
    pdf.text(40, 100, "Date")
        .text(100, 100, "Description")
        .right(420, 100, "Amount")
        .right(520, 100, "Balance");
    pdf.text(100, 115, "Beginning Balance").right(520, 115, "1,000.00");
    String[][] rows = {
      {"01/05/2026", "Coffee shop", "-4.50", "995.50"},
      {"01/13/2026", "Salary", "2,000.00", "2,995.50"},
      {"01/20/2026", "Rent", "-900.00", "2,095.50"}
    };
    float y = 130;
    for (int i = 0; i < rows.length; i++) {
      pdf.text(40, y, rows[i][0]).text(100, y, rows[i][1]).right(420, y, rows[i][2]);
      pdf.right(520, y, i == breakRow ? "2,095.05" : rows[i][3]);
      y += 14;
    }
    return pdf;
  }
}
