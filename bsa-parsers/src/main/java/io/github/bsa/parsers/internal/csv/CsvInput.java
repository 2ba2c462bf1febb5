package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.parsers.CsvLayout;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.apache.commons.csv.CSVFormat;

/**
 * Turns a byte stream into the character stream and record format that a pass over a CSV file
 * reads: the layout's charset (malformed bytes replaced), a leading BOM dropped, and lines longer
 * than the limit refused. Stateless.
 */
final class CsvInput {
  private CsvInput() {}

  /** The commons-csv format of a layout for a full pass (strict at the end of the input). */
  static CSVFormat format(CsvLayout layout) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(layout.delimiter())
        .setQuote(layout.quote().orElse(null))
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .setAllowMissingColumnNames(true)
        .setTrailingData(true)
        .setLenientEof(false)
        .get();
  }

  /** Decodes the stream in the layout's charset, drops a BOM and guards the line length. */
  static Reader reader(InputStream stream, CsvLayout layout, int maxLineLength) throws IOException {
    Charset cs = layout.charset();
    var decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    BufferedReader r = new BufferedReader(new InputStreamReader(stream, decoder), 8192);
    r.mark(1);
    int first = r.read();
    if (first != '\uFEFF') {
      r.reset();
    }
    return new LineGuard(r, maxLineLength);
  }

  /** Refuses lines longer than the limit, so that one endless field cannot exhaust memory. */
  private static final class LineGuard extends FilterReader {
    private final int max;
    private long run;
    private long line = 1;

    LineGuard(Reader in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = 0; i < n; i++) {
        count(buf[off + i]);
      }
      return n;
    }

    private void count(char c) {
      if (c == '\n' || c == '\r') {
        run = 0;
        if (c == '\n') {
          line++;
        }
      } else if (++run > max) {
        throw new LimitExceededException("maxLineLength", max, SourcePosition.ofLine(line));
      }
    }
  }
}
