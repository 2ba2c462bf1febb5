package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.internal.csv.CsvParserProvider;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads a workbook: spools it to a temporary file (a zip file is read from its end), reads the
 * workbook's sheets, styles and shared strings, and hands each visible sheet, as delimited text
 * with one line per sheet row, to the CSV engine with the caller's options. Every statement the CSV
 * engine finds is reported with its sheet number as the page of its positions. A sheet that holds
 * no statement (a summary or a cover sheet) is skipped with a {@code SHEET_SKIPPED} warning; a
 * sheet that looks like a statement but is ambiguous or invalid fails the parse, as in CSV. The
 * temporary files go to the caller's temp folder and are deleted at the end. One instance per
 * parse.
 */
final class XlsxStatementParser implements StatementParser {
  static final String FORMAT = "xlsx";

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private final ParseContext context;
  private final long start = System.nanoTime();

  XlsxStatementParser(ParseContext context) {
    this.context = context;
  }

  @Override
  public void parse(InputStream input, StatementSink sink) throws IOException {
    if (context.sample().startsWith(OLE2)) {
      throw ole2(input);
    }
    Path spool = context.createTempFile("bsa-xlsx-", ".spool");
    try {
      Files.copy(input, spool, StandardCopyOption.REPLACE_EXISTING);
      try (ZipPackage zip = ZipPackage.open(spool, context.limits().maxBytes())) {
        parseSheets(zip, sink);
      }
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private void parseSheets(ZipPackage zip, StatementSink sink) throws IOException {
    int maxText = Math.max(1024, context.limits().maxLineLength());
    Workbook workbook = Workbook.read(zip, maxText);
    if (workbook.sheets().isEmpty()) {
      throw StatementParseException.malformed(
          FORMAT, "The workbook has no visible worksheet", SourcePosition.UNKNOWN);
    }
    int statements = 0;
    @Nullable StatementParseException firstRefusal = null;
    for (Workbook.Sheet sheet : workbook.sheets()) {
      SourcePosition page = SourcePosition.ofPage(sheet.number());
      context.checkDeadline(page);
      Path text = context.createTempFile("bsa-xlsx-", ".csv");
      try {
        int rows;
        try (InputStream in = zip.open(sheet.part());
            Writer out =
                new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(text), StandardCharsets.UTF_8),
                    1 << 16)) {
          rows = new SheetReader(workbook, sheet, context).copy(in, out);
        }
        if (rows == 0) {
          continue;
        }
        SheetSink paged = new SheetSink(sink, sheet.number());
        try {
          parseText(text, paged);
          statements += paged.statements();
        } catch (StatementParseException e) {
          StatementParseException onSheet = onSheet(e, sheet.number());
          if (paged.begun() || !isNoStatement(e)) {
            throw onSheet;
          }
          if (firstRefusal == null) {
            firstRefusal = onSheet;
          }
          sink.warning(
              ParseWarning.of(
                  "SHEET_SKIPPED",
                  "Sheet " + sheet.number() + " holds no statement: " + e.getMessage(),
                  page));
        }
      } finally {
        Files.deleteIfExists(text);
      }
    }
    if (statements == 0) {
      if (firstRefusal != null) {
        throw firstRefusal;
      }
      throw StatementParseException.malformed(
          FORMAT, "The workbook's visible sheets are empty", SourcePosition.UNKNOWN);
    }
  }

  /** Runs the CSV engine over one sheet's text, with what is left of the time budget. */
  private void parseText(Path text, StatementSink sink) throws IOException {
    ParseLimits limits = context.limits();
    Duration left = limits.maxDuration().minusNanos(System.nanoTime() - start);
    if (left.isNegative() || left.isZero()) {
      left = Duration.ofMillis(1);
    }
    ParseOptions options = context.options().toBuilder().charset(StandardCharsets.UTF_8).build();
    byte[] head = new byte[SourceSample.MAX_BYTES];
    int n;
    try (InputStream in = Files.newInputStream(text)) {
      n = in.readNBytes(head, 0, head.length);
    }
    boolean complete = Files.size(text) <= n;
    ParseContext inner =
        ParseContext.of(
            limits.toBuilder().maxDuration(left).build(),
            options,
            SourceSample.of(head, n, null, complete));
    StatementParser csv = new CsvParserProvider().create(inner);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(text), 1 << 16)) {
      csv.parse(new KeepOpen(in), sink);
    }
  }

  /** Whether the CSV engine said the sheet holds no statement, rather than a bad one. */
  private static boolean isNoStatement(StatementParseException e) {
    return e.errorCode() == ErrorCode.MALFORMED_INPUT
        || e.errorCode() == ErrorCode.UNSUPPORTED_FORMAT;
  }

  private static StatementParseException onSheet(StatementParseException e, int sheet) {
    SourcePosition p = e.position();
    return new StatementParseException(
        e.errorCode(),
        FORMAT,
        e.getMessage() == null ? "Sheet " + sheet + " cannot be read" : e.getMessage(),
        p.withPage(sheet),
        e);
  }

  /** A legacy or encrypted workbook: say which, and what to do. */
  private BsaException ole2(InputStream input) throws IOException {
    byte[] head = input.readNBytes(1 << 20);
    if (containsUtf16(head, "EncryptionInfo")) {
      return new StatementParseException(
          ErrorCode.ENCRYPTED_DOCUMENT,
          FORMAT,
          "The workbook is password-protected; bsa does not decrypt workbooks: save it without a"
              + " password (or export the statement as CSV)",
          SourcePosition.UNKNOWN,
          null);
    }
    return new StatementParseException(
        ErrorCode.UNSUPPORTED_FORMAT,
        FORMAT,
        "Legacy Excel 97-2003 workbooks (.xls) are not read: save the file as .xlsx or export the"
            + " statement as CSV",
        SourcePosition.UNKNOWN,
        null);
  }

  private static boolean containsUtf16(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.UTF_16LE);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The parser contract promises a stream whose close does nothing; the owner closes it. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the sheet's text stream is closed by parseText
    }
  }
}
