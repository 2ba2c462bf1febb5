package io.github.bsa.parsers.internal.config;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.internal.config.ConfigSource;
import io.github.bsa.core.internal.config.ConfigValidation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A CSV layout as written (the {@code bsa-csv-layout/1} JSON keys, or a builder's values) with its
 * constraints; the cross-field rules are {@link ConsistentCsvLayout}. A violation's path is the
 * JSON key. Immutable.
 *
 * @param name the profile name
 * @param charset the charset name
 * @param delimiter the delimiter
 * @param quote the quote, empty for none
 * @param headerRecord the header record, 0 for none
 * @param firstDataRecord the first data record, 0 for the one after the header
 * @param header the header names
 * @param columns role name to 0-based column indexes
 * @param dateOrder the date order's name
 * @param decimalSeparator the decimal mark
 * @param signConvention the sign convention's name
 * @param debitMarkers debit marks
 * @param creditMarkers credit marks
 * @param currency the ISO 4217 code, or {@code null}
 * @param confidence the detector's confidences
 */
@ConsistentCsvLayout
public record CsvLayoutSpec(
    @Nullable @Size(max = 100) String name,
    @NotBlank String charset,
    @NotNull
        @Size(min = 1, max = 1, message = "must be one character")
        @Pattern(regexp = "[^\\r\\n]*", message = "must not be a line break")
        String delimiter,
    @NotNull @Size(max = 1, message = "must be empty or one character") String quote,
    @PositiveOrZero @Max(1_000_000) int headerRecord,
    @PositiveOrZero @Max(1_000_000) int firstDataRecord,
    @NotNull @Size(max = 1000) List<@NotNull @Size(max = 1000) String> header,
    @NotEmpty(message = "must name at least the date and amount columns")
        Map<@NotBlank String, @NotEmpty List<@NotNull @PositiveOrZero @Max(9999) Integer>> columns,
    @NotBlank String dateOrder,
    @NotNull @Pattern(regexp = "[.,]", message = "must be '.' or ','") String decimalSeparator,
    @NotBlank String signConvention,
    @NotNull @Size(max = 100) List<@NotNull @Size(max = 40) String> debitMarkers,
    @NotNull @Size(max = 100) List<@NotNull @Size(max = 40) String> creditMarkers,
    @Nullable @Pattern(regexp = "[A-Za-z]{3}", message = "must be a 3-letter ISO 4217 code")
        String currency,
    @NotNull
        Map<
                @NotBlank String,
                @NotNull @DecimalMin(value = "0", message = "must be between 0 and 1")
                @DecimalMax(value = "1", message = "must be between 0 and 1") Double>
            confidence) {

  /** What this configures, in messages. */
  public static final String KIND = "CSV layout";

  /**
   * Validates this layout.
   *
   * @param source the JSON it was read from, or {@code null} for a builder
   * @throws io.github.bsa.core.BsaException with {@code INVALID_OPTION} naming each violated key
   */
  public void validate(@Nullable ConfigSource source) {
    if (!isValid()) {
      // Bean Validation only for a layout that breaks a rule: it words the violations (ADR 0370)
      ConfigValidation.validate(this, KIND, ErrorCode.INVALID_OPTION, source, "");
    }
  }

  /**
   * Returns whether this layout meets every constraint declared on it, checked without Bean
   * Validation: a valid layout (every built-in and detected one) never starts Hibernate Validator.
   * Agrees with Bean Validation on every spec ({@code CsvLayoutSpecCheckTest}).
   *
   * @return whether Bean Validation would find no violation
   */
  @SuppressWarnings("NullAway") // the nulls Bean Validation rejects are checked, not assumed away
  public boolean isValid() {
    boolean ok =
        (name == null || name.length() <= 100)
            && notBlank(charset)
            && delimiter != null
            && delimiter.length() == 1
            && delimiter.charAt(0) != '\r'
            && delimiter.charAt(0) != '\n'
            && quote != null
            && quote.length() <= 1
            && headerRecord >= 0
            && headerRecord <= 1_000_000
            && firstDataRecord >= 0
            && firstDataRecord <= 1_000_000
            && texts(header, 1000, 1000)
            && columnsValid()
            && notBlank(dateOrder)
            && decimalSeparator != null
            && (decimalSeparator.equals(".") || decimalSeparator.equals(","))
            && notBlank(signConvention)
            && texts(debitMarkers, 100, 40)
            && texts(creditMarkers, 100, 40)
            && (currency == null || isCurrencyPattern(currency))
            && confidenceValid();
    if (!ok) {
      return false;
    }
    try {
      return CsvLayoutRules.check(this, NO_VIOLATIONS);
    } catch (RuntimeException e) {
      return false; // Bean Validation reports what it makes of it
    }
  }

  private static final CsvLayoutRules.Violations NO_VIOLATIONS =
      new CsvLayoutRules.Violations() {
        @Override
        public void key(String key, String message) {}

        @Override
        public void columnRole(String role, String message) {}
      };

  /** {@code @NotBlank} as Hibernate Validator reads it: not null, not empty after {@code trim}. */
  private static boolean notBlank(@Nullable String s) {
    return s != null && !s.trim().isEmpty();
  }

  private static boolean texts(@Nullable List<String> list, int maxSize, int maxLength) {
    if (list == null || list.size() > maxSize) {
      return false;
    }
    for (String s : list) {
      if (s == null || s.length() > maxLength) {
        return false;
      }
    }
    return true;
  }

  private boolean columnsValid() {
    if (columns == null || columns.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
      List<Integer> indexes = e.getValue();
      if (!notBlank(e.getKey()) || indexes == null || indexes.isEmpty()) {
        return false;
      }
      for (Integer i : indexes) {
        if (i == null || i < 0 || i > 9999) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isCurrencyPattern(String s) {
    if (s.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  private boolean confidenceValid() {
    if (confidence == null) {
      return false;
    }
    for (Map.Entry<String, Double> e : confidence.entrySet()) {
      Double v = e.getValue();
      if (!notBlank(e.getKey()) || v == null || !(v >= 0 && v <= 1)) {
        return false;
      }
    }
    return true;
  }
}
