package io.github.bsa.parsers.internal.csv;

import io.github.bsa.parsers.CsvLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Turns a byte stream into the character stream and records that a pass over a CSV file reads: the
 * layout's charset (malformed bytes replaced), a leading BOM dropped, and the records split by a
 * {@link CsvTokenizer} in the layout's delimiter and quote, with lines and fields longer than the
 * limit refused. Stateless.
 */
final class CsvInput {
  private CsvInput() {}

  /** The records of a full pass (strict at the end of the input). */
  static CsvTokenizer records(InputStream stream, CsvLayout layout, int maxLineLength)
      throws IOException {
    return new CsvTokenizer(
        reader(stream, layout),
        layout.delimiter(),
        layout.quote().orElse(null),
        false,
        maxLineLength);
  }

  /** Decodes the stream in the layout's charset and drops a BOM. */
  static Reader reader(InputStream stream, CsvLayout layout) throws IOException {
    Charset cs = layout.charset();
    var decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    Reader r = new InputStreamReader(stream, decoder);
    // the tokenizer reads in large blocks, so no BufferedReader in between; only the first char is
    // looked at here, through a one-char push-back
    int first = r.read();
    return first < 0 || first == '\uFEFF' ? r : new PushBack((char) first, r);
  }

  /** A reader that returns one char it was given before the rest of another reader. */
  private static final class PushBack extends Reader {
    private final Reader in;
    private int pending;

    PushBack(char first, Reader in) {
      this.pending = first;
      this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pending >= 0) {
        cbuf[off] = (char) pending;
        pending = -1;
        return 1;
      }
      return in.read(cbuf, off, len);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
