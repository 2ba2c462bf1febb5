package io.github.bsa.parsers.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.internal.config.ConfigSource;
import io.github.bsa.core.internal.config.ConfigValidation;
import io.github.bsa.parsers.PdfProfile;
import io.github.bsa.parsers.PdfProfile.ColumnKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the JSON form of a {@link PdfProfile}: JSON types checked while reading, the
 * rest by Bean Validation on a {@link PdfProfileSpec}; every error an {@code INVALID_OPTION} naming
 * the key with its line and column. Thread-safe.
 */
public final class PdfProfileJson {
  /**
   * Longest profile accepted, in characters. A profile names a handful of columns; megabytes of
   * JSON only cost memory and time (issue #17: an 8 MB profile took over 30 s within a 256 MB
   * heap).
   */
  public static final int MAX_CHARS = 64 * 1024;

  private static final Set<String> KEYS = Set.of("columns", "dateOrder", "creditCard");
  private static final ObjectMapper MAPPER = ConfigSource.mapper(MAX_CHARS);

  private PdfProfileJson() {}

  /**
   * Writes a profile.
   *
   * @param profile the profile
   * @return the JSON text
   */
  public static String write(PdfProfile profile) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode cols = root.putObject("columns");
    profile.columns().forEach((k, v) -> cols.put(k, v.jsonName()));
    profile
        .dateOrder()
        .ifPresent(o -> root.put("dateOrder", o == DateOrder.MONTH_DAY_YEAR ? "MDY" : "DMY"));
    profile.creditCard().ifPresent(c -> root.put("creditCard", c));
    return ConfigSource.write(MAPPER, root);
  }

  /**
   * Reads a profile.
   *
   * @param json the text
   * @return the profile
   * @throws BsaException with {@code INVALID_OPTION} naming the key, line and column of each error
   */
  public static PdfProfile read(String json) {
    ConfigSource source =
        ConfigSource.parse(json, PdfProfileSpec.KIND, MAPPER, ErrorCode.INVALID_OPTION, MAX_CHARS);
    JsonNode root = source.root();
    if (!root.isObject()) {
      throw ConfigValidation.invalid(ErrorCode.INVALID_OPTION, source, "", "must be an object");
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!KEYS.contains(e.getKey())) {
        throw ConfigValidation.invalid(
            ErrorCode.INVALID_OPTION,
            source,
            "/" + e.getKey(),
            "is an unknown key (known: columns, dateOrder, creditCard)");
      }
    }
    Map<String, String> columns = new LinkedHashMap<>();
    JsonNode cols = root.get("columns");
    if (cols != null && !cols.isNull()) {
      if (!cols.isObject()) {
        throw ConfigValidation.invalid(
            ErrorCode.INVALID_OPTION, source, "/columns", "must be an object of label to kind");
      }
      for (Map.Entry<String, JsonNode> e : cols.properties()) {
        if (!e.getValue().isTextual()) {
          throw ConfigValidation.invalid(
              ErrorCode.INVALID_OPTION, source, "/columns/" + e.getKey(), "must be a string");
        }
        columns.put(e.getKey(), e.getValue().asText());
      }
    }
    String dateOrder = null;
    JsonNode order = root.get("dateOrder");
    if (order != null && !order.isNull()) {
      if (!order.isTextual()) {
        throw ConfigValidation.invalid(
            ErrorCode.INVALID_OPTION, source, "/dateOrder", "must be a string");
      }
      dateOrder = order.asText();
    }
    Boolean creditCard = null;
    JsonNode cc = root.get("creditCard");
    if (cc != null && !cc.isNull()) {
      if (!cc.isBoolean()) {
        throw ConfigValidation.invalid(
            ErrorCode.INVALID_OPTION, source, "/creditCard", "must be true or false");
      }
      creditCard = cc.booleanValue();
    }
    PdfProfileSpec spec = new PdfProfileSpec(columns, dateOrder, creditCard);
    spec.validate(source);
    PdfProfile.Builder b = PdfProfile.builder().creditCard(creditCard).dateOrder(order(dateOrder));
    columns.forEach((k, v) -> b.column(k, kind(v)));
    return b.build();
  }

  private static @Nullable DateOrder order(@Nullable String text) {
    if (text == null) {
      return null;
    }
    return text.toUpperCase(Locale.ROOT).startsWith("M")
        ? DateOrder.MONTH_DAY_YEAR
        : DateOrder.DAY_MONTH_YEAR;
  }

  private static ColumnKind kind(String name) {
    for (ColumnKind k : ColumnKind.values()) {
      if (k.jsonName().equalsIgnoreCase(name)) {
        return k;
      }
    }
    throw new IllegalStateException("validated kind"); // unreachable after validation
  }
}
