package io.github.bsa.parsers.internal.config;

import io.github.bsa.core.DateOrder;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cross-key rules of {@link ConsistentCsvLayout}, written once for the two callers: {@link
 * ConsistentCsvLayoutValidator} (Hibernate Validator, which words the violations) and {@link
 * CsvLayoutSpec#isValid()} (the check without Bean Validation that a valid layout takes, ADR 0370).
 * Stateless and thread-safe.
 */
final class CsvLayoutRules {
  /** Receives each violated rule. */
  interface Violations {
    /**
     * A rule of one key is violated.
     *
     * @param key the key
     * @param message what is wrong
     */
    void key(String key, String message);

    /**
     * A {@code columns} key is not a column role.
     *
     * @param role the key as written
     * @param message what is wrong
     */
    void columnRole(String role, String message);
  }

  private CsvLayoutRules() {}

  /**
   * Checks a spec whose keys passed their own constraints' null checks.
   *
   * @param s the spec
   * @param out receives each violation
   * @return whether no rule is violated
   */
  static boolean check(CsvLayoutSpec s, Violations out) {
    boolean ok = true;
    if (!s.charset().isBlank() && !supported(s.charset())) {
      out.key("charset", "is not a charset this Java runtime supports");
      ok = false;
    }
    if (!s.dateOrder().isBlank() && !isConstant(DateOrder.class, s.dateOrder())) {
      out.key("dateOrder", "must be one of " + names(DateOrder.class));
      ok = false;
    }
    SignConvention sign = null;
    if (!s.signConvention().isBlank()) {
      if (isConstant(SignConvention.class, s.signConvention())) {
        sign = SignConvention.valueOf(s.signConvention().toUpperCase(Locale.ROOT));
      } else {
        out.key("signConvention", "must be one of " + names(SignConvention.class));
        ok = false;
      }
    }
    String currency = s.currency();
    if (currency != null && currency.length() == 3 && !knownCurrency(currency)) {
      out.key("currency", "is not an ISO 4217 currency");
      ok = false;
    }
    Set<Column> roles = new TreeSet<>();
    for (String key : s.columns().keySet()) {
      if (isConstant(Column.class, key)) {
        roles.add(Column.valueOf(key.toUpperCase(Locale.ROOT)));
      } else {
        out.columnRole(key, "is not a column role (" + names(Column.class) + ")");
        ok = false;
      }
    }
    if (!s.columns().isEmpty()) {
      String missing = null;
      if (!roles.contains(Column.BOOKING_DATE) && !roles.contains(Column.VALUE_DATE)) {
        out.key("columns", "needs a BOOKING_DATE or VALUE_DATE column");
        ok = false;
      }
      if (sign == SignConvention.DEBIT_CREDIT_COLUMNS
          && !roles.contains(Column.DEBIT)
          && !roles.contains(Column.CREDIT)) {
        missing = "needs DEBIT or CREDIT for DEBIT_CREDIT_COLUMNS";
      } else if (sign == SignConvention.INDICATOR
          && (!roles.contains(Column.AMOUNT) || !roles.contains(Column.DEBIT_CREDIT))) {
        missing = "needs AMOUNT and DEBIT_CREDIT for INDICATOR";
      } else if (sign == SignConvention.BY_BALANCE && !roles.contains(Column.BALANCE)) {
        // without AMOUNT, each row's amount is the balance change (a balance history)
        missing = "needs BALANCE for BY_BALANCE";
      } else if ((sign == SignConvention.SIGNED || sign == SignConvention.INVERTED)
          && !roles.contains(Column.AMOUNT)) {
        missing = "needs an AMOUNT column";
      }
      if (missing != null) {
        out.key("columns", missing);
        ok = false;
      }
    }
    if (!s.quote().isEmpty() && s.quote().equals(s.delimiter())) {
      out.key("quote", "must differ from the delimiter");
      ok = false;
    }
    return ok;
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
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(upper)) {
        return true;
      }
    }
    return false;
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
