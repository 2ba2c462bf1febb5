package io.github.bsa.parsers.internal.csv;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** A large text input produced lazily, one line at a time: never more than one line in memory. */
abstract class GeneratedLines extends InputStream {
  private byte[] current;
  private int pos;

  GeneratedLines(String header) {
    this.current = header.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the next line, with its line break, or {@code null} at the end. */
  abstract @Nullable String nextLine();

  @Override
  public int read() {
    if (pos == current.length && !advance()) {
      return -1;
    }
    return current[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (pos == current.length && !advance()) {
      return -1;
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    return n;
  }

  private boolean advance() {
    String line = nextLine();
    if (line == null) {
      return false;
    }
    current = line.getBytes(StandardCharsets.UTF_8);
    pos = 0;
    return true;
  }
}
