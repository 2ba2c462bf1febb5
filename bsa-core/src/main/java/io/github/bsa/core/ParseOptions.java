package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Per-call choices for a parse: force a format, supply a password, settle the date order, or pass
 * format-specific options such as a CSV layout. Everything is optional; {@link #defaults()} lets
 * bsa detect all of it. Immutable and thread-safe (the password is copied in and out).
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.builder()
 *     .format("csv")
 *     .dateOrder(DateOrder.DAY_MONTH_YEAR)
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

  private ParseOptions(Builder b) {
    this.format = b.format;
    this.password = b.password == null ? null : b.password.clone();
    this.dateOrder = b.dateOrder;
    this.charset = b.charset;
    this.retainTransactions = b.retainTransactions;
    this.formatOptions = Collections.unmodifiableMap(new TreeMap<>(b.formatOptions));
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
    return b;
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
   * Returns a format-specific option, such as {@code "csv.layout"}.
   *
   * @param key the option key, prefixed with the format id
   * @return the value
   */
  public Optional<String> formatOption(String key) {
    return Optional.ofNullable(formatOptions.get(requireNonNull(key, "key")));
  }

  /**
   * Returns all format-specific options, sorted by key.
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
     * Sets a format-specific option, such as {@code "csv.layout"} with a layout in JSON.
     *
     * @param key the key, prefixed with the format id and a dot
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder formatOption(String key, String value) {
      formatOptions.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
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
