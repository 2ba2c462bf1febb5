package io.github.bsa.core.internal.config;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Validates configuration objects with Jakarta Bean Validation (Hibernate Validator) and turns
 * violations into one typed {@link BsaException}: never a {@code ConstraintViolationException}. The
 * message names every violated field (as a JSON Pointer-like path, {@code columns/AMOUNT/0}) and,
 * when the configuration came from a JSON text, the line and column of the value; the exception's
 * position is the first violation's. Messages never carry the rejected value (it may be personal
 * data).
 *
 * <p>The validator is built once, lazily, with the {@link ParameterMessageInterpolator} (no
 * Expression Language implementation needed) and Hibernate Validator as the provider found without
 * {@code ServiceLoader}, so it works on the class path and the module path alike; a validated
 * package must be open to {@code org.hibernate.validator}. Thread-safe.
 */
public final class ConfigValidation {
  private ConfigValidation() {}

  private static final class Holder {
    /**
     * Hibernate Validator announces its version at INFO when it starts; without Logback its logging
     * goes to java.util.logging, which prints that line on the standard error of every CLI run and
     * host. Held here (JUL keeps loggers weakly) and lowered only when the host has not set a level
     * itself.
     */
    @SuppressWarnings("UnusedVariable") // a strong reference keeps the level set
    static final java.util.logging.Logger VERSION_LOG = quietVersionLog();

    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  private static java.util.logging.Logger quietVersionLog() {
    java.util.logging.Logger log =
        java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (log.getLevel() == null) {
      log.setLevel(java.util.logging.Level.WARNING);
    }
    return log;
  }

  /**
   * Validates a configuration object built in code.
   *
   * @param <T> the type
   * @param bean the object
   * @param kind what it configures, for messages ({@code "Job runner settings"})
   * @return the object
   * @throws BsaException with {@link ErrorCode#INVALID_OPTION} naming each violated field
   */
  @CanIgnoreReturnValue
  public static <T> T validate(T bean, String kind) {
    return validate(bean, kind, ErrorCode.INVALID_OPTION, null, "");
  }

  /**
   * Validates a configuration object read from a JSON text.
   *
   * @param <T> the type
   * @param bean the object
   * @param kind what it configures, for messages
   * @param code the error code to throw
   * @param source the JSON it came from, or {@code null}
   * @param pointer the JSON Pointer of the object in the source ({@code ""} for the root, {@code
   *     /rules/3} for an element); its properties are looked up below it
   * @return the object
   * @throws BsaException with {@code code}, naming each violated field and its line and column
   */
  @CanIgnoreReturnValue
  public static <T> T validate(
      T bean, String kind, ErrorCode code, @Nullable ConfigSource source, String pointer) {
    requireNonNull(bean, "bean");
    Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(bean);
    if (violations.isEmpty()) {
      return bean;
    }
    List<Found> found = new ArrayList<>();
    for (ConstraintViolation<T> v : violations) {
      String path = path(v.getPropertyPath());
      SourcePosition at =
          source == null
              ? SourcePosition.UNKNOWN
              : source.position(path.isEmpty() ? pointer : pointer + "/" + path);
      found.add(new Found(path, v.getMessage(), at));
    }
    found.sort(
        Comparator.comparingLong((Found f) -> f.at.line())
            .thenComparingInt(f -> f.at.column())
            .thenComparing(f -> f.path)
            .thenComparing(f -> f.message));
    StringBuilder msg = new StringBuilder(kind).append(" is invalid: ");
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (i > 0) {
        msg.append("; ");
      }
      String field =
          printable(
              pointer.isEmpty() || f.path.isEmpty()
                  ? (pointer.isEmpty() ? "" : pointer.substring(1)) + f.path
                  : pointer.substring(1) + "/" + f.path);
      msg.append(field.isEmpty() ? "(object)" : field).append(' ').append(f.message);
      if (f.at.line() > 0) {
        msg.append(" (line ").append(f.at.line()).append(", column ").append(f.at.column());
        msg.append(')');
      }
    }
    throw new BsaException(code, msg.toString(), found.get(0).at, null);
  }

  /**
   * Returns the exception for one wrong value found while reading a JSON source (a wrong JSON type,
   * an unknown key), worded as {@link #validate} words violations.
   *
   * @param code the error code
   * @param source the JSON source
   * @param pointer the JSON Pointer of the value ({@code /rules/0/text})
   * @param message what is wrong, without the value ({@code "must be a string"})
   * @return the exception to throw
   */
  public static BsaException invalid(
      ErrorCode code, ConfigSource source, String pointer, String message) {
    SourcePosition at = source.position(pointer);
    String field = pointer.isEmpty() ? "(object)" : printable(pointer.substring(1));
    StringBuilder msg = new StringBuilder(source.kind()).append(" is invalid: ");
    msg.append(field).append(' ').append(message);
    if (at.line() > 0) {
      msg.append(" (line ").append(at.line()).append(", column ").append(at.column()).append(')');
    }
    return new BsaException(code, msg.toString(), at, null);
  }

  /** {@code columns[AMOUNT].<map value>[0]} becomes {@code columns/AMOUNT/0}. */
  static String path(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object key = node.getKey() != null ? node.getKey() : node.getIndex();
        if (key != null) {
          append(out, key.toString());
        }
      }
      ElementKind kind = node.getKind();
      if ((kind == ElementKind.PROPERTY || kind == ElementKind.BEAN) && node.getName() != null) {
        append(out, node.getName());
      }
    }
    return out.toString();
  }

  /** A key written by the user is shown only as letters, digits and {@code _.-/}, cut at 120. */
  private static String printable(String field) {
    String cut = field.length() > 120 ? field.substring(0, 120) : field;
    return cut.replaceAll("[^A-Za-z0-9_./-]", "?");
  }

  private static void append(StringBuilder out, String segment) {
    if (out.length() > 0) {
      out.append('/');
    }
    out.append(segment);
  }

  private record Found(String path, String message, SourcePosition at) {}
}
