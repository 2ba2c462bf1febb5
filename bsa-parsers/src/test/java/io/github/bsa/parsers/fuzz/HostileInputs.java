package io.github.bsa.parsers.fuzz;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.CategoryRules;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.report.ParseResultJson;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.internal.xlsx.XlsxSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jspecify.annotations.Nullable;

/**
 * The child JVM of {@link HostileInputTest}: builds one hostile input (streamed where it is large),
 * parses it through the public API and prints one line {@code OUTCOME <kind> <detail>}: {@code
 * TYPED <ErrorCode>}, {@code PARSED <transactions>}, {@code REJECTED IllegalArgumentException} (for
 * configuration documented to throw it) or {@code UNEXPECTED <exception class>}.
 */
final class HostileInputs {
  /** Default limits, except a time budget that keeps CI short. */
  static final ParseLimits LIMITS =
      ParseLimits.defaults().toBuilder().maxDuration(Duration.ofSeconds(8)).build();

  static final String JS_MARKER = "app.alert('bsa-hostile')";
  static final String EMBEDDED_MARKER = "BSA-EMBEDDED-FILE-MARKER";

  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).limits(LIMITS).build();

  private HostileInputs() {}

  public static void main(String[] args) {
    String outcome;
    try {
      outcome = run(args[0]);
    } catch (BsaException e) {
      try {
        FuzzOracle.requireDeliberate(e);
        outcome = "TYPED " + e.errorCode();
      } catch (AssertionError a) {
        a.printStackTrace();
        outcome = "UNEXPECTED " + e.getClass().getName();
      }
    } catch (Throwable t) { // the point of the test: report whatever escapes
      t.printStackTrace();
      outcome = "UNEXPECTED " + t.getClass().getName();
    }
    System.out.println("OUTCOME " + outcome);
    System.out.flush();
  }

  private static String run(String name) throws IOException {
    return switch (name) {
      case "csv-10m-columns" ->
          parse(new SyntheticStream("", "Amount;", 10_000_000, "\n1;2\n"), options("csv"), null);
      case "csv-nul-invalid-utf8" ->
          parse(
              new SyntheticStream(
                  "Date;Description;Amount\n",
                  "13.03.2026;caf\u00c3(\u0000\u00ff\u00fe\u0000x;-3,50\n",
                  2_000_000,
                  ""),
              options("csv"),
              null);
      case "ofx-sgml-100k-deep" ->
          parse(
              new SyntheticStream(
                  "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1>",
                  "<STMTTRNRS>",
                  100_000,
                  "</OFX>\n"),
              options("ofx"),
              null);
      case "camt-1gb-text-node" ->
          parse(
              new SyntheticStream(
                  camtHead() + "<Ntry><AddtlNtryInf>", "x", 1L << 30, "</AddtlNtryInf></Ntry>"),
              options("camt.053"),
              null);
      case "camt-10m-attributes" ->
          parse(
              new SyntheticStream(
                  "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                      + "camt.053.001.08\"><BkToCstmrStmt><Stmt",
                  " a=\"\"",
                  10_000_000,
                  "/></BkToCstmrStmt></Document>"),
              options("camt.053"),
              null);
      case "mt940-10m-61-without-86" ->
          parse(
              mt940TenMillionLines(),
              ParseOptions.builder().format("mt940").retainTransactions(false).build(),
              null);
      // Retained transactions need heap: the default maxTransactions (10 million) does not fit
      // 256 MB (it ends in OutOfMemoryError), so a small host sizes the limit to its heap.
      case "mt940-10m-61-retained" ->
          "PARSED "
              + StatementAnalyzer.builder()
                  .parsers(BsaParsers.all())
                  .limits(LIMITS.toBuilder().maxTransactions(100_000).build())
                  .build()
                  .parse(mt940TenMillionLines(), null, options("mt940"), ParseListener.NONE)
                  .transactionCount();
      case "pdf-100k-empty-pages" -> parse(bytes(emptyPages(100_000)), options("pdf"), null);
      case "pdf-broken-xref" -> parse(bytes(brokenXref()), options("pdf"), null);
      case "pdf-javascript-embedded-file" -> javascriptAndEmbeddedFile();
      case "pdf-absurd-glyph-counts" -> parse(bytes(absurdFonts()), options("pdf"), null);
      case "xlsx-zip-bomb-1gb" -> parse(bytes(XlsxSamples.zipBomb(1024)), options("xlsx"), null);
      case "xlsx-2m-shared-strings" ->
          parse(bytes(XlsxSamples.sharedStrings(2_000_000)), options("xlsx"), null);
      case "json-rules-100k-deep" -> rules(nested(100_000));
      case "json-rules-megabytes" -> rules(longRules());
      case "json-csv-layout-100k-deep" -> csvLayout(nested(100_000));
      case "json-csv-layout-megabytes" ->
          csvLayout("{\"columns\":{\"date\":0,\"amount\":1},\"header\":[" + manyStrings() + "]}");
      case "json-pdf-profile-100k-deep" -> pdfProfile(nested(100_000));
      case "json-pdf-profile-megabytes" ->
          pdfProfile("{\"columns\":{" + manyStrings().replace(",", ":\"amount\",") + ":1}}");
      default -> throw new IllegalStateException("unknown case " + name);
    };
  }

  /** MT940 with 10 million :61: lines and not one :86:. */
  /**
   * Ten million and one {@code :61:} lines without {@code :86:}: one more than the default {@code
   * maxTransactions}, so the outcome is {@code LIMIT_EXCEEDED} on any machine (the count limit on a
   * fast one, the time budget on a slow or loaded one) rather than depending on how fast 10 million
   * streamed lines go through.
   */
  private static InputStream mt940TenMillionLines() {
    return new SyntheticStream(
        ":20:STMT\n:25:NL02TEST0123456789\n:28C:1/1\n:60F:C260301EUR100,00\n",
        ":61:2603020302D0,01NTRFNONREF\n",
        ParseLimits.DEFAULT_MAX_TRANSACTIONS + 1,
        ":62F:C260331EUR0,00\n-\n");
  }

  private static ParseOptions options(String format) {
    return ParseOptions.builder().format(format).build();
  }

  private static InputStream bytes(byte[] data) {
    return new java.io.ByteArrayInputStream(data);
  }

  private static String parse(InputStream in, ParseOptions options, @Nullable String fileName) {
    ParseResult result = ANALYZER.parse(in, fileName, options, ParseListener.NONE);
    return "PARSED " + result.transactionCount();
  }

  private static String camtHead() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>M1</MsgId></GrpHdr><Stmt><Id>S1</Id>"
        + "<Acct><Id><IBAN>NL02TEST0123456789</IBAN></Id><Ccy>EUR</Ccy></Acct>";
  }

  /** A page tree with {@code count} empty pages. */
  static byte[] emptyPages(int count) {
    RawPdf pdf = new RawPdf();
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < count; i++) {
      kids.append(i + 3).append(" 0 R ");
    }
    pdf.add("<</Type/Catalog/Pages 2 0 R>>");
    pdf.add("<</Type/Pages/Count " + count + "/Kids[" + kids + "]>>");
    for (int i = 0; i < count; i++) {
      pdf.add("<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>");
    }
    return pdf.bytes();
  }

  /** The seed statement PDF with its xref table and startxref offset overwritten. */
  static byte[] brokenXref() throws IOException {
    String pdf = new String(FuzzSeeds.statementPdf(), StandardCharsets.ISO_8859_1);
    int xref = pdf.lastIndexOf("xref\n");
    int startxref = pdf.lastIndexOf("startxref");
    String broken =
        pdf.substring(0, xref)
            + "xref\n0 9\n0000000000 65535 f \n0000099999 00000 n \n"
            + "garbage garbage\n"
            + pdf.substring(startxref, startxref + 10)
            + "123456789\n%%EOF\n";
    return broken.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Fonts that declare absurd glyph ranges: a simple font and a CID font. */
  static byte[] absurdFonts() {
    RawPdf pdf = new RawPdf();
    pdf.add("<</Type/Catalog/Pages 2 0 R>>");
    pdf.add("<</Type/Pages/Count 1/Kids[3 0 R]>>");
    pdf.add(
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
            + "/Resources<</Font<</F1 5 0 R/F2 6 0 R>>>>>>");
    pdf.addStream(
        "",
        "BT /F1 10 Tf 50 700 Td (13.03.2026 Coffee -3,50) Tj ET\n"
            + "BT /F2 10 Tf 50 680 Td <0001000200030004> Tj ET");
    pdf.add(
        "<</Type/Font/Subtype/TrueType/BaseFont/Absurd/FirstChar 0/LastChar 2147483647"
            + "/Widths[500 500 500]/FontDescriptor 8 0 R>>");
    pdf.add(
        "<</Type/Font/Subtype/Type0/BaseFont/AbsurdCid/Encoding/Identity-H"
            + "/DescendantFonts[7 0 R]>>");
    pdf.add(
        "<</Type/Font/Subtype/CIDFontType2/BaseFont/AbsurdCid/CIDToGIDMap/Identity"
            + "/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
            + "/W[0 2147483646 500 0[500 500 500]]/DW 1000/FontDescriptor 8 0 R>>");
    pdf.add(
        "<</Type/FontDescriptor/FontName/Absurd/Flags 32/FontBBox[0 0 1000 1000]"
            + "/ItalicAngle 0/Ascent 800/Descent -200/CapHeight 700/StemV 80"
            + "/MissingWidth 2147483647>>");
    return pdf.bytes();
  }

  /**
   * A statement PDF that opens with JavaScript and carries an embedded file. Parses it with a fresh
   * temporary folder and checks that neither the script nor the file reach the result or the disk.
   */
  private static String javascriptAndEmbeddedFile() throws IOException {
    byte[] data;
    try (PDDocument doc = Loader.loadPDF(FuzzSeeds.statementPdf())) {
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript(JS_MARKER));
      PDEmbeddedFile embedded =
          new PDEmbeddedFile(
              doc,
              new java.io.ByteArrayInputStream(
                  EMBEDDED_MARKER.getBytes(StandardCharsets.US_ASCII)));
      embedded.setSubtype("text/plain");
      embedded.setCreationDate(new GregorianCalendar(2026, Calendar.MARCH, 1));
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("payload.txt");
      spec.setEmbeddedFile(embedded);
      PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
      files.setNames(Map.of("payload.txt", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(files);
      doc.getDocumentCatalog().setNames(names);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out, CompressParameters.NO_COMPRESSION);
      data = out.toByteArray();
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    ParseResult result =
        ANALYZER.parse(bytes(data), "statement.pdf", options("pdf"), ParseListener.NONE);
    String json = ParseResultJson.toJson(result);
    if (json.contains("bsa-hostile") || json.contains(EMBEDDED_MARKER)) {
      return "LEAKED into the result";
    }
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        if (content.contains(EMBEDDED_MARKER) || content.contains("bsa-hostile")) {
          return "EXTRACTED to a file";
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return "PARSED " + result.transactionCount();
  }

  private static String nested(int depth) {
    return "{\"rules\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
  }

  /** About 8 MB: 400,000 quoted strings separated by commas. */
  private static String manyStrings() {
    StringBuilder sb = new StringBuilder(9 << 20);
    for (int i = 0; i < 400_000; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("\"column-").append(i).append("-padding\"");
    }
    return sb.toString();
  }

  /** About 10 MB of rules: valid JSON, so a parse is as good an outcome as a typed error. */
  private static String longRules() {
    StringBuilder sb = new StringBuilder(11 << 20).append("{\"rules\":[");
    for (int i = 0; i < 100_000; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"id\":\"r")
          .append(i)
          .append("\",\"category\":\"c\",\"text\":\"")
          .append("x".repeat(60))
          .append("\"}");
    }
    return sb.append("]}").toString();
  }

  private static String rules(String json) {
    List<?> rules = CategoryRules.parse(json);
    return "PARSED " + rules.size();
  }

  private static String csvLayout(String json) {
    CsvLayout layout = CsvLayout.fromJson(json); // documented: INVALID_OPTION for a bad layout
    return "PARSED " + layout.toJson().length();
  }

  private static String pdfProfile(String json) throws IOException {
    ParseOptions options =
        ParseOptions.builder().format("pdf").formatOption("pdf.profile", json).build();
    return parse(bytes(FuzzSeeds.statementPdf()), options, null);
  }
}
