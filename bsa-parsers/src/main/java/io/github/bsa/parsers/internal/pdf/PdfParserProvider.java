package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;

/**
 * Provides the PDF statement parser (format id {@code pdf}). Recognises a PDF by its {@code %PDF-}
 * header within the first KiB. Options: {@code ParseOptions.password()} for protected documents,
 * {@code ParseOptions.dateOrder()} as a hint when the document does not decide it, and the format
 * option {@code pdf.profile} (JSON layout hints). Stateless and thread-safe.
 */
public final class PdfParserProvider implements StatementParserProvider {
  private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

  /** Creates the provider (used by {@link java.util.ServiceLoader}). */
  public PdfParserProvider() {}

  @Override
  public String formatId() {
    return PdfStatementParser.FORMAT;
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    int limit = Math.min(sample.length(), 1024) - MAGIC.length;
    for (int i = 0; i <= limit; i++) {
      boolean match = true;
      for (int k = 0; k < MAGIC.length && match; k++) {
        match = sample.byteAt(i + k) == MAGIC[k];
      }
      if (match) {
        return ProbeResult.of(i == 0 ? 0.99 : 0.9, "%PDF- header");
      }
    }
    return ProbeResult.NO;
  }

  @Override
  public StatementParser create(ParseContext context) {
    return new PdfStatementParser(context);
  }
}
