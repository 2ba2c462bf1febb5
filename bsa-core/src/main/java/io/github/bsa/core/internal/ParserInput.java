package io.github.bsa.core.internal;

import java.io.BufferedInputStream;
import java.io.InputStream;

/**
 * The stream every parser gets: buffered (64 KiB), supporting {@code mark}/{@code reset}, and with
 * a {@code close()} that does nothing, because the caller owns the underlying stream. Parsers need
 * no buffering or close-shield of their own. Not thread-safe.
 */
public final class ParserInput extends BufferedInputStream {
  /** The buffer size, also the mark limit parsers may rely on. */
  public static final int BUFFER_BYTES = 64 * 1024;

  /**
   * Wraps a stream.
   *
   * @param in the bounded, hashing input
   */
  public ParserInput(InputStream in) {
    super(in, BUFFER_BYTES);
  }

  /** Does nothing: the caller closes the underlying stream. */
  @Override
  public void close() {}
}
