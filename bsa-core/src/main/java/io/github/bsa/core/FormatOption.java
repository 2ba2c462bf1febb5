package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A typed key for a format-specific parse option, such as the CSV layout or CAMT's batch split. The
 * parser module that reads an option defines its key (bsa-parsers: {@code
 * io.github.bsa.parsers.FormatOptions}); callers set it with {@link
 * ParseOptions.Builder#option(FormatOption, Object)} and parsers read it with {@link
 * ParseOptions#option(FormatOption)}.
 *
 * <p>Each key also knows its text form, which {@link ParseOptions#formatOptions()} exposes so that
 * options can be persisted (a job queue) and compared (a parse cache). Keys are equal when their
 * names are. Immutable and thread-safe.
 *
 * @param <T> the value type
 * @since 0.2
 */
public final class FormatOption<T> {
  private final String key;
  private final Class<T> type;
  private final Function<? super T, String> encoder;
  private final Function<String, ? extends T> decoder;

  private FormatOption(
      String key,
      Class<T> type,
      Function<? super T, String> encoder,
      Function<String, ? extends T> decoder) {
    this.key = requireNonNull(key, "key");
    this.type = requireNonNull(type, "type");
    this.encoder = requireNonNull(encoder, "encoder");
    this.decoder = requireNonNull(decoder, "decoder");
    if (key.indexOf('.') <= 0) {
      throw new IllegalArgumentException("An option key starts with the format id and a dot");
    }
  }

  /**
   * Returns a key with its own text form.
   *
   * @param <T> the value type
   * @param key the name, prefixed with the format id and a dot, such as {@code "csv.layout"}
   * @param type the value type
   * @param encoder the text form of a value
   * @param decoder reads the text form; throws an unchecked exception for invalid text
   * @return the key
   */
  public static <T> FormatOption<T> of(
      String key,
      Class<T> type,
      Function<? super T, String> encoder,
      Function<String, ? extends T> decoder) {
    return new FormatOption<>(key, type, encoder, decoder);
  }

  /**
   * Returns a key whose value is text.
   *
   * @param key the name
   * @return the key
   */
  public static FormatOption<String> text(String key) {
    return new FormatOption<>(key, String.class, v -> v, v -> v);
  }

  /**
   * Returns a key whose value is {@code true} or {@code false} (text form: those words, any case).
   *
   * @param key the name
   * @return the key
   */
  public static FormatOption<Boolean> flag(String key) {
    return new FormatOption<>(
        key,
        Boolean.class,
        v -> v.toString(),
        v -> {
          String s = v.strip().toLowerCase(Locale.ROOT);
          if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
          }
          throw new IllegalArgumentException("expected true or false");
        });
  }

  /**
   * Returns a key whose value is a constant of an enum (text form: its name, any case).
   *
   * @param <E> the enum
   * @param key the name
   * @param type the enum class
   * @return the key
   */
  public static <E extends Enum<E>> FormatOption<E> enumeration(String key, Class<E> type) {
    return new FormatOption<>(
        key, type, Enum::name, v -> Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Returns the name, such as {@code "csv.layout"}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the value type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the text form of a value.
   *
   * @param value the value
   * @return the text
   */
  public String encode(T value) {
    return requireNonNull(encoder.apply(type.cast(requireNonNull(value, "value"))), key);
  }

  /**
   * Reads the text form of a value.
   *
   * @param text the text
   * @return the value
   * @throws BsaException with {@link ErrorCode#INVALID_OPTION} if the text is not a valid value
   */
  public T decode(String text) {
    try {
      return type.cast(requireNonNull(decoder.apply(text), key));
    } catch (BsaException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BsaException(
          ErrorCode.INVALID_OPTION,
          "The format option " + key + " is invalid: " + e.getClass().getSimpleName(),
          SourcePosition.UNKNOWN,
          e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FormatOption<?> other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return "FormatOption[" + key + "]";
  }
}
