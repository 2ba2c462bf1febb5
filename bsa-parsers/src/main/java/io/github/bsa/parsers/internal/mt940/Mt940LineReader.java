package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.internal.text.Charsets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits an input stream into text lines without reading ahead more than one buffer. Line breaks
 * are CR LF, LF, CR and the {@code @@} marker some banks use instead of a line break. Each line is
 * decoded on its own: with the caller's charset when given, otherwise as UTF-8 when the bytes are
 * valid UTF-8 and else with a single-byte charset chosen from the first non-UTF-8 line
 * (Windows-1250 when bytes typical of Central European text occur, Windows-1252 otherwise;
 * Windows-1252 decodes ISO-8859-1 text identically for all printable characters). Not thread-safe.
 */
final class Mt940LineReader {
  private static final Charset WINDOWS_1252 =
      charsetOr("windows-1252", StandardCharsets.ISO_8859_1);
  private static final Charset WINDOWS_1250 = charsetOr("windows-1250", WINDOWS_1252);
  private static final Charset CP852 = charsetOr("IBM852", WINDOWS_1252);

  /** Single-byte candidates in order of preference when they score equally. */
  private static final List<Charset> CANDIDATES = List.of(WINDOWS_1252, WINDOWS_1250, CP852);

  private final InputStream in;
  private final int maxLineLength;
  private final @Nullable Charset forced;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[16 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[256];
  private int length;
  private long lineNumber;
  private @Nullable Charset fallback;
  private final int[] scores = new int[CANDIDATES.size()];
  private boolean first = true;
  private boolean terminated = true;
  private boolean controls;
  private boolean nonAscii;
  private long bytesRead;

  Mt940LineReader(InputStream in, int maxLineLength, @Nullable Charset forced) {
    this.in = in;
    this.maxLineLength = maxLineLength;
    this.forced = forced;
  }

  /** Returns the number of the line returned last (1-based). */
  long lineNumber() {
    return lineNumber;
  }

  /** Returns whether the line returned last ended with a line break (not with the input). */
  boolean lastLineTerminated() {
    return terminated;
  }

  /**
   * Returns whether the line returned last may hold a control character (a byte below 0x20, tab
   * included) or was decoded with a caller's charset; when false, its text has no character below
   * 0x20 (ADR 0360). A single-byte fallback charset maps no byte from 0x80 up below 0x20, and UTF-8
   * encodes such characters only as themselves.
   */
  boolean mayHoldControls() {
    return controls;
  }

  /**
   * Returns whether the line returned last is ASCII without control characters (bytes 0x20 to 0x7f
   * only) and was not decoded with a caller's charset (ADR 0360).
   */
  boolean printableAscii() {
    return !controls && !nonAscii;
  }

  /** Returns the number of bytes consumed so far. */
  long bytesRead() {
    return bytesRead;
  }

  /** Returns the charset chosen for non-UTF-8 lines, if one was needed. */
  @Nullable Charset fallbackCharset() {
    return forced != null ? forced : fallback;
  }

  /**
   * Returns the next line without its terminator, or {@code null} at the end of the input.
   *
   * @throws LimitExceededException if a line is longer than the limit
   */
  @Nullable String readLine() throws IOException {
    length = 0;
    controls = forced != null;
    boolean any = false;
    terminated = true;
    int negative = 0;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        terminated = false;
        break;
      }
      any = true;
      // the run of bytes up to a possible line break, in one go (ADR 0270)
      byte[] buf = buffer;
      int start = pos;
      int p = start;
      int end = limit;
      int or = 0;
      boolean ctl = false;
      while (p < end) {
        byte b = buf[p];
        if ((b & 0xe0) == 0) {
          // below 0x20: a line break, or a control character the parser strips
          if (b == '\n' || b == '\r') {
            break;
          }
          ctl = true;
        } else if (b == '@') {
          break;
        }
        or |= b;
        p++;
      }
      negative |= or;
      controls |= ctl;
      pos = p;
      if (p == end) {
        append(buf, start, p - start);
        continue;
      }
      byte b = buf[pos++];
      if (b == '\n' || b == '\r') {
        if (length == 0) {
          // the whole line lies in the buffer: decoded from there, not copied
          lineNumber++;
          nonAscii = negative < 0;
          String line = decode(buf, start, p - start, negative < 0);
          if (b == '\r' && (pos < limit || fill()) && buffer[pos] == '\n') {
            pos++;
          }
          return line;
        }
        append(buf, start, p - start);
        if (b == '\r' && (pos < limit || fill()) && buffer[pos] == '\n') {
          pos++;
        }
        break;
      }
      append(buf, start, p - start);
      if ((pos < limit || fill()) && buffer[pos] == '@') {
        pos++;
        break;
      }
      append((byte) '@');
    }
    lineNumber++;
    nonAscii = negative < 0;
    return decode(line, 0, length, negative < 0);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      eof = true;
      pos = 0;
      limit = 0;
      return false;
    }
    bytesRead += n;
    pos = 0;
    limit = n;
    return true;
  }

  private void append(byte b) {
    if (length == maxLineLength) {
      throw new LimitExceededException(
          "maxLineLength", maxLineLength, SourcePosition.ofLine(lineNumber + 1));
    }
    if (length == line.length) {
      line = Arrays.copyOf(line, Math.min(Math.max(16, line.length * 2), maxLineLength));
    }
    line[length++] = b;
  }

  private void append(byte[] from, int offset, int n) {
    if (n == 0) {
      return;
    }
    if (n > maxLineLength - length) {
      throw new LimitExceededException(
          "maxLineLength", maxLineLength, SourcePosition.ofLine(lineNumber + 1));
    }
    if (length + n > line.length) {
      line =
          Arrays.copyOf(
              line, Math.min(Math.max(Math.max(16, line.length * 2), length + n), maxLineLength));
    }
    System.arraycopy(from, offset, line, length, n);
    length += n;
  }

  /** Decodes {@code bytes[offset, offset + n)}; {@code nonAscii} when a byte is above 0x7f. */
  private String decode(byte[] bytes, int offset, int n, boolean nonAscii) {
    if (n > maxLineLength) {
      throw new LimitExceededException(
          "maxLineLength", maxLineLength, SourcePosition.ofLine(lineNumber));
    }
    int start = offset;
    int end = offset + n;
    if (first) {
      first = false;
      int bom =
          Charsets.bom(Arrays.copyOfRange(bytes, offset, Math.min(end, offset + 4)), Math.min(n, 4))
              .filter(b -> b.charset().equals(StandardCharsets.UTF_8))
              .map(Charsets.Bom::length)
              .orElse(0);
      start += bom;
      if (bom > 0) {
        nonAscii = false;
        for (int i = start; i < end; i++) {
          if (bytes[i] < 0) {
            nonAscii = true;
            break;
          }
        }
      }
    }
    if (forced != null) {
      return new String(bytes, start, end - start, forced);
    }
    if (!nonAscii) {
      return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, start, end - start, chooseFallback(bytes, start, end));
    }
  }

  /**
   * Scores each single-byte candidate on this line (non-ASCII bytes that decode to letters score,
   * symbols and control characters cost) and returns the best so far over the whole input.
   */
  private Charset chooseFallback(byte[] bytes, int start, int end) {
    for (int c = 0; c < CANDIDATES.size(); c++) {
      String text = new String(bytes, start, end - start, CANDIDATES.get(c));
      int score = 0;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch < 0x80) {
          continue;
        }
        if (Character.isLetter(ch)) {
          boolean nearLetter =
              (i > 0 && Character.isLetter(text.charAt(i - 1)))
                  || (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)));
          score += nearLetter ? 2 : 1;
        } else if (ch != '\u20ac' && ch != '\u00a7' && ch != '\u00b0') {
          score -= 2;
        }
      }
      scores[c] += score;
    }
    int best = 0;
    for (int c = 1; c < scores.length; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    Charset chosen = CANDIDATES.get(best);
    fallback = chosen;
    return chosen;
  }

  private static Charset charsetOr(String name, Charset fallback) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
