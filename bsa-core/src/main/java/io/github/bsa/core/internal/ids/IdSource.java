package io.github.bsa.core.internal.ids;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The text of an id source or table key written char by char into a reused buffer, and its hashes:
 * the 64-bit FNV-1a digest of the tables and the SHA-256 of the id (ADR 0210, 0340). Writing into
 * the buffer gives the same chars as building the strings would. Not thread-safe: {@link
 * TransactionIds} owns one, and the ids computed on first read use one per thread.
 */
final class IdSource {
  static final int ID_BYTES = 12;

  /** FNV-1a's offset basis. */
  static final long FNV_BASIS = 0xcbf29ce484222325L;

  private static final long FNV_PRIME = 0x100000001b3L;
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  char[] chars = new char[256];
  int length;
  private byte[] utf8 = new byte[768];
  private final byte[] digest = new byte[32];
  private final byte[] hex = new byte[2 * ID_BYTES];
  private @Nullable MessageDigest sha256;
  // the text of the last date written: dates repeat from one transaction to the next
  private @Nullable LocalDate lastDate;
  private String lastDateText = "";

  /** Returns the ISO text of a date, empty for none, cached while the date repeats. */
  String dateText(@Nullable LocalDate date) {
    if (date == null) {
      return "";
    }
    if (!date.equals(lastDate)) {
      lastDate = date;
      lastDateText = date.toString();
    }
    return lastDateText;
  }

  /** The first {@value #ID_BYTES} bytes of the SHA-256 of the UTF-8 of the buffer, in hex. */
  String hashId() {
    int n = encodeUtf8();
    MessageDigest md = sha256;
    if (md == null) {
      md = TransactionIds.newSha256();
      sha256 = md;
    }
    md.update(utf8, 0, n);
    try {
      md.digest(digest, 0, digest.length);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 gives 32 bytes", e);
    }
    for (int i = 0; i < ID_BYTES; i++) {
      hex[2 * i] = HEX_DIGITS[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX_DIGITS[digest[i] & 0xf];
    }
    return new String(hex, StandardCharsets.ISO_8859_1);
  }

  /**
   * Encodes the buffer as {@link String#getBytes} with UTF-8 would: a surrogate without its pair
   * becomes {@code '?'}.
   */
  private int encodeUtf8() {
    if (utf8.length < 3 * length) {
      utf8 = new byte[3 * length];
    }
    byte[] out = utf8;
    int o = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[o++] = (byte) c;
      } else if (c < 0x800) {
        out[o++] = (byte) (0xc0 | (c >> 6));
        out[o++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          out[o++] = (byte) (0xf0 | (cp >> 18));
          out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          out[o++] = (byte) (0x80 | (cp & 0x3f));
        } else {
          out[o++] = '?';
        }
      } else {
        out[o++] = (byte) (0xe0 | (c >> 12));
        out[o++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        out[o++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return o;
  }

  private void ensure(int more) {
    if (length + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
    }
  }

  void append(char c) {
    ensure(1);
    chars[length++] = c;
  }

  void append(String s) {
    int n = s.length();
    ensure(n);
    s.getChars(0, n, chars, length);
    length += n;
  }

  void append(char[] from, int count) {
    ensure(count);
    System.arraycopy(from, 0, chars, length, count);
    length += count;
  }

  /** Appends {@code s.toLowerCase(Locale.ROOT)}, without the copy for Latin-1 text. */
  void appendLowerCase(String s) {
    int n = s.length();
    ensure(n);
    char[] out = chars;
    int at = length;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out[at + i] = (char) (c + ('a' - 'A'));
      } else if (c < 0x80) {
        out[at + i] = c;
      } else if (c <= 0xff) {
        // Latin-1 lower-cases char by char within Latin-1, as String.toLowerCase does
        out[at + i] = Character.toLowerCase(c);
      } else {
        // beyond Latin-1 the JDK's rules depend on context (final sigma, dotted I): use them
        append(s.toLowerCase(Locale.ROOT));
        return;
      }
    }
    length += n;
  }

  /** Appends a non-negative int in decimal. */
  void appendNumber(int value) {
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    ensure(digits);
    int v = value;
    for (int i = length + digits - 1; i >= length; i--) {
      chars[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    length += digits;
  }

  /**
   * Appends the amount without trailing zeros in plain notation (never an exponent, no negative
   * scale): what {@code stripTrailingZeros().toPlainString()} gives, with scale 0 at least.
   */
  void appendAmount(BigDecimal amount) {
    int scale = amount.scale();
    if (amount.precision() > 18 || scale < 0 || scale > 18) {
      append(normalize(amount));
      return;
    }
    long unscaled = amount.scaleByPowerOfTen(scale).longValueExact();
    if (unscaled == 0) {
      append('0');
      return;
    }
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    if (unscaled < 0) {
      append('-');
      unscaled = -unscaled;
    }
    int digits = 1;
    for (long v = unscaled; v >= 10; v /= 10) {
      digits++;
    }
    // leading zeros so that there is one digit before the point
    int width = Math.max(digits, scale + 1);
    int total = scale > 0 ? width + 1 : width;
    ensure(total);
    int pos = length + total - 1;
    long v = unscaled;
    for (int i = 0; i < width; i++) {
      if (scale > 0 && i == scale) {
        chars[pos--] = '.';
      }
      chars[pos--] = (char) ('0' + v % 10);
      v /= 10;
    }
    length += total;
  }

  private static String normalize(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  /**
   * Continues a 64-bit FNV-1a digest over a range of the buffer; collisions only merge counts, odds
   * 2^-64.
   */
  long digest64(long basis, int from, int to) {
    long h = basis;
    char[] c = chars;
    for (int i = from; i < to; i++) {
      h ^= c[i];
      h *= FNV_PRIME;
    }
    return h;
  }

  /** Continues a 64-bit FNV-1a digest over the chars of a string. */
  static long digest64(long basis, String s) {
    long h = basis;
    for (int i = 0, n = s.length(); i < n; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** Continues a 64-bit FNV-1a digest over one char. */
  static long digest64(long basis, char c) {
    return (basis ^ c) * FNV_PRIME;
  }
}
