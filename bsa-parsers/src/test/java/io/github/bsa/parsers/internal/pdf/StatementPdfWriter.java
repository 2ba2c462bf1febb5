package io.github.bsa.parsers.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * Writes synthetic bank statements as text PDFs with PDFBox, in several national styles, together
 * with their exact truth. Test-side only: the engine must read these layouts without knowing them.
 */
final class StatementPdfWriter {
  /** How amounts are laid out. */
  enum SignMode {
    DEBIT_CREDIT_COLUMNS,
    SIGNED_AMOUNT,
    SECTIONS,
    CREDIT_CARD
  }

  /** A statement style. */
  @SuppressWarnings("ArrayRecordComponent")
  record Style(
      String name,
      String bank,
      String[] headers,
      float[] headerX,
      SignMode mode,
      boolean runningBalance,
      boolean header,
      Function<LocalDate, String> date,
      Function<BigDecimal, String> amount,
      Function<BigDecimal, String> balance,
      String currencyLine,
      String openingLabel,
      String closingLabel,
      @Nullable String broughtForward,
      @Nullable String carriedForward,
      int wrap,
      int rowsPerPage,
      boolean valueDate,
      String debitSection,
      String creditSection) {}

  /** One generated transaction (truth). */
  record Txn(LocalDate date, BigDecimal amount, String description) {}

  /** A generated statement and its truth. */
  @SuppressWarnings("ArrayRecordComponent")
  record Generated(byte[] pdf, List<Txn> transactions, BigDecimal opening, BigDecimal closing) {}

  private static final String[] MERCHANTS = {
    "Card payment Greenleaf Market 4411 Springfield",
    "Salary ACME Widgets GmbH payroll March",
    "Rent transfer Oakridge Property Management unit 12 reference 88231",
    "Coffee Corner",
    "Direct debit City Water Utility customer 552103 invoice 2026-01",
    "ATM withdrawal Main St 12",
    "Online order ShopSphere order number 3QA7NHV4 delivered",
    "Interest",
    "Bank fee monthly account",
    "Transfer from savings account ending 2564",
    "Insurance premium Safeguard policy 77123 monthly",
    "Mobile phone Airwave bill 2026",
    "Refund Nestwell Home Goods return"
  };

  private StatementPdfWriter() {}

  static Generated generate(Style style, long seed, int count) {
    Random random = new Random(seed);
    LocalDate start = LocalDate.of(2025, 12, 1);
    BigDecimal opening = cents(random, 50_000, 900_000);
    List<Txn> txns = new ArrayList<>();
    LocalDate d = start;
    for (int i = 0; i < count; i++) {
      d = d.plusDays(random.nextInt(3) == 0 ? 1 : 0);
      if (d.isAfter(start.plusDays(58))) {
        d = start.plusDays(58);
      }
      boolean credit = random.nextInt(4) == 0;
      BigDecimal value = cents(random, 100, credit ? 450_000 : 180_000);
      if (style.mode() == SignMode.CREDIT_CARD) {
        credit = random.nextInt(8) == 0;
      }
      String desc = MERCHANTS[random.nextInt(MERCHANTS.length)];
      txns.add(new Txn(d, credit ? value : value.negate(), desc));
    }
    if (style.mode() == SignMode.SECTIONS) {
      List<Txn> sorted = new ArrayList<>();
      txns.stream().filter(t -> t.amount().signum() > 0).forEach(sorted::add);
      txns.stream().filter(t -> t.amount().signum() < 0).forEach(sorted::add);
      txns = sorted;
    }
    if (style.mode() == SignMode.CREDIT_CARD) {
      opening = opening.negate().divide(BigDecimal.TEN, 2, RoundingMode.DOWN);
    }
    BigDecimal closing = opening;
    for (Txn t : txns) {
      closing = closing.add(t.amount());
    }
    return new Generated(write(style, txns, opening, closing, start), txns, opening, closing);
  }

  private static BigDecimal cents(Random random, int min, int max) {
    return BigDecimal.valueOf(min + random.nextInt(max - min), 2);
  }

