package io.github.bsa.core.spi;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.internal.text.Charsets;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The first bytes of an input, handed to {@link StatementParserProvider#probe(SourceSample)}.
 * Immutable.
 *
 * @since 0.1
 */
public final class SourceSample {
  /** The largest sample: 8 KiB. */
  public static final int MAX_BYTES = 8192;

  private final byte[] bytes;
  private final @Nullable String fileName;
  private final boolean complete;
  // decoded once: every provider's probe asks for it (ADR 0290); racy single-check, a String is
  // safe to publish without a lock and at worst decoded twice
  private @Nullable String text;

  private SourceSample(byte[] bytes, @Nullable String fileName, boolean complete) {
    this.bytes = bytes;
    this.fileName = fileName;
    this.complete = complete;
  }

  /**
   * Returns a sample of the given bytes (at most {@link #MAX_BYTES} are kept).
   *
   * @param bytes the first bytes of the input
   * @param length how many of them are valid
   * @param fileName the file name without directories, or {@code null}
   * @param complete whether the sample holds the whole input
   * @return the sample
   */
  public static SourceSample of(
      byte[] bytes, int length, @Nullable String fileName, boolean complete) {
    requireNonNull(bytes, "bytes");
    int n = Math.min(Math.min(length, bytes.length), MAX_BYTES);
    return new SourceSample(Arrays.copyOf(bytes, n), fileName, complete && n == length);
  }

  /**
   * Returns a sample of the start of a byte array.
   *
   * @param bytes the input
   * @return the sample
   */
  public static SourceSample of(byte[] bytes) {
    return of(bytes, bytes.length, null, true);
  }

  /**
   * Returns a copy of the sampled bytes.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Returns the number of sampled bytes.
   *
   * @return the length
   */
  public int length() {
    return bytes.length;
  }

  /**
   * Returns the byte at an index.
   *
   * @param index 0-based, below {@link #length()}
   * @return the byte
   */
  public byte byteAt(int index) {
    return bytes[index];
  }

  /**
   * Returns whether the sample holds the whole input.
   *
   * @return whether complete
   */
  public boolean isComplete() {
    return complete;
  }

  /**
   * Returns the input's file name (without directories) when known, as a hint such as the {@code
   * .qif} extension.
   *
   * @return the file name
   */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /**
   * Returns whether the bytes start with the given prefix.
   *
   * @param prefix the prefix
   * @return whether they start with it
   */
  public boolean startsWith(byte[] prefix) {
    if (prefix.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes the sample as text for probing: UTF-16 when a UTF-16 byte-order mark is present,
   * otherwise UTF-8 when the bytes are valid UTF-8, otherwise the single-byte charset bsa's one
   * rule chooses for them (windows-1252, or ISO-8859-15 for its euro sign; every byte maps to one
   * character). A UTF-8 BOM is dropped. The last character may be cut.
   *
   * @return the text
   */
  public String text() {
    String t = text;
    if (t == null) {
      t = decode();
      text = t;
    }
    return t;
  }

  private String decode() {
    int n = bytes.length;
    Optional<Charsets.Bom> bom = Charsets.bom(bytes, n);
    if (bom.isPresent() && !bom.get().charset().equals(StandardCharsets.UTF_8)) {
      return new String(bytes, bom.get().length(), n - bom.get().length(), bom.get().charset());
    }
    int start = bom.map(Charsets.Bom::length).orElse(0);
    Charset charset =
        Charsets.isUtf8(bytes, start, bytes.length, true)
            ? StandardCharsets.UTF_8
            : Charsets.singleByte(bytes, start, n).charset();
    return new String(bytes, start, n - start, charset);
  }

  @Override
  public String toString() {
    return "SourceSample[" + bytes.length + " bytes]";
  }
}
