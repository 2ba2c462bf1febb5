package io.github.bsa.parsers.internal.config;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a {@link CsvLayoutSpec} that span keys or need a lookup: a known charset, date
 * order, sign convention, currency and column roles; a date column; the columns the sign convention
 * needs; a quote other than the delimiter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentCsvLayoutValidator.class)
public @interface ConsistentCsvLayout {
  /**
   * Returns the default message.
   *
   * @return the message
   */
  String message() default "is inconsistent";

  /**
   * Returns the groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
