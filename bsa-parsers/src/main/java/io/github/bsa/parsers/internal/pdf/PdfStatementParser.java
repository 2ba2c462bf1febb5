package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.FormatOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Currency;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one PDF statement: spools the input (memory up to {@link #MEMORY_LIMIT}, then a temporary
 * file), opens it with PDFBox (temp-file stream cache, optional password), collects the glyphs of
 * each page, runs the {@link LayoutEngine} and reports the statement. Used from one thread.
 */
final class PdfStatementParser implements StatementParser {
  static final String FORMAT = "pdf";
  private static final Logger LOG = LoggerFactory.getLogger(PdfStatementParser.class);
  private static final int MEMORY_LIMIT = 16 << 20;
  private static final byte[] EOF_MARKER = {'%', '%', 'E', 'O', 'F'};

  private final ParseContext context;

  PdfStatementParser(ParseContext context) {
    this.context = context;
  }

  @Override
  public void parse(InputStream input, StatementSink sink) throws IOException {
    PdfProfile profile =
        context
            .options()
            .option(FormatOptions.PDF_PROFILE)
            .map(PdfProfile::from)
            .orElse(PdfProfile.NONE);
    Spool spool = Spool.read(input, context);
    try {
      spool.check();
      try (PDDocument document = open(spool)) {
        read(document, spool.revisions, profile, sink);
      }
    } finally {
      spool.delete();
    }
  }

  /**
   * PDFBox's scratch storage: temporary files only (no unbounded memory), in the caller's {@link
   * io.github.bsa.core.ParseOptions#tempDirectory() temp directory} when one is chosen, else in
   * {@code java.io.tmpdir}.
   */
  static MemoryUsageSetting scratch(ParseContext context) {
    MemoryUsageSetting setting = MemoryUsageSetting.setupTempFileOnly();
    context.options().tempDirectory().ifPresent(dir -> setting.setTempDir(dir.toFile()));
    return setting;
  }

  private static RandomAccessStreamCache.StreamCacheCreateFunction streamCache(
      ParseContext context) {
    return scratch(context).streamCache;
  }

  private PDDocument open(Spool spool) throws IOException {
    char[] pw = context.options().password().orElse(null);
    String password = pw == null ? "" : new String(pw);
    try {
      if (spool.file != null) {
        return Loader.loadPDF(spool.file.toFile(), password, null, null, streamCache(context));
      }
      return Loader.loadPDF(
          new RandomAccessReadBuffer(spool.bytes), password, null, null, streamCache(context));
    } catch (InvalidPasswordException e) {
      throw new StatementParseException(
          ErrorCode.ENCRYPTED_DOCUMENT,
          FORMAT,
          pw == null
              ? "The PDF is password-protected; supply the password with ParseOptions.password()"
              : "The supplied password does not open the PDF",
          SourcePosition.UNKNOWN,
          e);
    } catch (IOException e) {
      throw new StatementParseException(
          ErrorCode.MALFORMED_INPUT,
          FORMAT,
          "The PDF structure cannot be read (damaged or not a PDF)",
          SourcePosition.UNKNOWN,
          e);
    }
  }

  private void read(PDDocument document, int revisions, PdfProfile profile, StatementSink sink) {
    int pageCount = document.getNumberOfPages();
    int maxPages = context.limits().maxPages();
    if (pageCount > maxPages) {
      throw new LimitExceededException("maxPages", maxPages, SourcePosition.ofPage(maxPages + 1));
    }
    if (pageCount == 0) {
      throw StatementParseException.malformed(
          FORMAT, "The PDF has no pages", SourcePosition.UNKNOWN);
    }
    Forensics.metadata(document, revisions, sink);
    GlyphCollector collector = new GlyphCollector();
    List<List<Line>> pages = new ArrayList<>();
    List<List<Glyph>> pageGlyphs = new ArrayList<>();
    int glyphCount = 0;
    int overlapBudget = 20;
    int ocrPages = 0;
    for (int p = 1; p <= pageCount; p++) {
      context.checkDeadline(SourcePosition.ofPage(p));
      PDPage page;
      try {
        page = document.getPage(p - 1);
      } catch (IllegalStateException e) {
        // PDFBox's word for a broken page tree (a /Count without /Kids, a kid that is no page):
        // bad input, not a bug, so the message says it all and PDFBox's exception is not kept.
        throw new StatementParseException(
            ErrorCode.MALFORMED_INPUT,
            FORMAT,
            "The page tree is damaged",
            SourcePosition.ofPage(p),
            null);
      }
      FontGuard.check(page, p);
      List<Glyph> glyphs;
      try {
        glyphs = collector.collect(document, p);
      } catch (IOException | RuntimeException e) {
        throw new StatementParseException(
            ErrorCode.MALFORMED_INPUT,
            FORMAT,
            "The content of a page cannot be read (damaged PDF)",
            SourcePosition.ofPage(p),
            e);
      }
      if (glyphs.isEmpty() && collector.hiddenGlyphs() > 0 && hasImage(page)) {
        // a scanned page with an OCR text layer: invisible text over the image is its text
        glyphs = collector.invisibleGlyphs();
        ocrPages++;
      } else {
        Forensics.hidden(p, collector.hiddenGlyphs(), sink);
      }
      overlapBudget -= Forensics.overlaps(p, glyphs, sink, overlapBudget);
      glyphCount += glyphs.size();
      pageGlyphs.add(glyphs);
      pages.add(PageText.lines(p, glyphs));
    }

    if (glyphCount == 0) {
      throw new StatementParseException(
          ErrorCode.UNSUPPORTED_FORMAT,
          FORMAT,
          "The PDF has no text layer (an image-only document): run OCR that adds a text layer"
              + " (for example ocrmypdf), then parse the result",
          SourcePosition.ofPage(1),
          null);
    }
    context.checkDeadline(SourcePosition.ofPage(pageCount));
    if (ocrPages > 0) {
      sink.property("pdf.ocrPages", Integer.toString(ocrPages));
      sink.warning(
          ParseWarning.of(
              "PDF_OCR_TEXT_LAYER",
              ocrPages
                  + " scanned page(s) read from their OCR text layer: the figures are as the OCR"
                  + " engine recognised them",
              SourcePosition.ofPage(1)));
    }
    Boolean dayFirst =
        context
            .options()
            .dateOrder()
            .map(
                o ->
                    o == DateOrder.DAY_MONTH_YEAR
                        ? Boolean.TRUE
                        : o == DateOrder.MONTH_DAY_YEAR ? Boolean.FALSE : null)
            .orElse(null);
    int fallbackYear = fallbackYear(document);
    List<ParseWarning> engineWarnings = new ArrayList<>();
    LayoutEngine engine = new LayoutEngine(profile, engineWarnings::add);
    List<LayoutEngine.Result> results = new ArrayList<>();
    for (List<List<Line>> segment : AccountSplitter.split(pages)) {
      List<Line> segmentLines = new ArrayList<>();
      segment.forEach(segmentLines::addAll);
      String currency = Currencies.detect(segmentLines);
      int decimals = Currencies.decimals(currency);
      if (decimals != 2) {
        // a currency with 0 or 3 fraction digits: read the amounts again in its form
        List<List<Line>> again = new ArrayList<>();
        for (List<Line> page : segment) {
          int p = page.isEmpty() ? 0 : page.get(0).page;
          again.add(p == 0 ? page : PageText.lines(p, pageGlyphs.get(p - 1), decimals));
        }
        List<Line> againLines = new ArrayList<>();
        again.forEach(againLines::addAll);
        // the printed amounts decide: a statement that prints its yen with two decimals, or whose
        // text names a company "SDN BHD", keeps the two-decimal reading
        if (amountTokens(againLines) >= amountTokens(segmentLines)) {
          segment = again;
          segmentLines = againLines;
          currency = Currencies.detect(segmentLines);
        }
      }
      LayoutEngine.Result r =
          engine.analyze(segment, segmentLines, dayFirst, fallbackYear, currency);
      if (!r.rows().isEmpty() || r.opening() != null || r.closing() != null) {
        results.add(r);
      }
    }
    if (results.isEmpty()) {
      throw StatementParseException.invalid(
          FORMAT,
          "No statement table was found: no header with date and amount columns, and no dated"
              + " rows with aligned amounts (try the pdf.profile option)",
          SourcePosition.ofPage(1));
    }
    engineWarnings.forEach(sink::warning);
    LayoutEngine.Result first = results.get(0);
    sink.property("pdf.layout", first.headerFound() ? "header" : "inferred");
    sink.property("pdf.dateOrder", first.dates().dayFirst() ? "DMY" : "MDY");
    if (first.creditCard()) {
      sink.property("pdf.creditCard", "true");
    }
    if (results.size() > 1) {
      sink.property("pdf.statements", Integer.toString(results.size()));
    }
    int rows = 0;
    for (LayoutEngine.Result result : results) {
      Forensics.fonts(result.rows(), sink);
      emit(result, sink);
      rows += result.rows().size();
    }
    LOG.debug("Parsed {} transactions ({}) from {} pages", rows, FORMAT, pageCount);
  }

  private static boolean hasImage(PDPage page) {
    PDResources resources = page.getResources();
    if (resources == null) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.isImageXObject(name)) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens of the lines read as amounts. */
  private static int amountTokens(List<Line> lines) {
    int n = 0;
    for (Line l : lines) {
      for (Token t : l.tokens) {
        if (t.amount != null) {
          n++;
        }
      }
    }
    return n;
  }

  private static int fallbackYear(PDDocument document) {
    Calendar created = document.getDocumentInformation().getCreationDate();
    return created != null
        ? created.get(Calendar.YEAR)
        : LocalDate.now(java.time.ZoneOffset.UTC).getYear();
  }

  private static void emit(LayoutEngine.Result result, StatementSink sink) {
    Currency currency = null;
    if (result.currency() != null) {
      try {
        currency = Currency.getInstance(result.currency());
      } catch (IllegalArgumentException e) {
        currency = null;
      }
    }
    StatementFields.Fields fields = result.fields();
    Account.Builder account = Account.builder().currency(currency);
    if (fields.accountNumber != null) {
      account.number(fields.accountNumber);
    }
    if (fields.iban != null) {
      account.iban(Iban.tryParse(fields.iban).orElse(null));
      if (fields.accountNumber == null) {
        account.number(fields.iban);
      }
    }
    account.holder(fields.holder).bank(fields.bank);
    Account built = account.build();
    sink.beginStatement(StatementHeader.of(built));
    long record = 0;
    for (Row r : result.rows()) {
      SourcePosition position =
          SourcePosition.ofPage(r.page).withLine(r.indexOnPage).withRecord(++record).withBox(r.box);
      if (r.date == null) {
        sink.rowSkipped(
            ParseWarning.of(
                "PDF_INVALID_DATE", "A row's date is not a calendar date; row skipped", position));
        continue;
      }
      String ref = r.referenceText();
      Transaction.Builder t =
          Transaction.builder()
              .bookingDate(r.date)
              .valueDate(r.valueDate)
              .amount(r.value)
              .currency(currency)
              .description(r.descriptionText())
              .reference(ref.isEmpty() ? null : ref)
              .balance(r.balanceValue)
              .position(position);
      sink.transaction(t.build());
    }
    StatementHeader.Builder header =
        StatementHeader.builder()
            .account(built)
            .currency(currency)
            .openingBalance(result.opening())
            .closingBalance(result.closing());
    // the stated period; without one the sink derives it from the rows' dates
    LocalDate from = result.dates().periodFrom();
    LocalDate to = result.dates().periodTo();
    if (from != null && to != null && !to.isBefore(from)) {
      header.period(DateRange.of(from, to));
    }
    sink.endStatement(header.build());
  }

  /** The input, in memory or in a temporary file, with the facts gathered while copying it. */
  private static final class Spool {
    byte[] bytes = new byte[0];
    @Nullable Path file;
    int revisions;
    boolean startsLikePdf;
    boolean endsWithEof;

    static Spool read(InputStream input, ParseContext context) throws IOException {
      Spool spool = new Spool();
      ByteArrayOutputStream memory = new ByteArrayOutputStream(64 * 1024);
      OutputStream out = memory;
      byte[] buffer = new byte[64 * 1024];
      int matched = 0;
      long total = 0;
      byte[] head = new byte[1024];
      int headLength = 0;
      byte[] tail = new byte[1024];
      int tailLength = 0;
      try {
        int n;
        while ((n = input.read(buffer)) != -1) {
          for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            matched = b == EOF_MARKER[matched] ? matched + 1 : b == EOF_MARKER[0] ? 1 : 0;
            if (matched == EOF_MARKER.length) {
              spool.revisions++;
              matched = 0;
            }
          }
          if (headLength < head.length) {
            int c = Math.min(n, head.length - headLength);
            System.arraycopy(buffer, 0, head, headLength, c);
            headLength += c;
          }
          if (n >= tail.length) {
            System.arraycopy(buffer, n - tail.length, tail, 0, tail.length);
            tailLength = tail.length;
          } else {
            int keep = Math.min(tailLength, tail.length - n);
            System.arraycopy(tail, tailLength - keep, tail, 0, keep);
            System.arraycopy(buffer, 0, tail, keep, n);
            tailLength = keep + n;
          }
          total += n;
          if (spool.file == null && total > MEMORY_LIMIT) {
            spool.file = context.createTempFile("bsa-pdf-", ".pdf");
            out = Files.newOutputStream(spool.file);
            memory.writeTo(out);
            memory = new ByteArrayOutputStream(0);
          }
          out.write(buffer, 0, n);
        }
      } catch (IOException | RuntimeException e) {
        if (out != memory) {
          out.close();
        }
        spool.delete();
        throw e;
      }
      if (out != memory) {
        out.close();
      } else {
        spool.bytes = memory.toByteArray();
      }
      spool.startsLikePdf = indexOf(head, headLength, new byte[] {'%', 'P', 'D', 'F', '-'}) >= 0;
      spool.endsWithEof = indexOf(tail, tailLength, EOF_MARKER) >= 0;
      return spool;
    }

    void check() {
      if (!startsLikePdf) {
        throw StatementParseException.malformed(
            FORMAT, "The input is not a PDF (no %PDF- header)", SourcePosition.UNKNOWN);
      }
      if (!endsWithEof) {
        throw StatementParseException.malformed(
            FORMAT,
            "The PDF is truncated: it does not end with an end-of-file marker",
            SourcePosition.UNKNOWN);
      }
    }

    void delete() {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.debug("Could not delete a temporary file ({})", e.getClass().getSimpleName());
        }
        file = null;
      }
    }

    private static int indexOf(byte[] data, int length, byte[] needle) {
      outer:
      for (int i = 0; i + needle.length <= length; i++) {
        for (int k = 0; k < needle.length; k++) {
          if (data[i + k] != needle[k]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
