package io.github.bsa.parsers.internal.xml;

import java.nio.charset.Charset;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The names of one document, each kept once: a name's bytes map to one {@link Name} whose strings
 * are made once, so reading an element allocates nothing. Bounded (a number of names and of bytes);
 * beyond it a name is made afresh each time and not kept, so a document of endless distinct names
 * costs time, never memory. Used from one thread.
 */
final class XmlNames {
  private static final int SLOTS = 4096;
  private static final int MAX_NAMES = SLOTS / 2;
  private static final int MAX_BYTES = 1 << 18;

  /**
   * One qualified name: its bytes in the input's encoding, its qualified, prefix and local parts.
   */
  static final class Name {
    final byte[] bytes;
    final int hash;
    final String qname;
    final @Nullable String prefix;
    final String local;

    /** Bytes beyond the UTF-16 units they encode (columns count units). */
    final int extra;

    /** Whether the name is a valid QName: at most one colon, neither first nor last. */
    final boolean qualified;

    Name(byte[] bytes, int hash, Charset charset) {
      this.bytes = bytes;
      this.hash = hash;
      this.qname = new String(bytes, charset);
      this.extra = bytes.length - qname.length();
      int colon = qname.indexOf(':');
      this.qualified =
          colon != 0 && colon != qname.length() - 1 && qname.indexOf(':', colon + 1) < 0;
      this.prefix = colon > 0 ? qname.substring(0, colon) : null;
      this.local = colon > 0 ? qname.substring(colon + 1) : qname;
    }
  }

  private final Name[] slots = new Name[SLOTS];
  private final Charset charset;
  private int count;
  private int bytes;

  XmlNames(Charset charset) {
    this.charset = charset;
  }

  /** Returns the name spelt by {@code buf[off, off + len)}, whose hash is {@code hash}. */
  Name name(byte[] buf, int off, int len, int hash) {
    int i = (hash ^ (hash >>> 13)) & (SLOTS - 1);
    Name n;
    while ((n = slots[i]) != null) {
      if (n.hash == hash && Arrays.equals(n.bytes, 0, n.bytes.length, buf, off, off + len)) {
        return n;
      }
      i = (i + 1) & (SLOTS - 1);
    }
    Name made = new Name(Arrays.copyOfRange(buf, off, off + len), hash, charset);
    if (count < MAX_NAMES && bytes + len <= MAX_BYTES) {
      slots[i] = made;
      count++;
      bytes += len;
    }
    return made;
  }
}
