package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Per-call choices for a parse: force a format, supply a password, settle the date order, pass
 * typed format-specific options such as a CSV layout, choose the folder for temporary copies, or
 * let the caller cancel. Everything is optional; {@link #defaults()} lets bsa detect all of it.
 * Immutable and thread-safe (the password is copied in and out).
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.builder()
 *     .format("csv")
 *     .dateOrder(DateOrder.DAY_MONTH_YEAR)
 *     .option(FormatOptions.CSV_LAYOUT, layout)   // a typed key from bsa-parsers
 *     .tempDirectory(Path.of("/var/tmp/bsa"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class ParseOptions {
  private static final ParseOptions DEFAULTS = builder().build();

  private final @Nullable String format;
  private final char @Nullable [] password;
  private final @Nullable DateOrder dateOrder;
  private final @Nullable Charset charset;
  private final boolean retainTransactions;
  private final Map<String, String> formatOptions;
  private final @Nullable Path tempDirectory;
  private final @Nullable BooleanSupplier cancellation;

  private ParseOptions(Builder b) {
    this.format = b.format;
    this.password = b.password == null ? null : b.password.clone();
    this.dateOrder = b.dateOrder;
    this.charset = b.charset;
    this.retainTransactions = b.retainTransactions;
    this.formatOptions = Collections.unmodifiableMap(new TreeMap<>(b.formatOptions));
    this.tempDirectory = b.tempDirectory;
    this.cancellation = b.cancellation;
  }

  /**
   * Returns options that detect everything.
   *
   * @return the defaults
   */
  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.format = format;
    b.password = password == null ? null : password.clone();
    b.dateOrder = dateOrder;
    b.charset = charset;
    b.retainTransactions = retainTransactions;
    b.formatOptions.putAll(formatOptions);
    b.tempDirectory = tempDirectory;
    b.cancellation = cancellation;
    return b;
  }

  /**
   * Returns a copy with a typed format option set.
   *
   * @param <T> the value type
   * @param key the key
   * @param value the value
   * @return the new options
   * @since 0.2
   */
  public <T> ParseOptions with(FormatOption<T> key, T value) {
    return toBuilder().option(key, value).build();
  }

  /**
   * Returns the forced format id, when detection is bypassed.
   *
   * @return the format id
   */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Returns a copy of the document password.
   *
   * @return the password
   */
  public Optional<char[]> password() {
    return Optional.ofNullable(password == null ? null : password.clone());
  }

  /**
   * Returns the forced date order of numeric dates.
   *
   * @return the date order
   */
  public Optional<DateOrder> dateOrder() {
    return Optional.ofNullable(dateOrder);
  }

  /**
   * Returns the forced character set of text formats.
   *
   * @return the charset
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * Returns whether the returned {@code ParseResult} keeps the transactions. When {@code false},
   * transactions only reach the {@link ParseListener} and memory stays bounded for huge files.
   *
   * @return whether transactions are retained; {@code true} by default
   */
  public boolean retainTransactions() {
    return retainTransactions;
  }

  /**
   * Returns a typed format-specific option.
   *
   * @param <T> the value type
   * @param key the key, defined by the parser module that reads it
   * @return the value
   * @throws BsaException with {@link ErrorCode#INVALID_OPTION} if the option was set in its text
   *     form and that text is not a valid value
   * @since 0.2
   */
  public <T> Optional<T> option(FormatOption<T> key) {
    String text = formatOptions.get(requireNonNull(key, "key").key());
    return text == null ? Optional.empty() : Optional.of(key.decode(text));
  }

  /**
   * Returns the folder for temporary copies of the input (a CSV that must be read twice, a large
   * PDF), when the caller chose one; otherwise parsers use {@code java.io.tmpdir}. Temporary files
   * hold bank statements: point this at a folder only the application can read.
   *
   * @return the folder
   * @since 0.2
   */
  public Optional<Path> tempDirectory() {
    return Optional.ofNullable(tempDirectory);
  }

  /**
   * Returns the caller's cancellation signal, polled by {@code ParseContext.checkCancelled}.
   *
   * @return the signal; {@code true} means stop
   * @since 0.2
   */
  public Optional<BooleanSupplier> cancellation() {
    return Optional.ofNullable(cancellation);
  }

  /**
   * Returns the text form of every format-specific option, sorted by key: what a job queue persists
   * and a parse cache compares. Set options with typed keys ({@link Builder#option(FormatOption,
   * Object)}); this map is their serial form.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> formatOptions() {
    return formatOptions;
  }

  @Override
  public String toString() {
    return "ParseOptions[format="
        + format
        + ", password="
        + (password == null ? "none" : "<masked>")
        + ", dateOrder="
        + dateOrder
        + ", charset="
        + charset
        + ", retainTransactions="
        + retainTransactions
        + ", formatOptions="
        + formatOptions.keySet()
        + ", tempDirectory="
        + (tempDirectory == null ? "default" : "set")
        + "]";
  }

  /** Builds {@link ParseOptions}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String format;
    private char @Nullable [] password;
    private @Nullable DateOrder dateOrder;
    private @Nullable Charset charset;
    private boolean retainTransactions = true;
    private final Map<String, String> formatOptions = new TreeMap<>();
    private @Nullable Path tempDirectory;
    private @Nullable BooleanSupplier cancellation;

    private Builder() {}

    /**
     * Forces a format instead of detecting it.
     *
     * @param formatId a format id such as {@code "mt940"}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder format(String formatId) {
      this.format = requireNonNull(formatId, "formatId");
      return this;
    }

    /**
     * Sets the password of an encrypted document; the array is copied.
     *
     * @param value the password
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder password(char[] value) {
      this.password = requireNonNull(value, "value").clone();
      return this;
    }

    /**
     * Forces the order of day, month and year in numeric dates.
     *
     * @param value the order
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dateOrder(DateOrder value) {
      this.dateOrder = requireNonNull(value, "value");
      return this;
    }

    /**
     * Forces the character set of a text format.
     *
     * @param value the charset
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder charset(Charset value) {
      this.charset = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets whether the result keeps the transactions (default {@code true}).
     *
     * @param value whether to keep them
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder retainTransactions(boolean value) {
      this.retainTransactions = value;
      return this;
    }

    /**
     * Sets a typed format-specific option.
     *
     * @param <T> the value type
     * @param key the key, such as {@code FormatOptions.CSV_LAYOUT} of bsa-parsers
     * @param value the value
     * @return this builder
     * @since 0.2
     */
    @CanIgnoreReturnValue
    public <T> Builder option(FormatOption<T> key, T value) {
      formatOptions.put(requireNonNull(key, "key").key(), key.encode(value));
      return this;
    }

    /**
     * Sets a format-specific option in its text form, as {@link ParseOptions#formatOptions()}
     * returns it: for restoring persisted options. Prefer {@link #option(FormatOption, Object)}; an
     * invalid text fails the parse with {@link ErrorCode#INVALID_OPTION}.
     *
     * @param key the key, prefixed with the format id and a dot
     * @param value the text form of the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder formatOption(String key, String value) {
      formatOptions.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the folder for temporary copies of the input (default: {@code java.io.tmpdir}).
     *
     * @param value an existing, writable folder
     * @return this builder
     * @since 0.2
     */
    @CanIgnoreReturnValue
    public Builder tempDirectory(Path value) {
      this.tempDirectory = requireNonNull(value, "value");
      return this;
    }

    /**
     * Lets the caller cancel the parse: the parse polls the signal now and then (at least every 256
     * transactions) and fails with {@link ErrorCode#CANCELLED} once it returns {@code true}. The
     * signal must be thread-safe and fast.
     *
     * @param value the signal
     * @return this builder
     * @since 0.2
     */
    @CanIgnoreReturnValue
    public Builder cancellation(BooleanSupplier value) {
      this.cancellation = requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ParseOptions build() {
      ParseOptions options = new ParseOptions(this);
      if (password != null) {
        Arrays.fill(password, '\0');
        password = options.password == null ? null : options.password.clone();
      }
      return options;
    }
  }
}
