package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * {@code any}). Unknown fields are rejected so that typos do not silently disable a rule.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class CategoryRules {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(16)
                      .maxNumberLength(50)
                      .maxStringLength(100_000)
                      .build())
              .build());
  private static final Set<String> FIELDS =
      Set.of(
          "id", "category", "text", "counterparty", "iban", "minAmount", "maxAmount", "direction");

  private CategoryRules() {}

  /**
   * Parses rules from JSON text.
   *
   * @param json the JSON text
   * @return the rules in file order
   * @throws BsaException with {@link ErrorCode#MALFORMED_INPUT} if the text is not JSON, or {@link
   *     ErrorCode#INVALID_DATA} if a rule is wrong (the message names the rule's index)
   */
  public static List<CategoryRule> parse(String json) {
    requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BsaException(
          ErrorCode.MALFORMED_INPUT,
          "Rules are not valid JSON",
          e.getLocation() == null
              ? SourcePosition.UNKNOWN
              : SourcePosition.of(
                  Math.max(0, e.getLocation().getLineNr()),
                  Math.max(0, e.getLocation().getColumnNr())),
          e);
    }
    if (root == null || !root.isObject() || !root.path("rules").isArray()) {
      throw invalid("Rules JSON must be an object with a \"rules\" array", -1);
    }
    List<CategoryRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode n : root.path("rules")) {
      CategoryRule rule = readRule(n, index);
      if (!ids.add(rule.id())) {
        throw invalid("Duplicate rule id", index);
      }
      rules.add(rule);
      index++;
    }
    return List.copyOf(rules);
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
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BsaException(
          ErrorCode.IO_FAILURE, "Reading the rules file failed", SourcePosition.UNKNOWN, e);
    }
  }

  private static CategoryRule readRule(JsonNode n, int index) {
    if (!n.isObject()) {
      throw invalid("Rule is not an object", index);
    }
    for (var it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw invalid("Unknown field '" + sanitize(f) + "'", index);
      }
    }
    String id = text(n, "id");
    String category = text(n, "category");
    if (id == null || category == null) {
      throw invalid("Rule needs \"id\" and \"category\"", index);
    }
    try {
      String dir = text(n, "direction");
      Direction direction =
          dir == null ? Direction.ANY : Direction.valueOf(dir.toUpperCase(Locale.ROOT));
      return new CategoryRule(
          id,
          category.toLowerCase(Locale.ROOT),
          strings(n.get("text")),
          strings(n.get("counterparty")),
          text(n, "iban"),
          amount(n, "minAmount"),
          amount(n, "maxAmount"),
          direction);
    } catch (IllegalArgumentException e) {
      throw new BsaException(
          ErrorCode.INVALID_DATA,
          "Rule " + index + " is invalid: " + e.getMessage(),
          SourcePosition.UNKNOWN.withRecord(index + 1L),
          e);
    }
  }

  private static String sanitize(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) : s;
    return cut.replaceAll("[^A-Za-z0-9_]", "?");
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static @Nullable BigDecimal amount(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      BigDecimal d = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().strip());
      if (d.signum() < 0) {
        throw new IllegalArgumentException("\"" + field + "\" must not be negative");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + field + "\" is not a decimal", e);
    }
  }

  private static List<String> strings(@Nullable JsonNode v) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.asText());
    } else if (v.isArray()) {
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          throw new IllegalArgumentException("text conditions must be strings");
        }
        out.add(e.asText());
      }
    } else {
      throw new IllegalArgumentException("text conditions must be a string or an array");
    }
    out.removeIf(s -> s.isBlank());
    return out;
  }

  private static BsaException invalid(String message, int index) {
    return new BsaException(
        ErrorCode.INVALID_DATA,
        index < 0 ? message : message + " (rule " + index + ")",
        index < 0 ? SourcePosition.UNKNOWN : SourcePosition.UNKNOWN.withRecord(index + 1L),
        null);
  }
}
