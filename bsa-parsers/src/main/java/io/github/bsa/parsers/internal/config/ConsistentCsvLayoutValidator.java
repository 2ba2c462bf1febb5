package io.github.bsa.parsers.internal.config;

import io.github.bsa.core.DateOrder;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Checks {@link ConsistentCsvLayout}; instantiated by Hibernate Validator. Thread-safe. */
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
    boolean ok = true;
    if (!s.charset().isBlank() && !supported(s.charset())) {
      ok = fail(context, "charset", "is not a charset this Java runtime supports");
    }
    if (!s.dateOrder().isBlank() && !isConstant(DateOrder.class, s.dateOrder())) {
      ok = fail(context, "dateOrder", "must be one of " + names(DateOrder.class));
    }
    SignConvention sign = null;
    if (!s.signConvention().isBlank()) {
      if (isConstant(SignConvention.class, s.signConvention())) {
        sign = SignConvention.valueOf(s.signConvention().toUpperCase(Locale.ROOT));
      } else {
        ok = fail(context, "signConvention", "must be one of " + names(SignConvention.class));
      }
    }
    String currency = s.currency();
    if (currency != null && currency.length() == 3 && !knownCurrency(currency)) {
      ok = fail(context, "currency", "is not an ISO 4217 currency");
    }
    Set<Column> roles = new TreeSet<>();
    for (String key : s.columns().keySet()) {
      if (isConstant(Column.class, key)) {
        roles.add(Column.valueOf(key.toUpperCase(Locale.ROOT)));
      } else {
        context
            .buildConstraintViolationWithTemplate(
                "is not a column role (" + names(Column.class) + ")")
            .addPropertyNode("columns")
            .addBeanNode()
            .inIterable()
            .atKey(key)
            .addConstraintViolation();
        ok = false;
      }
    }
    if (!s.columns().isEmpty()) {
      if (!roles.contains(Column.BOOKING_DATE) && !roles.contains(Column.VALUE_DATE)) {
        ok = fail(context, "columns", "needs a BOOKING_DATE or VALUE_DATE column");
      }
      if (sign == SignConvention.DEBIT_CREDIT_COLUMNS
          && !roles.contains(Column.DEBIT)
          && !roles.contains(Column.CREDIT)) {
        ok = fail(context, "columns", "needs DEBIT or CREDIT for DEBIT_CREDIT_COLUMNS");
      } else if (sign == SignConvention.INDICATOR
          && (!roles.contains(Column.AMOUNT) || !roles.contains(Column.DEBIT_CREDIT))) {
        ok = fail(context, "columns", "needs AMOUNT and DEBIT_CREDIT for INDICATOR");
      } else if (sign == SignConvention.BY_BALANCE && !roles.contains(Column.BALANCE)) {
        // without AMOUNT, each row's amount is the balance change (a balance history)
        ok = fail(context, "columns", "needs BALANCE for BY_BALANCE");
      } else if ((sign == SignConvention.SIGNED || sign == SignConvention.INVERTED)
          && !roles.contains(Column.AMOUNT)) {
        ok = fail(context, "columns", "needs an AMOUNT column");
      }
    }
    if (!s.quote().isEmpty() && s.quote().equals(s.delimiter())) {
      ok = fail(context, "quote", "must differ from the delimiter");
    }
    return ok;
  }

  private static boolean fail(ConstraintValidatorContext context, String key, String message) {
    context
        .buildConstraintViolationWithTemplate(message)
        .addPropertyNode(key)
        .addConstraintViolation();
    return false;
  }

  private static boolean supported(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean knownCurrency(String code) {
    try {
      Currency.getInstance(code.toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(upper));
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
