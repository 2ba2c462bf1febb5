package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.internal.rules.RuleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads user category rules from JSON:
 *
 * <pre>{@code
 * {"rules": [
 *   {"id": "gym", "category": "subscriptions", "text": ["fitlife"], "direction": "out",
 *    "minAmount": "10", "maxAmount": "60"},
 *   {"id": "landlord", "category": "rent_mortgage", "iban": "NL91ABNA0417164300"}
 * ]}
 * }</pre>
 *
 * <p>Fields: {@code id} and {@code category} (required), {@code text} and {@code counterparty} (a
 * string or an array of strings), {@code iban}, {@code minAmount} and {@code maxAmount} (decimal
 * strings or numbers, bounds on the absolute amount), {@code direction} ({@code in}, {@code out} or
 * {@code any}). Unknown fields are rejected so that typos do not silently disable a rule. The
 * format is described in docs/analysis.md. Thread-safe.
 *
 * @since 0.1
 */
public final class CategoryRules {
  private CategoryRules() {}

  /**
   * Parses rules from JSON text. Each rule is checked with Bean Validation; a message names the key
   * ({@code rules/2/minAmount}) and its line and column, which are also the exception's position.
   *
   * @param json the JSON text
   * @return the rules in file order
   * @throws BsaException with {@link ErrorCode#MALFORMED_INPUT} if the text is not JSON, or {@link
   *     ErrorCode#INVALID_DATA} if a rule is wrong (the message names the key, the line and the
   *     column)
   */
  public static List<CategoryRule> parse(String json) {
    requireNonNull(json, "json");
    return RuleFile.parse(json);
  }

  /**
   * Reads rules from a UTF-8 JSON file.
   *
   * @param file the file
   * @return the rules
   * @throws BsaException with {@link ErrorCode#IO_FAILURE} if the file cannot be read, or as {@link
   *     #parse(String)}
   */
  public static List<CategoryRule> read(Path file) {
    requireNonNull(file, "file");
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BsaException(
          ErrorCode.IO_FAILURE, "Reading the rules file failed", SourcePosition.UNKNOWN, e);
    }
    return parse(json);
  }
}
