package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits decoded CSV text into records, one record at a time, with the fields as ranges of one
 * reused {@code char} buffer (ADR 0260): nothing is allocated per record or field unless a caller
 * asks for a {@code String}.
 *
 * <p>The dialect is RFC 4180 with the leniencies bsa has always read CSV with (the ones of the
 * commons-csv format it replaced, which a differential test holds it to): any one-char delimiter;
 * an optional quote char, doubled inside a quoted field for itself; line breaks LF, CRLF and a lone
 * CR, also inside quoted fields; empty lines skipped; a line of only spaces is a record of one
 * empty field; spaces ({@link Character#isWhitespace}, the delimiter excepted) around an unquoted
 * field dropped, and before a quoted one; text after a closing quote kept as part of the field; a
 * quote inside an unquoted field is an ordinary char; ragged rows as they come. An unterminated
 * quoted field at the end of the input is malformed, or in lenient mode (the sample of detection,
 * which is cut) ends the field.
 *
 * <p>Bounds: a physical line or a field longer than {@code maxLineLength} chars, or a record longer
 * than four times that, ends the read with a {@link LimitExceededException} naming {@code
 * maxLineLength} and the line, so one endless line or quoted field cannot exhaust memory.
 *
 * <p>Line numbers follow the commons-csv convention the rest of the package grew up with: {@link
 * #line()} is the line after the previous record (the first skipped empty line, if any), counting
 * CR, LF and CRLF as one break each. Used from one thread.
 */
final class CsvTokenizer {
  private static final int NONE = -1;

  private final Reader in;
  private final char delimiter;
  private final int quote;
  private final boolean lenient;
  private final int maxLine;
  private final int maxRecord;
  private char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private int recStart;
  private int lineStart;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int count;
  private long record;
  private long breaks;
  private long line = 1;

  /**
   * Reads records from the reader.
   *
   * @param in the decoded text (a BOM already dropped)
   * @param delimiter the field delimiter
   * @param quote the quote char, or null for none
   * @param lenient whether an unterminated quoted field at the end of the input ends the field
   *     instead of being malformed
   * @param maxLineLength the longest line or field, in chars
   */
  CsvTokenizer(
      Reader in, char delimiter, @Nullable Character quote, boolean lenient, int maxLineLength) {
    this.in = in;
    this.delimiter = delimiter;
    this.quote = quote == null ? NONE : quote;
    this.lenient = lenient;
    this.maxLine = Math.max(1, maxLineLength);
    this.maxRecord = (int) Math.min(Integer.MAX_VALUE - 64L, 4L * this.maxLine);
    this.buf = new char[(int) Math.min(32_768L, Math.max(1024L, this.maxRecord + 2L))];
  }

  /** Returns the number of fields of the current record. */
  int size() {
    return count;
  }

  /** Returns the buffer the current record's fields are ranges of; valid until the next read. */
  char[] buffer() {
    return buf;
  }

  /** Returns where field {@code i} starts in {@link #buffer()}. */
  int start(int i) {
    return starts[i];
  }

  /** Returns where field {@code i} ends (exclusive) in {@link #buffer()}. */
  int end(int i) {
    return ends[i];
  }

  /** Returns field {@code i} as a string, or the empty string when the record has no field i. */
  String get(int i) {
    if (i >= count) {
      return "";
    }
    int s = starts[i];
    int e = ends[i];
    return s == e ? "" : new String(buf, s, e - s);
  }

  /** Returns the fields of the current record as a new list. */
  List<String> toList() {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(get(i));
    }
    return out;
  }

  /** Returns the 1-based number of the current record (empty lines are not records). */
  long record() {
    return record;
  }

  /** Returns the line after the previous record, in the convention described above. */
  long line() {
    return line;
  }

  /** Returns the line breaks read so far: the number of the current record's last line. */
  long linesRead() {
    return breaks;
  }

  /** Whether the chars from..to are all whitespace ({@link Character#isWhitespace}). */
  static boolean isBlank(char[] b, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(b[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the chars from..to are the text. */
  static boolean contentEquals(char[] b, int from, int to, String text) {
    if (to - from != text.length()) {
      return false;
    }
    for (int k = 0, i = from; i < to; k++, i++) {
      if (b[i] != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   * @throws IOException if reading fails
   * @throws StatementParseException for an unterminated quoted field (not lenient)
   * @throws LimitExceededException for a line, field or record over the bounds
   */
  boolean next() throws IOException {
    count = 0;
    line = breaks + 1;
    int p = pos;
    recStart = p;
    // empty lines
    while (true) {
      if (p == limit) {
        p -= fill();
        if (p == limit) {
          pos = p;
          return false;
        }
      }
      char c = buf[p];
      if (c == '\n' || c == '\r') {
        p = lineBreak(p);
        recStart = p;
      } else {
        break;
      }
    }
    recStart = p;
    final char d = delimiter;
    while (true) {
      // leading spaces
      char c;
      while (true) {
        if (p == limit) {
          p -= fill();
          if (p == limit) {
            addField(p, p);
            return endRecord(p);
          }
        }
        c = buf[p];
        if (c != d && c != '\n' && c != '\r' && isSpace(c)) {
          p++;
        } else {
          break;
        }
      }
      if (c == d) {
        addField(p, p);
        p++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        addField(p, p);
        return endRecord(lineBreak(p));
      }
      if (c == quote) {
        p = quoted(p + 1);
        if (p < 0) {
          return endRecord(limit);
        }
        c = buf[p];
        if (c == d) {
          p++;
          continue;
        }
        return endRecord(lineBreak(p));
      }
      // an unquoted field: scanned over locals with one bound, so that the loop has no field loads
      // or range checks (ADR 0350); the buffer is refilled only when the scan reaches its limit
      int s = p;
      while (true) {
        final char[] b = buf;
        final int lim = limit;
        while (p < lim) {
          c = b[p];
          if (c == d || (c <= '\r' && (c == '\n' || c == '\r'))) {
            break;
          }
          p++;
        }
        if (p < lim) {
          break;
        }
        int shift = fill();
        p -= shift;
        s -= shift;
        if (p == limit) {
          addField(s, trimEnd(s, p));
          return endRecord(p);
        }
      }
      addField(s, trimEnd(s, p));
      if (c == d) {
        p++;
        continue;
      }
      return endRecord(lineBreak(p));
    }
  }

  /**
   * Reads a quoted field whose content starts at {@code p}, unescaping it in place; returns the
   * index of the delimiter or line break that ends it, or -1 at the end of the input. States: 0
   * inside the quotes, 1 right after a quote inside them (a second quote is a quote, anything else
   * closes the field), 2 after the closing quote (text up to the delimiter is kept).
   */
  private int quoted(int p) throws IOException {
    int s = p;
    int w = p;
    int state = 0;
    final char q = (char) quote;
    final char d = delimiter;
    while (true) {
      if (p == limit) {
        int shift = fill();
        p -= shift;
        s -= shift;
        w -= shift;
        if (p == limit) {
          if (state == 0 && !lenient) {
            throw new StatementParseException(
                ErrorCode.MALFORMED_INPUT,
                CsvStatementParser.FORMAT,
                "CSV record is malformed, such as an unterminated quote",
                SourcePosition.ofLine(line),
                null);
          }
          addField(s, w);
          return -1;
        }
      }
      if (state == 0) {
        // the field's text up to a quote or a line break, over locals with one bound (ADR 0350);
        // nothing is copied while no doubled quote has moved the text
        final char[] b = buf;
        final int lim = limit;
        if (w == p) {
          while (p < lim) {
            char c = b[p];
            if (c == q || (c <= '\r' && (c == '\n' || c == '\r'))) {
              break;
            }
            p++;
          }
          w = p;
        } else {
          while (p < lim) {
            char c = b[p];
            if (c == q || (c <= '\r' && (c == '\n' || c == '\r'))) {
              break;
            }
            b[w++] = c;
            p++;
          }
        }
        if (p == lim) {
          continue;
        }
        if (b[p] == q) {
          state = 1;
          p++;
        } else {
          // a break inside the field: counted, and kept as it is
          int after = lineBreakKeep(p);
          while (p < after) {
            b[w++] = b[p++];
          }
        }
        continue;
      }
      char c = buf[p];
      if (state == 1 && c == q) {
        buf[w++] = q;
        state = 0;
        p++;
      } else if (c == d || c == '\n' || c == '\r') {
        addField(s, w);
        return p;
      } else {
        state = 2;
        buf[w++] = c;
        p++;
      }
    }
  }

  /** Drops trailing spaces of an unquoted field. */
  private int trimEnd(int s, int e) {
    while (e > s && isSpace(buf[e - 1])) {
      e--;
    }
    return e;
  }

  /** {@link Character#isWhitespace}, with the ASCII answers inline. */
  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return (c >= '\t' && c <= '\r') || c >= '\u001C';
    }
    return c >= '\u1680' && Character.isWhitespace(c);
  }

  private void addField(int s, int e) {
    if (e - s > maxLine) {
      throw new LimitExceededException("maxLineLength", maxLine, SourcePosition.ofLine(line));
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = s;
    ends[count] = e;
    count++;
  }

  private boolean endRecord(int p) {
    pos = p;
    record++;
    return true;
  }

  /**
   * Consumes the line break at {@code p} (CR, LF or CRLF), counts it and checks the line's length;
   * returns the index after it. The buffer may move (fields are adjusted), so the caller must not
   * hold other indexes across this call.
   */
  private int lineBreak(int p) throws IOException {
    char c = buf[p];
    endLine(p);
    p++;
    if (c == '\r') {
      if (p == limit) {
        p -= fill();
      }
      if (p < limit && buf[p] == '\n') {
        p++;
      }
    }
    lineStart = p;
    return p;
  }

  /**
   * {@link #lineBreak} inside a quoted field, where the buffer must not move: looks ahead for the
   * LF of a CRLF only within the buffer, else leaves it for the caller's next round (an LF right
   * after a CR is then not counted again, see {@link #endLine}).
   */
  private int lineBreakKeep(int p) {
    char c = buf[p];
    endLine(p);
    p++;
    if (c == '\r' && p < limit && buf[p] == '\n') {
      p++;
    }
    lineStart = p;
    return p;
  }

  private void endLine(int p) {
    if (buf[p] == '\n' && p > 0 && p == lineStart && afterCr(p)) {
      return; // the LF of a CRLF split by a buffer refill
    }
    if (p - lineStart > maxLine) {
      throw new LimitExceededException("maxLineLength", maxLine, SourcePosition.ofLine(breaks + 1));
    }
    breaks++;
  }

  private boolean afterCr(int p) {
    return buf[p - 1] == '\r';
  }

  /**
   * Reads more input behind {@code limit}, first moving the current record to the start of the
   * buffer (or growing it); returns by how much indexes into the buffer moved down. At the end of
   * the input {@code limit} stays where it was.
   */
  private int fill() throws IOException {
    if (eof) {
      return 0;
    }
    if (limit - lineStart > maxLine) {
      throw new LimitExceededException("maxLineLength", maxLine, SourcePosition.ofLine(breaks + 1));
    }
    if (limit - recStart > maxRecord) {
      throw new LimitExceededException("maxLineLength", maxLine, SourcePosition.ofLine(line));
    }
    // keep one char before the record, so that an LF can see the CR before it
    int keep = Math.max(0, Math.min(recStart, lineStart) - 1);
    int shift = keep;
    if (shift > 0) {
      System.arraycopy(buf, shift, buf, 0, limit - shift);
      limit -= shift;
      recStart -= shift;
      lineStart -= shift;
      for (int i = 0; i < count; i++) {
        starts[i] -= shift;
        ends[i] -= shift;
      }
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8L, buf.length * 2L));
    }
    int n;
    do {
      n = in.read(buf, limit, buf.length - limit);
    } while (n == 0);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return shift;
  }
}
