package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Provides the spreadsheet parser, format id {@code xlsx}: Office Open XML workbooks ({@code
 * .xlsx}, {@code .xlsm}). It also claims legacy {@code .xls} workbooks and password-protected
 * workbooks (both OLE2 compound files) so that they end in an error that says what to do rather
 * than "no parser recognises this input". Stateless and thread-safe.
 */
public final class XlsxParserProvider implements StatementParserProvider {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public XlsxParserProvider() {}

  @Override
  public String formatId() {
    return XlsxStatementParser.FORMAT;
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    String name = sample.fileName().map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
    boolean spreadsheetName =
        name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    if (sample.startsWith(OLE2)) {
      // nothing else in bsa reads OLE2 compound files; claim them to explain the refusal
      return ProbeResult.of(
          spreadsheetName ? 0.9 : 0.3, "OLE2 compound file (legacy or encrypted workbook)");
    }
    if (!sample.startsWith(ZIP)) {
      return ProbeResult.NO;
    }
    // Local file headers carry the entry names uncompressed; a workbook's parts live under xl/.
    String names = new String(sample.bytes(), StandardCharsets.ISO_8859_1);
    if (names.contains("xl/workbook.xml") || names.contains("xl/worksheets/")) {
      return ProbeResult.of(0.95, "Office Open XML workbook parts");
    }
    boolean ooxml = names.contains("[Content_Types].xml");
    if (ooxml && (names.contains("word/") || names.contains("ppt/"))) {
      return ProbeResult.NO;
    }
    if (ooxml || names.contains("xl/")) {
      return ProbeResult.of(spreadsheetName ? 0.9 : 0.6, "Office Open XML package");
    }
    return spreadsheetName ? ProbeResult.of(0.5, "zip file named like a workbook") : ProbeResult.NO;
  }

  @Override
  public StatementParser create(ParseContext context) {
    return new XlsxStatementParser(context);
  }
}
