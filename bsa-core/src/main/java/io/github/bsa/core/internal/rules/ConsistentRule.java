package io.github.bsa.core.internal.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The cross-field rules of a {@link RuleSpec}: ordered amount bounds, at least one condition. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentRuleValidator.class)
public @interface ConsistentRule {
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
