package io.github.bsa.core.spi.tck;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

/**
 * Hands out at most 1-3 bytes per read (a deterministic pseudo-random size), to prove parsers do
 * not assume that {@code read(byte[])} fills the buffer.
 *
 * @since 0.2
 */
public final class ThrottledInputStream extends FilterInputStream {
  private final Random random;

  /** Wraps a stream with a fixed seed. */
  public ThrottledInputStream(InputStream in) {
    this(in, 42);
  }

  /** Wraps a stream with the given seed. */
  public ThrottledInputStream(InputStream in, long seed) {
    super(in);
    this.random = new Random(seed);
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    return in.read(b, off, Math.min(len, 1 + random.nextInt(3)));
  }

  @Override
  public int available() {
    return 0;
  }
}
