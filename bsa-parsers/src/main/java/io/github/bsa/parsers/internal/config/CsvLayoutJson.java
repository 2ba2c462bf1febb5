package io.github.bsa.parsers.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code INVALID_OPTION} naming the key with its line and column. A valid layout in plain JSON (the
 * built-in profiles) is read by {@link PlainJson} and checked by {@link CsvLayoutSpec#isValid()}:
 * Jackson and Hibernate Validator start only for anything else, and word its errors (ADR 0370).
 * Thread-safe.
 */
public final class CsvLayoutJson {
  /** Longest layout text accepted: a layout is a few hundred bytes (hostile-input tests). */
  public static final int MAX_CHARS = 256 * 1024;

  /** Jackson only to word what is wrong with a layout text (ADR 0370). */
  private static final class Json {
    static final ObjectMapper MAPPER = ConfigSource.mapper(MAX_CHARS);
  }

  private CsvLayoutJson() {}

  /**
   * Writes a layout.
   *
   * @param layout the layout
   * @return the JSON text
   */
  public static String write(CsvLayout layout) {
    PlainJson.Writer w = new PlainJson.Writer();
    w.field("schema").string("bsa-csv-layout/1");
    layout.name().ifPresent(n -> w.field("name").string(n));
    w.field("charset").string(layout.charset().name());
    w.field("delimiter").string(String.valueOf(layout.delimiter()));
    w.field("quote").string(layout.quote().map(String::valueOf).orElse(""));
    w.field("headerRecord").number(layout.headerRecord());
    w.field("firstDataRecord").number(layout.firstDataRecord());
    w.field("header").strings(layout.header());
    w.field("columns").startObject();
    layout.columns().forEach((k, v) -> w.field(k.name()).numbers(v));
    w.endObject();
    w.field("dateOrder").string(layout.dateOrder().name());
    w.field("decimalSeparator").string(String.valueOf(layout.decimalSeparator()));
    w.field("signConvention").string(layout.signConvention().name());
    w.field("debitMarkers").strings(layout.debitMarkers());
    w.field("creditMarkers").strings(layout.creditMarkers());
    layout.currency().ifPresent(cur -> w.field("currency").string(cur.getCurrencyCode()));
    if (!layout.confidence().isEmpty()) {
      w.field("confidence").startObject();
      layout.confidence().forEach((k, v) -> w.field(k).number(v));
      w.endObject();
    }
    return w.end();
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
    if (json.length() <= MAX_CHARS) {
      CsvLayout plain = readPlain(json);
      if (plain != null) {
        return plain;
      }
    }
    return readTree(json);
  }

  /**
   * Reads a layout with Jackson and Bean Validation, the path that words every error; {@link #read}
   * takes it for anything but plain JSON of a valid layout.
   *
   * @param json the text
   * @return the layout
   * @throws io.github.bsa.core.BsaException as {@link #read}
   */
  static CsvLayout readTree(String json) {
    ConfigSource source =
        ConfigSource.parse(
            json, CsvLayoutSpec.KIND, Json.MAPPER, ErrorCode.INVALID_OPTION, MAX_CHARS);
    if (!source.root().isObject()) {
      throw ConfigValidation.invalid(ErrorCode.INVALID_OPTION, source, "", "must be an object");
    }
    CsvLayoutSpec spec = spec(new TreeValues(source));
    spec.validate(source);
    return toLayout(spec);
  }

  /**
   * Reads a valid layout without Jackson or Bean Validation (ADR 0370).
   *
   * @return the layout, or {@code null} when the text is anything but plain JSON of a valid layout
   */
  static @Nullable CsvLayout readPlain(String json) {
    if (!(PlainJson.parse(json) instanceof Map<?, ?> root)) {
      return null;
    }
    try {
      CsvLayoutSpec spec = spec(new PlainValues(root));
      return spec.isValid() ? toLayout(spec) : null;
    } catch (PlainJson.GiveUp e) {
      return null;
    }
  }

  /** The spec of a layout text; only {@code columns} is required. */
  private static CsvLayoutSpec spec(Values r) {
    CsvLayout defaults = defaults();
    Map<String, List<Integer>> columns = r.columns(); // first: its errors are reported first
    return new CsvLayoutSpec(
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

  /** Typed values of a layout's root object. */
  private interface Values {
    @Nullable String text(String key, @Nullable String fallback);

    default String textOr(String key, String fallback) {
      String v = text(key, fallback);
      return v == null ? fallback : v;
    }

    int integerOr(String key, int fallback);

    List<String> texts(String key, List<String> fallback);

    Map<String, List<Integer>> columns();

    Map<String, Double> numbers(String key);
  }

  /** Values of a {@link PlainJson} tree; a wrong type gives up (the Jackson path words it). */
  private static final class PlainValues implements Values {
    private final Map<?, ?> root;

    PlainValues(Map<?, ?> root) {
      this.root = root;
    }

    private @Nullable Object get(String key) {
      Object v = root.get(key);
      return v == PlainJson.NULL ? null : v;
    }

    @Override
    public @Nullable String text(String key, @Nullable String fallback) {
      Object v = get(key);
      if (v == null) {
        return fallback;
      }
      if (v instanceof String text) {
        return text;
      }
      throw new PlainJson.GiveUp();
    }

    private static int integer(@Nullable Object v) {
      if (v instanceof PlainJson.Num n && n.integral() && n.text().length() <= 11) {
        long l = Long.parseLong(n.text());
        if (l == (int) l) {
          return (int) l;
        }
      }
      throw new PlainJson.GiveUp();
    }

    @Override
    public int integerOr(String key, int fallback) {
      Object v = get(key);
      return v == null ? fallback : integer(v);
    }

    @Override
    public List<String> texts(String key, List<String> fallback) {
      Object v = get(key);
      if (v == null) {
        return fallback;
      }
      List<String> out = new ArrayList<>();
      if (v instanceof List<?> list) {
        for (Object o : list) {
          if (!(o instanceof String text)) {
            throw new PlainJson.GiveUp();
          }
          out.add(text);
        }
        return out;
      }
      throw new PlainJson.GiveUp();
    }

    @Override
    public Map<String, List<Integer>> columns() {
      Map<String, List<Integer>> columns = new LinkedHashMap<>();
      Object cols = get("columns");
      if (cols == null) {
        return columns;
      }
      if (!(cols instanceof Map<?, ?> map)) {
        throw new PlainJson.GiveUp();
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        List<Integer> idx = new ArrayList<>();
        if (e.getValue() instanceof List<?> list) {
          for (Object o : list) {
            idx.add(integer(o));
          }
        } else {
          idx.add(integer(e.getValue()));
        }
        columns.put((String) e.getKey(), idx);
      }
      return columns;
    }

    @Override
    public Map<String, Double> numbers(String key) {
      Map<String, Double> out = new LinkedHashMap<>();
      Object v = get(key);
      if (v == null) {
        return out;
      }
      if (!(v instanceof Map<?, ?> map)) {
        throw new PlainJson.GiveUp();
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getValue() instanceof PlainJson.Num n) || n.integral()) {
          throw new PlainJson.GiveUp(); // an integer confidence: Jackson's path reads it
        }
        out.put((String) e.getKey(), Double.parseDouble(n.text()));
      }
      return out;
    }
  }

  /** Reads typed values of the root object, failing with the key's position on a wrong type. */
  private static final class TreeValues implements Values {
    private final ConfigSource source;
    private final JsonNode root;

    TreeValues(ConfigSource source) {
      this.source = source;
      this.root = source.root();
    }

    io.github.bsa.core.BsaException wrong(String pointer, String message) {
      return ConfigValidation.invalid(ErrorCode.INVALID_OPTION, source, pointer, message);
    }

    @Override
    public @Nullable String text(String key, @Nullable String fallback) {
      JsonNode v = root.get(key);
      if (v == null || v.isNull()) {
        return fallback;
      }
      if (!v.isTextual()) {
        throw wrong("/" + key, "must be a string");
      }
      return v.asText();
    }

    int integer(JsonNode v, String pointer) {
      if (v.isIntegralNumber() && v.canConvertToInt()) {
        return v.intValue();
      }
      throw wrong(pointer, "must be an integer");
    }

    @Override
    public int integerOr(String key, int fallback) {
      JsonNode v = root.get(key);
      return v == null || v.isNull() ? fallback : integer(v, "/" + key);
    }

    @Override
    public Map<String, List<Integer>> columns() {
      Map<String, List<Integer>> columns = new LinkedHashMap<>();
      JsonNode cols = root.get("columns");
      if (cols != null && !cols.isNull()) {
        if (!cols.isObject()) {
          throw wrong("/columns", "must be an object of role to column indexes");
        }
        for (Map.Entry<String, JsonNode> e : cols.properties()) {
          String at = "/columns/" + e.getKey();
          List<Integer> idx = new ArrayList<>();
          if (e.getValue().isArray()) {
            int i = 0;
            for (JsonNode n : e.getValue()) {
              idx.add(integer(n, at + "/" + i++));
            }
          } else {
            idx.add(integer(e.getValue(), at));
          }
          columns.put(e.getKey(), idx);
        }
      }
      return columns;
    }

    @Override
    public List<String> texts(String key, List<String> fallback) {
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

    @Override
    public Map<String, Double> numbers(String key) {
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
