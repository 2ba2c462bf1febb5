package io.github.bsa.core.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one charset sniffer of bsa: byte-order marks, UTF-8 validity and the single-byte charset for
 * bytes that are not UTF-8 ({@link #singleByte}). Stateless and thread-safe.
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
   * The single-byte charset chosen for bytes that are not UTF-8, with how sure the choice is.
   *
   * @param charset the charset
   * @param confidence from 0 to 1: 0.85 with bytes 0x80-0x9F (only windows-1252 gives them
   *     printable characters), 0.6 for the ISO-8859-15 euro sign, 0.7 with no evidence either way
   */
  public record SingleByte(Charset charset, double confidence) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

  /**
   * The one rule for bytes that are not part of a valid UTF-8 sequence: windows-1252 when any of
   * them is 0x80-0x9F (C1 controls in the ISO charsets, the euro sign, quotes and dashes in Windows
   * exports); ISO-8859-15 when none is but 0xA4 occurs (the euro sign there, a generic currency
   * sign in ISO-8859-1); otherwise windows-1252, which reads ISO-8859-1's printable characters
   * identically. Used by the CSV sniffer on its sample and by the adaptive text reader (OFX, QIF)
   * on the sample the facade read; valid UTF-8 sequences are skipped, as that reader decodes them
   * as UTF-8.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to the end (exclusive)
   * @return the charset and its confidence
   */
  public static SingleByte singleByte(byte[] b, int from, int to) {
    boolean c1 = false;
    boolean currencySign = false;
    int i = from;
    while (i < to) {
      int v = b[i] & 0xff;
      if (v < 0x80) {
        i++;
        continue;
      }
      int sequence = utf8SequenceLength(b, i, to);
      if (sequence > 0) {
        i += sequence;
        continue;
      }
      c1 |= v < 0xA0;
      currencySign |= v == 0xA4;
      i++;
    }
    if (c1) {
      return new SingleByte(WINDOWS_1252, 0.85);
    }
    if (currencySign) {
      return new SingleByte(ISO_8859_15, 0.6);
    }
    return new SingleByte(WINDOWS_1252, 0.7);
  }

  /**
   * Returns the length (2 to 4) of the valid multi-byte UTF-8 sequence starting at {@code b[i]} and
   * ending before {@code to}, or 0 when none starts there (an ASCII byte, a stray or overlong lead,
   * a surrogate, a cut or broken sequence).
   *
   * @param b the bytes
   * @param i where the sequence would start
   * @param to the end of the valid bytes (exclusive)
   * @return the length, or 0
   */
  public static int utf8SequenceLength(byte[] b, int i, int to) {
    int v = b[i] & 0xff;
    int extra =
        v >= 0xC2 && v < 0xE0 ? 1 : v >= 0xE0 && v < 0xF0 ? 2 : v >= 0xF0 && v < 0xF5 ? 3 : 0;
    if (extra == 0 || i + extra >= to) {
      return 0;
    }
    int b1 = b[i + 1] & 0xff;
    int lo = v == 0xE0 ? 0xA0 : v == 0xF0 ? 0x90 : 0x80;
    int hi = v == 0xED ? 0x9F : v == 0xF4 ? 0x8F : 0xBF;
    if (b1 < lo || b1 > hi) {
      return 0;
    }
    for (int k = 2; k <= extra; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return extra + 1;
  }

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
