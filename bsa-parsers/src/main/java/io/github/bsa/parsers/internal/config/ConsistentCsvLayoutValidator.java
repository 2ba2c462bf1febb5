package io.github.bsa.parsers.internal.config;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ConsistentCsvLayout} with {@link CsvLayoutRules}; instantiated by Hibernate
 * Validator. Thread-safe.
 */
public final class ConsistentCsvLayoutValidator
    implements ConstraintValidator<ConsistentCsvLayout, CsvLayoutSpec> {
  /** Creates the validator. */
  public ConsistentCsvLayoutValidator() {}

  @Override
  public boolean isValid(@Nullable CsvLayoutSpec s, ConstraintValidatorContext context) {
    if (s == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    return CsvLayoutRules.check(
        s,
        new CsvLayoutRules.Violations() {
          @Override
          public void key(String key, String message) {
            context
                .buildConstraintViolationWithTemplate(message)
                .addPropertyNode(key)
                .addConstraintViolation();
          }

          @Override
          public void columnRole(String role, String message) {
            context
                .buildConstraintViolationWithTemplate(message)
                .addPropertyNode("columns")
                .addBeanNode()
                .inIterable()
                .atKey(role)
                .addConstraintViolation();
          }
        });
  }
}
