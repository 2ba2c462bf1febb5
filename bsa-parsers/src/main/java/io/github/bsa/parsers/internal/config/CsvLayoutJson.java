package io.github.bsa.parsers.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.internal.config.ConfigSource;
import io.github.bsa.core.internal.config.ConfigValidation;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the {@code bsa-csv-layout/1} JSON form of a {@link CsvLayout}: JSON types are
 * checked while reading, the rest by Bean Validation on a {@link CsvLayoutSpec}, every error an
 * {@code INVALID_OPTION} naming the key with its line and column. Thread-safe.
 */
public final class CsvLayoutJson {
  /** Longest layout text accepted: a layout is a few hundred bytes (hostile-input tests). */
  public static final int MAX_CHARS = 256 * 1024;

  private static final ObjectMapper MAPPER =
      ConfigSource.mapper(MAX_CHARS).enable(SerializationFeature.INDENT_OUTPUT);

  private CsvLayoutJson() {}

  /**
   * Writes a layout.
   *
   * @param layout the layout
   * @return the JSON text
   */
  public static String write(CsvLayout layout) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", "bsa-csv-layout/1");
    layout.name().ifPresent(n -> root.put("name", n));
    root.put("charset", layout.charset().name());
    root.put("delimiter", String.valueOf(layout.delimiter()));
    root.put("quote", layout.quote().map(String::valueOf).orElse(""));
    root.put("headerRecord", layout.headerRecord());
    root.put("firstDataRecord", layout.firstDataRecord());
    ArrayNode h = root.putArray("header");
    layout.header().forEach(h::add);
    ObjectNode cols = root.putObject("columns");
    layout
        .columns()
        .forEach(
            (k, v) -> {
              ArrayNode a = cols.putArray(k.name());
              v.forEach(a::add);
            });
    root.put("dateOrder", layout.dateOrder().name());
    root.put("decimalSeparator", String.valueOf(layout.decimalSeparator()));
    root.put("signConvention", layout.signConvention().name());
    ArrayNode d = root.putArray("debitMarkers");
    layout.debitMarkers().forEach(d::add);
    ArrayNode c = root.putArray("creditMarkers");
    layout.creditMarkers().forEach(c::add);
    layout.currency().ifPresent(cur -> root.put("currency", cur.getCurrencyCode()));
    if (!layout.confidence().isEmpty()) {
      ObjectNode conf = root.putObject("confidence");
      layout.confidence().forEach(conf::put);
    }
    return ConfigSource.write(MAPPER, root);
  }

  /**
   * Reads a layout. Only {@code columns} is required; absent keys keep the builder's defaults.
   *
   * @param json the text
   * @return the layout
   * @throws io.github.bsa.core.BsaException with {@code INVALID_OPTION} naming the key, line and
   *     column of each error
   */
  public static CsvLayout read(String json) {
    ConfigSource source =
        ConfigSource.parse(json, CsvLayoutSpec.KIND, MAPPER, ErrorCode.INVALID_OPTION, MAX_CHARS);
    JsonNode root = source.root();
    if (!root.isObject()) {
      throw ConfigValidation.invalid(ErrorCode.INVALID_OPTION, source, "", "must be an object");
    }
    CsvLayout defaults = defaults();
    Reader r = new Reader(source);
    Map<String, List<Integer>> columns = new LinkedHashMap<>();
    JsonNode cols = root.get("columns");
    if (cols != null && !cols.isNull()) {
      if (!cols.isObject()) {
        throw r.wrong("/columns", "must be an object of role to column indexes");
      }
      for (Map.Entry<String, JsonNode> e : cols.properties()) {
        String at = "/columns/" + e.getKey();
        List<Integer> idx = new ArrayList<>();
        if (e.getValue().isArray()) {
          int i = 0;
          for (JsonNode n : e.getValue()) {
            idx.add(r.integer(n, at + "/" + i++));
          }
        } else {
          idx.add(r.integer(e.getValue(), at));
        }
        columns.put(e.getKey(), idx);
      }
    }
    CsvLayoutSpec spec =
        new CsvLayoutSpec(
            r.text("name", defaults.name().orElse(null)),
            r.textOr("charset", defaults.charset().name()),
            unescape(r.textOr("delimiter", String.valueOf(defaults.delimiter()))),
            unescape(r.textOr("quote", defaults.quote().map(String::valueOf).orElse(""))),
            r.integerOr("headerRecord", defaults.headerRecord()),
            r.integerOr("firstDataRecord", 0),
            r.texts("header", List.of()),
            columns,
            r.textOr("dateOrder", defaults.dateOrder().name()),
            r.textOr("decimalSeparator", String.valueOf(defaults.decimalSeparator())),
            r.textOr("signConvention", defaults.signConvention().name()),
            r.texts("debitMarkers", List.copyOf(defaults.debitMarkers())),
            r.texts("creditMarkers", List.copyOf(defaults.creditMarkers())),
            r.text("currency", null),
            r.numbers("confidence"));
    spec.validate(source);
    return toLayout(spec);
  }

  private static CsvLayout defaults() {
    return CsvLayout.builder().column(Column.BOOKING_DATE, 0).column(Column.AMOUNT, 1).build();
  }

  /** Builds the layout of a valid spec. */
  private static CsvLayout toLayout(CsvLayoutSpec spec) {
    CsvLayout.Builder b =
        CsvLayout.builder()
            .name(spec.name())
            .charset(Charset.forName(spec.charset()))
            .delimiter(spec.delimiter().charAt(0))
            .quote(spec.quote().isEmpty() ? null : spec.quote().charAt(0))
            .headerRecord(spec.headerRecord())
            .firstDataRecord(spec.firstDataRecord())
            .header(spec.header())
            .dateOrder(DateOrder.valueOf(spec.dateOrder().toUpperCase(Locale.ROOT)))
            .decimalSeparator(spec.decimalSeparator().charAt(0))
            .signConvention(SignConvention.valueOf(spec.signConvention().toUpperCase(Locale.ROOT)))
            .debitMarkers(new LinkedHashSet<>(spec.debitMarkers()))
            .creditMarkers(new LinkedHashSet<>(spec.creditMarkers()));
    String currency = spec.currency();
    b.currency(currency == null ? null : Currency.getInstance(currency.toUpperCase(Locale.ROOT)));
    spec.columns().forEach((k, v) -> b.column(Column.valueOf(k.toUpperCase(Locale.ROOT)), v));
    spec.confidence().forEach(b::confidence);
    return b.build();
  }

  private static String unescape(String text) {
    return "\\t".equals(text) ? "\t" : text;
  }

  /** Reads typed values of the root object, failing with the key's position on a wrong type. */
  private static final class Reader {
    private final ConfigSource source;
    private final JsonNode root;

    Reader(ConfigSource source) {
      this.source = source;
      this.root = source.root();
    }

    io.github.bsa.core.BsaException wrong(String pointer, String message) {
      return ConfigValidation.invalid(ErrorCode.INVALID_OPTION, source, pointer, message);
    }

    @Nullable String text(String key, @Nullable String fallback) {
      JsonNode v = root.get(key);
      if (v == null || v.isNull()) {
        return fallback;
      }
      if (!v.isTextual()) {
        throw wrong("/" + key, "must be a string");
      }
      return v.asText();
    }

    String textOr(String key, String fallback) {
      String v = text(key, fallback);
      return v == null ? fallback : v;
    }

    int integer(JsonNode v, String pointer) {
      if (v.isIntegralNumber() && v.canConvertToInt()) {
        return v.intValue();
      }
      throw wrong(pointer, "must be an integer");
    }

    int integerOr(String key, int fallback) {
      JsonNode v = root.get(key);
      return v == null || v.isNull() ? fallback : integer(v, "/" + key);
    }

    List<String> texts(String key, List<String> fallback) {
      JsonNode v = root.get(key);
      if (v == null || v.isNull()) {
        return fallback;
      }
      if (!v.isArray()) {
        throw wrong("/" + key, "must be an array of strings");
      }
      List<String> out = new ArrayList<>();
      int i = 0;
      for (JsonNode n : v) {
        if (!n.isTextual()) {
          throw wrong("/" + key + "/" + i, "must be a string");
        }
        out.add(n.asText());
        i++;
      }
      return out;
    }

    Map<String, Double> numbers(String key) {
      JsonNode v = root.get(key);
      Map<String, Double> out = new LinkedHashMap<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isObject()) {
        throw wrong("/" + key, "must be an object of numbers");
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        if (!e.getValue().isNumber()) {
          throw wrong("/" + key + "/" + e.getKey(), "must be a number");
        }
        out.put(e.getKey(), e.getValue().doubleValue());
      }
      return out;
    }
  }
}
