package io.github.bsa.parsers.fuzz;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An input stream that synthesises {@code head}, then {@code unit} repeated {@code count} times,
 * then {@code tail}, without holding more than those three pieces: hostile inputs of gigabytes
 * without files of gigabytes.
 */
final class SyntheticStream extends InputStream {
  private final byte[][] parts;
  private final long[] repeats;
  private int part;
  private long repeat;
  private int offset;

  SyntheticStream(byte[] head, byte[] unit, long count, byte[] tail) {
    this.parts = new byte[][] {head, unit, tail};
    this.repeats = new long[] {1, unit.length == 0 ? 0 : count, 1};
  }

  SyntheticStream(String head, String unit, long count, String tail) {
    this(bytes(head), bytes(unit), count, bytes(tail));
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The total length in bytes. */
  long length() {
    long n = 0;
    for (int i = 0; i < parts.length; i++) {
      n += parts[i].length * repeats[i];
    }
    return n;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int written = 0;
    while (written < len) {
      if (part >= parts.length) {
        return written == 0 ? -1 : written;
      }
      byte[] p = parts[part];
      if (repeat >= repeats[part] || p.length == 0) {
        part++;
        repeat = 0;
        offset = 0;
        continue;
      }
      int n = Math.min(len - written, p.length - offset);
      System.arraycopy(p, offset, b, off + written, n);
      written += n;
      offset += n;
      if (offset == p.length) {
        offset = 0;
        repeat++;
      }
    }
    return written;
  }
}
