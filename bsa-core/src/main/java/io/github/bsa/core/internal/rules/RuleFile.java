package io.github.bsa.core.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.analysis.CategoryRule;
import io.github.bsa.core.analysis.Direction;
import io.github.bsa.core.internal.config.ConfigSource;
import io.github.bsa.core.internal.config.ConfigValidation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a category rule file: JSON with positions, JSON types checked while reading, each rule
 * validated as a {@link RuleSpec}; every error is an {@link ErrorCode#INVALID_DATA} (or {@link
 * ErrorCode#MALFORMED_INPUT} for text that is not JSON) naming the key and its line and column.
 * Thread-safe.
 */
public final class RuleFile {
  private static final String KIND = "Category rules";
  private static final ObjectMapper MAPPER = ConfigSource.mapper(100_000);
  private static final Set<String> FIELDS =
      Set.of(
          "id", "category", "text", "counterparty", "iban", "minAmount", "maxAmount", "direction");

  private RuleFile() {}

  /**
   * Parses rules from JSON text.
   *
   * @param json the text
   * @return the rules in file order
   * @throws BsaException as {@link io.github.bsa.core.analysis.CategoryRules#parse(String)} says
   */
  public static List<CategoryRule> parse(String json) {
    ConfigSource source = ConfigSource.parse(json, KIND, MAPPER, ErrorCode.MALFORMED_INPUT);
    JsonNode root = source.root();
    if (!root.isObject()) {
      throw ConfigValidation.invalid(ErrorCode.INVALID_DATA, source, "", "must be an object");
    }
    if (!root.path("rules").isArray()) {
      throw ConfigValidation.invalid(
          ErrorCode.INVALID_DATA, source, "/rules", "must be an array of rules");
    }
    List<CategoryRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode n : root.path("rules")) {
      String pointer = "/rules/" + index;
      RuleSpec spec = spec(source, n, pointer);
      ConfigValidation.validate(spec, KIND, ErrorCode.INVALID_DATA, source, pointer);
      if (!ids.add(spec.id())) {
        throw ConfigValidation.invalid(
            ErrorCode.INVALID_DATA, source, pointer + "/id", "repeats an earlier rule's id");
      }
      String dir = spec.direction();
      rules.add(
          new CategoryRule(
              spec.id(),
              spec.category().toLowerCase(Locale.ROOT),
              spec.text(),
              spec.counterparty(),
              spec.iban(),
              spec.minAmount(),
              spec.maxAmount(),
              dir == null ? Direction.ANY : Direction.valueOf(dir.toUpperCase(Locale.ROOT))));
      index++;
    }
    return List.copyOf(rules);
  }

  private static RuleSpec spec(ConfigSource source, JsonNode n, String pointer) {
    if (!n.isObject()) {
      throw ConfigValidation.invalid(ErrorCode.INVALID_DATA, source, pointer, "must be an object");
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!FIELDS.contains(e.getKey())) {
        throw ConfigValidation.invalid(
            ErrorCode.INVALID_DATA,
            source,
            pointer + "/" + e.getKey(),
            "is an unknown field (known: " + String.join(", ", sorted(FIELDS)) + ")");
      }
    }
    String id = text(source, n, pointer, "id");
    String category = text(source, n, pointer, "category");
    return new RuleSpec(
        id == null ? "" : id,
        category == null ? "" : category,
        strings(source, n, pointer, "text"),
        strings(source, n, pointer, "counterparty"),
        text(source, n, pointer, "iban"),
        amount(source, n, pointer, "minAmount"),
        amount(source, n, pointer, "maxAmount"),
        text(source, n, pointer, "direction"));
  }

  private static List<String> sorted(Set<String> set) {
    List<String> list = new ArrayList<>(set);
    list.sort(null);
    return list;
  }

  private static @Nullable String text(
      ConfigSource source, JsonNode n, String pointer, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ConfigValidation.invalid(
          ErrorCode.INVALID_DATA, source, pointer + "/" + field, "must be a string");
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static @Nullable BigDecimal amount(
      ConfigSource source, JsonNode n, String pointer, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().strip());
    } catch (NumberFormatException e) {
      throw ConfigValidation.invalid(
          ErrorCode.INVALID_DATA, source, pointer + "/" + field, "must be a decimal");
    }
  }

  private static List<String> strings(
      ConfigSource source, JsonNode n, String pointer, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.asText());
    } else if (v.isArray()) {
      int i = 0;
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          throw ConfigValidation.invalid(
              ErrorCode.INVALID_DATA, source, pointer + "/" + field + "/" + i, "must be a string");
        }
        out.add(e.asText());
        i++;
      }
    } else {
      throw ConfigValidation.invalid(
          ErrorCode.INVALID_DATA,
          source,
          pointer + "/" + field,
          "must be a string or an array of strings");
    }
    return out;
  }
}
