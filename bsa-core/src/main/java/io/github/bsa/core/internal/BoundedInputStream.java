package io.github.bsa.core.internal;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Counts and hashes the bytes read through it, and throws {@link LimitExceededException} past a
 * maximum. Marks are not supported, so the digest sees every byte once.
 */
public final class BoundedInputStream extends FilterInputStream {
  private final long maxBytes;
  private final MessageDigest digest;
  private long count;

  /**
   * Wraps a stream.
   *
   * @param in the stream
   * @param maxBytes the limit
   * @param digest the digest to update
   */
  public BoundedInputStream(InputStream in, long maxBytes, MessageDigest digest) {
    super(in);
    this.maxBytes = maxBytes;
    this.digest = digest;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      count(1);
      digest.update((byte) b);
    }
    return b;
  }

  /**
   * Returns the underlying estimate, or 0 where there is none: a named pipe opened with {@code
   * Files.newInputStream} answers {@code available()} with "Illegal seek", and the facade's
   * buffered reads ask for it after each chunk.
   */
  @Override
  public int available() {
    try {
      return in.available();
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      count(n);
      digest.update(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported: the digest must see each byte once
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  /**
   * Returns the number of bytes read so far.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /** Reads the rest of the stream, so the digest covers all of it. */
  public void drain() throws IOException {
    byte[] buffer = new byte[8192];
    while (read(buffer, 0, buffer.length) >= 0) {
      // keep reading
    }
  }

  private void count(int n) {
    count += n;
    if (count > maxBytes) {
      throw new LimitExceededException("maxBytes", maxBytes, SourcePosition.UNKNOWN);
    }
  }
}
