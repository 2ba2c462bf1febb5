package io.github.bsa.core.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one charset sniffer of bsa: byte-order marks and UTF-8 validity. Stateless and thread-safe.
 */
public final class Charsets {
  private Charsets() {}

  /**
   * A byte-order mark at the start of the input.
   *
   * @param charset the charset it announces
   * @param length its length in bytes
   */
  public record Bom(Charset charset, int length) {}

  /**
   * Returns the byte-order mark the first {@code n} bytes start with: UTF-8 ({@code EF BB BF}),
   * UTF-16LE ({@code FF FE}) or UTF-16BE ({@code FE FF}).
   *
   * @param b the bytes
   * @param n how many of them are valid
   * @return the mark, or empty
   */
  public static Optional<Bom> bom(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
    }
    return Optional.empty();
  }

  /**
   * Returns whether {@code b[from..to)} is valid UTF-8. With {@code cutTail} the range may end
   * inside a character (a sample cut short): up to three trailing bytes of an incomplete sequence
   * are ignored.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to the end (exclusive)
   * @param cutTail whether the range may end inside a character
   * @return whether the bytes are UTF-8
   */
  public static boolean isUtf8(byte[] b, int from, int to, boolean cutTail) {
    int end = to;
    if (cutTail) {
      for (int k = 1; k <= 3 && end - k >= from; k++) {
        int v = b[end - k] & 0xff;
        if (v >= 0xC0) {
          end -= k;
          break;
        }
        if (v < 0x80) {
          break;
        }
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, end - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
