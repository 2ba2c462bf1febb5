package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ParseOptions;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The input of a statement job: the statement bytes, the file name as a format hint, the parse
 * options a job store can persist, and whether to analyse after parsing. Immutable (the bytes are
 * copied in and out) and thread-safe.
 *
 * <p>A document password is never persisted: {@link #of(byte[], String, ParseOptions)} refuses
 * options that carry one, so no secret sits in a job table. Decrypt first, or let the job handler
 * obtain the password from the host.
 *
 * @since 0.1
 */
public final class JobPayload {
  /** The largest input a job may carry (64 MiB), so a queue row stays a sane size. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private final byte[] bytes;
  private final @Nullable String fileName;
  private final @Nullable String format;
  private final @Nullable DateOrder dateOrder;
  private final @Nullable String charset;
  private final Map<String, String> formatOptions;
  private final boolean analyse;

  private JobPayload(
      byte[] bytes,
      @Nullable String fileName,
      @Nullable String format,
      @Nullable DateOrder dateOrder,
      @Nullable String charset,
      Map<String, String> formatOptions,
      boolean analyse) {
    requireNonNull(bytes, "bytes");
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("A job input is at most " + MAX_BYTES + " bytes");
    }
    if (fileName != null && (fileName.length() > 255 || fileName.contains("/"))) {
      throw new IllegalArgumentException("A file name has at most 255 characters and no '/'");
    }
    if (charset != null) {
      Charset.forName(charset); // fail fast at submission, not in the worker
    }
    this.bytes = bytes.clone();
    this.fileName = fileName;
    this.format = format;
    this.dateOrder = dateOrder;
    this.charset = charset;
    this.formatOptions = Collections.unmodifiableMap(new TreeMap<>(formatOptions));
    this.analyse = analyse;
  }

  /**
   * Returns a payload for bytes parsed with the given options.
   *
   * @param bytes the statement
   * @param fileName the file name without directories, as a detection hint, or {@code null}
   * @param options the parse options
   * @return the payload
   * @throws IllegalArgumentException if the options carry a password, the input is larger than
   *     {@link #MAX_BYTES}, or the file name has a directory part
   */
  public static JobPayload of(byte[] bytes, @Nullable String fileName, ParseOptions options) {
    requireNonNull(options, "options");
    if (options.password().isPresent()) {
      throw new IllegalArgumentException(
          "A job never stores a document password; decrypt the document before submitting it");
    }
    return new JobPayload(
        bytes,
        fileName,
        options.format().orElse(null),
        options.dateOrder().orElse(null),
        options.charset().map(Charset::name).orElse(null),
        options.formatOptions(),
        false);
  }

  /**
   * Returns a payload as read back from a job store. Intended for {@link JobStore} implementations.
   *
   * @param bytes the statement
   * @param fileName the file name, or {@code null}
   * @param format the forced format id, or {@code null}
   * @param dateOrder the forced date order, or {@code null}
   * @param charset the forced charset name, or {@code null}
   * @param formatOptions the format options
   * @param analyse whether to analyse after parsing
   * @return the payload
   */
  public static JobPayload restore(
      byte[] bytes,
      @Nullable String fileName,
      @Nullable String format,
      @Nullable DateOrder dateOrder,
      @Nullable String charset,
      Map<String, String> formatOptions,
      boolean analyse) {
    return new JobPayload(
        bytes, fileName, format, dateOrder, charset, requireNonNull(formatOptions), analyse);
  }

  /**
   * Returns a copy that asks the handler to analyse the parsed statements as well.
   *
   * @param value whether to analyse
   * @return a copy
   */
  public JobPayload withAnalyse(boolean value) {
    return new JobPayload(bytes, fileName, format, dateOrder, charset, formatOptions, value);
  }

  /**
   * Returns a copy of the statement bytes.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Returns the size of the input.
   *
   * @return the number of bytes
   */
  public int size() {
    return bytes.length;
  }

  /**
   * Returns the file name hint.
   *
   * @return the file name
   */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /**
   * Returns the forced format id.
   *
   * @return the format id
   */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Returns the forced date order.
   *
   * @return the date order
   */
  public Optional<DateOrder> dateOrder() {
    return Optional.ofNullable(dateOrder);
  }

  /**
   * Returns the forced charset name.
   *
   * @return the charset name
   */
  public Optional<String> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * Returns the format options, sorted by key.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> formatOptions() {
    return formatOptions;
  }

  /**
   * Returns whether the handler analyses the statements after parsing.
   *
   * @return whether to analyse
   */
  public boolean analyse() {
    return analyse;
  }

  /**
   * Returns the parse options this payload stands for.
   *
   * @return the options
   */
  public ParseOptions parseOptions() {
    ParseOptions.Builder b = ParseOptions.builder();
    if (format != null) {
      b.format(format);
    }
    if (dateOrder != null) {
      b.dateOrder(dateOrder);
    }
    if (charset != null) {
      b.charset(Charset.forName(charset));
    }
    formatOptions.forEach(b::formatOption);
    return b.build();
  }

  @Override
  public String toString() {
    return "JobPayload[size="
        + bytes.length
        + ", format="
        + format
        + ", formatOptions="
        + formatOptions.keySet()
        + ", analyse="
        + analyse
        + "]";
  }
}
