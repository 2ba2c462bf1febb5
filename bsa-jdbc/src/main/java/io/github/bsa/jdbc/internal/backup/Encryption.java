package io.github.bsa.jdbc.internal.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Streaming AES-256-GCM in segments, so a part of any size is encrypted and decrypted in constant
 * memory (a single GCM message would be buffered whole on decryption). Layout: {@code "BSAE1"}, an
 * 8-byte random nonce prefix, then segments of {@code int length | ciphertext+tag}; the nonce of
 * segment {@code i} is the prefix followed by {@code i}; the associated data is the part name and a
 * flag marking the last segment, so segments cannot be reordered, dropped, cut off or moved to
 * another part without the tag check failing.
 */
public final class Encryption {
  static final int SEGMENT = 64 * 1024;
  private static final byte[] MAGIC = "BSAE1".getBytes(StandardCharsets.US_ASCII);
  private static final int TAG_BITS = 128;
  private static final int LAST_FLAG = 0x8000_0000;

  private Encryption() {}

  /** Thrown when a segment fails authentication: wrong key, or changed bytes. */
  public static final class TagMismatchException extends IOException {
    private static final long serialVersionUID = 1L;

    TagMismatchException(Throwable cause) {
      super("authentication failed", cause);
    }
  }

  /**
   * Returns a stream that encrypts into {@code out}; closing it writes the last segment and closes
   * {@code out}.
   *
   * @param out the destination
   * @param key the key
   * @param part the part name (bound into each segment)
   * @return the encrypting stream
   * @throws IOException if the header cannot be written
   */
  public static OutputStream encrypt(OutputStream out, SecretKey key, String part)
      throws IOException {
    byte[] prefix = new byte[8];
    new SecureRandom().nextBytes(prefix);
    out.write(MAGIC);
    out.write(prefix);
    return new EncryptingStream(out, key, prefix, part.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a stream that decrypts {@code in}.
   *
   * @param in the encrypted bytes
   * @param key the key
   * @param part the part name
   * @return the decrypting stream; reads throw {@link TagMismatchException} on a wrong key or
   *     changed bytes
   * @throws IOException if the header is not of this format
   */
  public static InputStream decrypt(InputStream in, SecretKey key, String part) throws IOException {
    DataInputStream d = new DataInputStream(in);
    byte[] magic = new byte[MAGIC.length];
    d.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not an encrypted backup part");
    }
    byte[] prefix = new byte[8];
    d.readFully(prefix);
    return new DecryptingStream(d, key, prefix, part.getBytes(StandardCharsets.UTF_8));
  }

  private static Cipher cipher(
      int mode, SecretKey key, byte[] prefix, int index, byte[] part, boolean last)
      throws GeneralSecurityException {
    byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    c.updateAAD(part);
    c.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
    return c;
  }

  private static final class EncryptingStream extends OutputStream {
    private final OutputStream out;
    private final SecretKey key;
    private final byte[] prefix;
    private final byte[] part;
    private final byte[] buf = new byte[SEGMENT];
    private int len;
    private int index;
    private boolean closed;

    EncryptingStream(OutputStream out, SecretKey key, byte[] prefix, byte[] part) {
      this.out = out;
      this.key = key;
      this.prefix = prefix;
      this.part = part;
    }

    @Override
    public void write(int b) throws IOException {
      if (len == SEGMENT) {
        flushSegment(false);
      }
      buf[len++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int n) throws IOException {
      while (n > 0) {
        if (len == SEGMENT) {
          flushSegment(false);
        }
        int k = Math.min(n, SEGMENT - len);
        System.arraycopy(b, off, buf, len, k);
        len += k;
        off += k;
        n -= k;
      }
    }

    private void flushSegment(boolean last) throws IOException {
      try {
        byte[] ct =
            cipher(Cipher.ENCRYPT_MODE, key, prefix, index++, part, last).doFinal(buf, 0, len);
        int header = ct.length | (last ? LAST_FLAG : 0);
        out.write(ByteBuffer.allocate(4).putInt(header).array());
        out.write(ct);
        len = 0;
      } catch (GeneralSecurityException e) {
        throw new IOException("encryption failed", e);
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        flushSegment(true);
        out.close();
      }
    }
  }

  private static final class DecryptingStream extends InputStream {
    private final DataInputStream in;
    private final SecretKey key;
    private final byte[] prefix;
    private final byte[] part;
    private byte[] plain = new byte[0];
    private int pos;
    private int index;
    private boolean last;

    DecryptingStream(DataInputStream in, SecretKey key, byte[] prefix, byte[] part) {
      this.in = in;
      this.key = key;
      this.prefix = prefix;
      this.part = part;
    }

    private boolean fill() throws IOException {
      while (pos >= plain.length) {
        if (last) {
          return false;
        }
        int header;
        try {
          header = in.readInt();
        } catch (EOFException e) {
          throw new IOException("the part is cut off", e);
        }
        boolean isLast = (header & LAST_FLAG) != 0;
        int n = header & ~LAST_FLAG;
        if (n < 16 || n > SEGMENT + 16) {
          throw new IOException("a segment has an impossible length");
        }
        byte[] ct = new byte[n];
        in.readFully(ct);
        try {
          plain = cipher(Cipher.DECRYPT_MODE, key, prefix, index++, part, isLast).doFinal(ct);
        } catch (AEADBadTagException e) {
          throw new TagMismatchException(e);
        } catch (GeneralSecurityException e) {
          throw new IOException("decryption failed", e);
        }
        pos = 0;
        last = isLast;
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      return fill() ? plain[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
      if (n == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int k = Math.min(n, plain.length - pos);
      System.arraycopy(plain, pos, b, off, k);
      pos += k;
      return k;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