  private static byte[] write(
      Style style, List<Txn> txns, BigDecimal opening, BigDecimal closing, LocalDate start) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      Writer w = new Writer(doc);
      boolean cc = style.mode() == SignMode.CREDIT_CARD;
      w.newPage();
      w.text(bold, 14, 40, style.bank());
      w.text(regular, 9, 360, style.currencyLine());
      w.y -= 16;
      w.text(regular, 9, 40, "JANE Q SAMPLE");
      w.text(regular, 9, 360, "Account Number: 12345678901");
      w.y -= 12;
      w.text(regular, 9, 40, "12 Example Road");
      LocalDate end = start.plusDays(58);
      String period = style.date().apply(start) + " - " + style.date().apply(end);
      if (!period.contains(Integer.toString(start.getYear() % 100))) {
        DateTimeFormatter longForm = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
        period = longForm.format(start) + " through " + longForm.format(end);
      }
      w.text(regular, 9, 360, period);
      w.y -= 12;
      w.text(regular, 9, 40, "1000 Sample City");
      w.y -= 20;
      w.text(regular, 9, 300, style.openingLabel());
      w.right(regular, 9, 550, style.balance().apply(cc ? opening.negate() : opening));
      w.y -= 12;
      w.text(regular, 9, 300, style.closingLabel());
      w.right(regular, 9, 550, style.balance().apply(cc ? closing.negate() : closing));
      if (cc) {
        w.y -= 12;
        w.text(regular, 9, 300, "Minimum Payment Due");
        w.right(regular, 9, 550, style.balance().apply(new BigDecimal("35.00")));
        w.y -= 12;
        w.text(regular, 9, 300, "Payment Due Date");
        w.right(regular, 9, 550, style.date().apply(start.plusDays(80)));
        w.y -= 12;
        w.text(regular, 9, 300, "Credit Limit");
        w.right(regular, 9, 550, style.balance().apply(new BigDecimal("8000.00")));
      }
      w.y -= 28;
      BigDecimal running = opening;
      int onPage = 0;
      String section = null;
      boolean headerDone = false;
      for (int i = 0; i < txns.size(); i++) {
        Txn t = txns.get(i);
        if (style.mode() == SignMode.SECTIONS) {
          String s = t.amount().signum() > 0 ? style.creditSection() : style.debitSection();
          if (!s.equals(section)) {
            section = s;
            w.y -= 10;
            w.text(bold, 10, 40, s);
            w.y -= 16;
            headerDone = false;
          }
        }
        if (!headerDone) {
          if (style.header()) {
            for (int k = 0; k < style.headers().length; k++) {
              float x = style.headerX()[k];
              if (x < 0) {
                w.right(bold, 8, -x, style.headers()[k]);
              } else {
                w.text(bold, 8, x, style.headers()[k]);
              }
            }
            w.y -= 14;
          }
          if (style.broughtForward() != null && style.runningBalance()) {
            w.text(regular, 8, 110, style.broughtForward());
            w.right(regular, 8, 555, style.balance().apply(running));
            w.y -= 11;
          }
          headerDone = true;
        }
        running = running.add(t.amount());
        List<String> lines = wrap(t.description(), style.wrap());
        boolean sameDay = i > 0 && onPage > 0 && txns.get(i - 1).date().equals(t.date());
        if (!(sameDay && style.name().contains("once-per-day"))) {
          w.text(regular, 8, 40, style.date().apply(t.date()));
        }
        float descX = 110;
        if (style.valueDate()) {
          w.text(regular, 8, 90, style.date().apply(t.date().plusDays(1)));
          descX = 150;
        }
        w.text(regular, 8, descX, lines.get(0));
        BigDecimal abs = t.amount().abs();
        switch (style.mode()) {
          case DEBIT_CREDIT_COLUMNS -> {
            if (t.amount().signum() < 0) {
              w.right(regular, 8, 395, style.amount().apply(abs));
            } else {
              w.right(regular, 8, 470, style.amount().apply(abs));
            }
          }
          case SIGNED_AMOUNT -> w.right(regular, 8, 470, style.amount().apply(t.amount()));
          case SECTIONS -> w.right(regular, 8, 470, style.amount().apply(abs));
          case CREDIT_CARD -> w.right(regular, 8, 470, style.amount().apply(t.amount().negate()));
        }
        if (style.runningBalance()) {
          w.right(regular, 8, 555, style.balance().apply(running));
        }
        for (int k = 1; k < lines.size(); k++) {
          w.y -= 10;
          w.text(regular, 8, descX, lines.get(k));
        }
        w.y -= 12;
        onPage++;
        if (onPage >= style.rowsPerPage() && i + 1 < txns.size()) {
          if (style.carriedForward() != null && style.runningBalance()) {
            w.text(regular, 8, 110, style.carriedForward());
            w.right(regular, 8, 555, style.balance().apply(running));
          }
          w.y = 40;
          w.text(regular, 7, 40, style.bank() + " - member of the deposit guarantee scheme");
          w.text(regular, 7, 500, "Page " + doc.getNumberOfPages());
          w.newPage();
          w.text(regular, 8, 40, style.bank() + "   Account Number: 12345678901");
          w.y -= 30;
          onPage = 0;
          headerDone = false;
          section = style.mode() == SignMode.SECTIONS ? section : null;
        }
      }
      w.y -= 10;
      w.text(regular, 7, 40, "Please check this statement. Questions? Call 0800 000 000.");
      w.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> wrap(String text, int width) {
    return PdfCanvas.wrap(text, width);
  }

  /** A minimal page writer. */
  private static final class Writer {
    final PDDocument doc;
    @Nullable PDPageContentStream stream;
    float y;

    Writer(PDDocument doc) {
      this.doc = doc;
    }

    void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - 50;
    }

    void text(PDType1Font font, float size, float x, String s) throws IOException {
      PDPageContentStream c = stream;
      if (c == null) {
        return;
      }
      c.beginText();
      c.setFont(font, size);
      c.newLineAtOffset(x, y);
      c.showText(s);
      c.endText();
    }

    void right(PDType1Font font, float size, float right, String s) throws IOException {
      float width = font.getStringWidth(s) / 1000 * size;
      text(font, size, right - width, s);
    }

    void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }
}
