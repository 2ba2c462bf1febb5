package io.github.bsa.parsers.internal.textio;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.internal.text.Charsets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads characters from bytes one at a time, tracking line and column, without reading ahead more
 * than its 8 KiB buffer.
 *
 * <p>In the default, adaptive mode every well-formed UTF-8 sequence is decoded as UTF-8 and every
 * other byte above 0x7F through a single-byte legacy charset: the one {@link Charsets#singleByte}
 * chooses from the sample (windows-1252, or ISO-8859-15 for its euro sign) unless told otherwise.
 * Text in a legacy charset almost never forms valid multi-byte UTF-8 sequences, so this reads both
 * UTF-8 files and legacy files correctly whatever their header claims, and it needs no second pass.
 * {@link #utf8Sequences()} and {@link #legacyBytes()} tell which kind of bytes were seen, so that a
 * parser can warn about a header that lies. A UTF-8 byte-order mark is skipped; a UTF-16 one, or a
 * charset forced by the caller, switches to a plain {@link Reader}.
 *
 * <p>Lines end at LF, CR or CRLF. Not thread-safe.
 */
public final class AdaptiveTextReader {
  private static final int NONE = -2;

  private final InputStream in;
  private final byte[] buf = new byte[8192];
  private int pos;
  private int limit;
  private boolean eof;
  private @Nullable Reader reader;
  private final char[] legacy = new char[128];
  private String legacyName = "";
  private int pendingLow = NONE;
  private int pushback = NONE;
  private long utf8Sequences;
  private long legacyBytes;

  private long line = 1;
  private int column;
  private boolean lastCr;
  private long charCount;

  /**
   * Creates a reader.
   *
   * @param in the bytes
   * @param forced a charset the caller insists on, or {@code null} to detect
   * @param sample the first bytes of the input as the facade read them (may be empty): the legacy
   *     charset is chosen from them by {@link Charsets#singleByte}, the rule the CSV sniffer uses
   * @throws IOException if reading the first bytes fails
   */
  public AdaptiveTextReader(InputStream in, @Nullable Charset forced, byte[] sample)
      throws IOException {
    this.in = in;
    setLegacyCharset(Charsets.singleByte(sample, 0, sample.length).charset());
    int n = ensure(3) ? 3 : limit - pos;
    Optional<Charsets.Bom> bom = Charsets.bom(buf, n);
    boolean utf8Bom = bom.isPresent() && bom.get().charset().equals(StandardCharsets.UTF_8);
    if (bom.isPresent() && !utf8Bom) {
      pos = bom.get().length();
      reader = readerFor(bom.get().charset());
    } else if (forced != null) {
      reader = readerFor(forced);
    } else if (utf8Bom) {
      pos = 3;
    }
  }

  private Reader readerFor(Charset charset) {
    InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, pos, limit - pos), in);
    pos = limit;
    return new InputStreamReader(
        rest,
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /**
   * Sets the single-byte charset for bytes that are not part of a UTF-8 sequence. Ignored for
   * multi-byte charsets (the charset chosen from the sample then stays) and when a fixed charset is
   * in use.
   *
   * @param charset the charset
   * @return whether it was taken
   */
  @CanIgnoreReturnValue
  public boolean setLegacyCharset(Charset charset) {
    if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() > 1.0f) {
      return false;
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    byte[] high = new byte[1];
    for (int b = 0x80; b <= 0xFF; b++) {
      high[0] = (byte) b;
      try {
        CharBuffer cb = decoder.reset().decode(ByteBuffer.wrap(high));
        legacy[b - 0x80] = cb.length() == 1 ? cb.get(0) : '\uFFFD';
      } catch (CharacterCodingException e) {
        legacy[b - 0x80] = '\uFFFD';
      }
    }
    legacyName = charset.name();
    return true;
  }

  /**
   * Returns the name of the legacy charset in use.
   *
   * @return the charset name
   */
  public String legacyCharsetName() {
    return legacyName;
  }

  /**
   * Returns whether a fixed charset (forced or from a UTF-16 byte-order mark) is in use.
   *
   * @return whether fixed
   */
  public boolean isFixedCharset() {
    return reader != null;
  }

  /**
   * Returns how many multi-byte UTF-8 sequences were decoded.
   *
   * @return the count
   */
  public long utf8Sequences() {
    return utf8Sequences;
  }

  /**
   * Returns how many bytes were decoded through the legacy charset.
   *
   * @return the count
   */
  public long legacyBytes() {
    return legacyBytes;
  }

  /**
   * Returns the 1-based line of the next character.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 1-based column of the last character read (0 at the start of a line).
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns how many characters were read.
   *
   * @return the count
   */
  public long charCount() {
    return charCount;
  }

  /**
   * Pushes one character back; it is returned by the next {@link #read()}. Line and column are not
   * rewound.
   *
   * @param c the character
   */
  public void unread(int c) {
    if (c >= 0) {
      pushback = c;
    }
  }

  /**
   * Reads the next character.
   *
   * @return the character, or -1 at the end of the input
   * @throws IOException if reading fails
   */
  public int read() throws IOException {
    int c;
    if (pushback != NONE) {
      c = pushback;
      pushback = NONE;
      return c;
    }
    c = decode();
    if (c < 0) {
      return c;
    }
    charCount++;
    if (c == '\r') {
      line++;
      column = 0;
      lastCr = true;
    } else if (c == '\n') {
      if (!lastCr) {
        line++;
      }
      column = 0;
      lastCr = false;
    } else {
      column++;
      lastCr = false;
    }
    return c;
  }

  /**
   * Reads a run of plain characters in one go, as {@link #read()} would return them one at a time:
   * ASCII characters other than CR, LF and those marked in {@code stop}, at most {@code max}. Line,
   * column and character count advance as if each had been read. Returns 0 (and reads nothing) when
   * the next character is not plain, at the end of the input, when a character was pushed back, and
   * when a fixed charset is in use: the caller then falls back to {@link #read()}.
   *
   * @param dst where the characters go
   * @param off the first index written
   * @param max the most characters read
   * @param stop 128 flags, one per ASCII character, {@code true} where the run must end
   * @return how many characters were read
   * @throws IOException if reading fails
   */
  public int readPlain(char[] dst, int off, int max, boolean[] stop) throws IOException {
    if (pushback != NONE || pendingLow != NONE || reader != null) {
      return 0;
    }
    int n = 0;
    while (n < max) {
      if (pos >= limit && !ensure(1)) {
        break;
      }
      int p = pos;
      int end = Math.min(limit, p + (max - n));
      byte[] b = buf;
      while (p < end) {
        int c = b[p];
        if (c < 0 || c == '\r' || c == '\n' || stop[c]) {
          break;
        }
        dst[off + n++] = (char) c;
        p++;
      }
      boolean stopped = p < end;
      pos = p;
      if (stopped) {
        break;
      }
    }
    if (n > 0) {
      column += n;
      charCount += n;
      lastCr = false;
    }
    return n;
  }

  private int decode() throws IOException {
    if (pendingLow != NONE) {
      int c = pendingLow;
      pendingLow = NONE;
      return c;
    }
    Reader r = reader;
    if (r != null) {
      return r.read();
    }
    if (pos >= limit && !ensure(1)) {
      return -1;
    }
    int b = buf[pos] & 0xff;
    if (b < 0x80) {
      pos++;
      return b;
    }
    // false only near the end of the input: a sequence cut there is read as legacy bytes
    var unused = ensure(4);
    int length = Charsets.utf8SequenceLength(buf, pos, limit);
    if (length > 0) {
      int cp = b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
      for (int k = 1; k < length; k++) {
        cp = (cp << 6) | (buf[pos + k] & 0x3F);
      }
      pos += length;
      utf8Sequences++;
      if (cp > 0xFFFF) {
        pendingLow = Character.lowSurrogate(cp);
        return Character.highSurrogate(cp);
      }
      return cp;
    }
    pos++;
    legacyBytes++;
    return legacy[b - 0x80];
  }

  /** Makes at least {@code n} bytes available from {@code pos}; false at the end of the input. */
  private boolean ensure(int n) throws IOException {
    if (limit - pos >= n) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    while (!eof && limit < n) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
      } else {
        limit += r;
      }
    }
    return limit - pos >= n;
  }
}
