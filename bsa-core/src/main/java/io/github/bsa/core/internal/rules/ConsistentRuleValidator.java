package io.github.bsa.core.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Checks {@link ConsistentRule}; instantiated by Hibernate Validator. Stateless, thread-safe. */
public final class ConsistentRuleValidator
    implements ConstraintValidator<ConsistentRule, RuleSpec> {
  /** Creates the validator. */
  public ConsistentRuleValidator() {}

  @Override
  public boolean isValid(@Nullable RuleSpec r, ConstraintValidatorContext context) {
    if (r == null) {
      return true;
    }
    boolean ok = true;
    context.disableDefaultConstraintViolation();
    BigDecimal min = r.minAmount();
    BigDecimal max = r.maxAmount();
    if (min != null && max != null && min.compareTo(max) > 0) {
      context
          .buildConstraintViolationWithTemplate("must not be greater than maxAmount")
          .addPropertyNode("minAmount")
          .addConstraintViolation();
      ok = false;
    }
    boolean anyDirection = r.direction() == null || "any".equalsIgnoreCase(r.direction());
    if (r.text().isEmpty()
        && r.counterparty().isEmpty()
        && r.iban() == null
        && r.minAmount() == null
        && r.maxAmount() == null
        && anyDirection) {
      context
          .buildConstraintViolationWithTemplate(
              "needs at least one condition (text, counterparty, iban, minAmount, maxAmount or"
                  + " direction)")
          .addConstraintViolation();
      ok = false;
    }
    return ok;
  }
}
