package io.github.bsa.parsers.internal.config;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.internal.config.ConfigSource;
import io.github.bsa.core.internal.config.ConfigValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A PDF profile as written (its JSON keys) with its constraints. Immutable.
 *
 * @param columns label to column kind name
 * @param dateOrder the date order as written ({@code DMY}, {@code MDY} or a {@code DateOrder} name)
 * @param creditCard the credit-card flag
 */
public record PdfProfileSpec(
    @NotNull @Size(max = 100)
        Map<
                @NotBlank @Size(max = 200) String,
                @NotNull
                @Pattern(
                    regexp = "(?i)date|valueDate|description|reference|debit|credit|amount|balance",
                    message =
                        "must be one of date, valueDate, description, reference, debit, credit,"
                            + " amount, balance")
                String>
            columns,
    @Nullable
        @Pattern(
            regexp = "(?i)DMY|MDY|DAY_MONTH_YEAR|MONTH_DAY_YEAR",
            message = "must be DMY or MDY")
        String dateOrder,
    @Nullable Boolean creditCard) {

  /** What this configures, in messages. */
  public static final String KIND = "PDF profile";

  /**
   * Validates this profile.
   *
   * @param source the JSON it was read from, or {@code null} for a builder
   * @throws io.github.bsa.core.BsaException with {@code INVALID_OPTION} naming each violated key
   */
  public void validate(@Nullable ConfigSource source) {
    ConfigValidation.validate(this, KIND, ErrorCode.INVALID_OPTION, source, "");
  }
}
