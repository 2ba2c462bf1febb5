package io.github.bsa.core.internal.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a rule file as written, with its constraints. The field names are the file's keys, so
 * a violation's path is the key's JSON Pointer.
 *
 * @param id the rule id
 * @param category the category id
 * @param text text conditions
 * @param counterparty counterparty conditions
 * @param iban the counterparty account
 * @param minAmount the smallest absolute amount
 * @param maxAmount the largest absolute amount
 * @param direction {@code in}, {@code out} or {@code any}
 */
@ConsistentRule
public record RuleSpec(
    @NotBlank @Pattern(regexp = ID, message = "must be 1-100 letters, digits or _.:-") String id,
    @NotBlank @Pattern(regexp = ID, message = "must be 1-100 letters, digits or _.:-")
        String category,
    @NotNull @Size(max = 1000) List<@NotBlank @Size(max = 1000) String> text,
    @NotNull @Size(max = 1000) List<@NotBlank @Size(max = 1000) String> counterparty,
    @Nullable @Pattern(regexp = "[A-Za-z0-9 ]{4,40}", message = "must be an account number or IBAN")
        String iban,
    @Nullable @PositiveOrZero BigDecimal minAmount,
    @Nullable @PositiveOrZero BigDecimal maxAmount,
    @Nullable @Pattern(regexp = "(?i)in|out|any", message = "must be in, out or any")
        String direction) {
  /** The id and category pattern. */
  public static final String ID = "[A-Za-z0-9_.:-]{1,100}";
}
