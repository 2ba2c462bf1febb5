package io.github.bsa.parsers.internal.csv;

import io.github.bsa.parsers.CsvLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

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
    Reader r =
        cs.equals(StandardCharsets.UTF_8)
            ? new Utf8Reader(stream, decoder)
            : new InputStreamReader(stream, decoder);
    // the tokenizer reads in large blocks, so no BufferedReader in between; only the first char is
    // looked at here, through a one-char push-back
    int first = r.read();
    return first < 0 || first == '\uFEFF' ? r : new PushBack((char) first, r);
  }

  /**
   * Decodes UTF-8 in one tight loop (ADR 0260): ASCII, and two- and three-byte sequences that are
   * well-formed, are decoded here; at the first byte it does not take (a four-byte sequence, a
   * malformed or truncated one) the rest of the input, from that byte on, goes to the JDK's decoder
   * with its replacement rules. Every char decoded here is a char the JDK decodes from the same
   * bytes, and the JDK's decoder carries no state across a complete sequence, so the text is
   * exactly what an {@code InputStreamReader} gives.
   */
  private static final class Utf8Reader extends Reader {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final byte[] bytes = new byte[16_384];
    private int bp;
    private int bl;
    private boolean eof;
    private @Nullable Reader rest;

    Utf8Reader(InputStream in, CharsetDecoder decoder) {
      this.in = in;
      this.decoder = decoder;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      Reader r = rest;
      if (r != null) {
        return r.read(cbuf, off, len);
      }
      if (len == 0) {
        return 0;
      }
      while (true) {
        final byte[] sa = bytes;
        final int sl = bl;
        final int dl = off + len;
        int sp = bp;
        int dp = off;
        boolean stop = false;
        while (sp < sl && dp < dl) {
          // a run of ASCII, with one bound so that the loop unrolls
          int run = Math.min(sl - sp, dl - dp);
          int k = 0;
          // eight bytes at a time while all are ASCII (ADR 0350), then byte by byte
          while (k + 8 <= run && ((long) LONGS.get(sa, sp + k) & 0x8080808080808080L) == 0) {
            for (int m = 0; m < 8; m++) {
              cbuf[dp + k + m] = (char) sa[sp + k + m];
            }
            k += 8;
          }
          while (k < run && sa[sp + k] >= 0) {
            cbuf[dp + k] = (char) sa[sp + k];
            k++;
          }
          sp += k;
          dp += k;
          if (k == run) {
            continue;
          }
          int b1 = sa[sp];
          if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
            if (sp + 1 >= sl) {
              break;
            }
            int b2 = sa[sp + 1];
            if ((b2 & 0xc0) != 0x80) {
              stop = true;
              break;
            }
            cbuf[dp++] = (char) (((b1 & 0x1f) << 6) | (b2 & 0x3f));
            sp += 2;
          } else if ((b1 >> 4) == -2) {
            if (sp + 2 >= sl) {
              break;
            }
            int b2 = sa[sp + 1];
            int b3 = sa[sp + 2];
            char c = (char) (((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
            if ((b2 & 0xc0) != 0x80
                || (b3 & 0xc0) != 0x80
                || c < 0x800
                || Character.isSurrogate(c)) {
              stop = true;
              break;
            }
            cbuf[dp++] = c;
            sp += 3;
          } else {
            stop = true;
            break;
          }
        }
        bp = sp;
        if (dp > off) {
          if (stop) {
            rest = handOver();
          }
          return dp - off;
        }
        if (stop || eof) {
          if (bp == bl && eof) {
            return -1;
          }
          // a sequence the JDK decodes or replaces, or a truncated one at the end
          Reader jdk = handOver();
          rest = jdk;
          return jdk.read(cbuf, off, len);
        }
        // too few bytes for the next char: read more behind them
        System.arraycopy(sa, bp, sa, 0, bl - bp);
        bl -= bp;
        bp = 0;
        int n = in.read(sa, bl, sa.length - bl);
        if (n < 0) {
          eof = true;
        } else {
          bl += n;
        }
      }
    }

    private Reader handOver() {
      return new InputStreamReader(
          new SequenceInputStream(new ByteArrayInputStream(bytes, bp, bl - bp), in), decoder);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
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
