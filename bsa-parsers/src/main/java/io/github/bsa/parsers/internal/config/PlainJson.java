package io.github.bsa.parsers.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the plain JSON of a configuration file without Jackson, for the path every valid layout
 * takes (the built-in CSV profiles at each start, ADR 0370): objects, arrays, strings, numbers,
 * {@code true}, {@code false} and {@code null}. It gives up ({@link #parse} returns {@code null})
 * on anything it does not read exactly as the Jackson path does (a duplicate key, a surrogate
 * escape, a number it does not need, deep nesting, text after the value, any syntax error), and the
 * caller then takes that path, which words the error. Not thread-safe: one instance per text.
 */
final class PlainJson {
  /** JSON {@code null}. */
  static final Object NULL = new Object();

  /**
   * A number as written.
   *
   * @param text the token
   * @param integral whether it has no fraction and no exponent
   */
  record Num(String text, boolean integral) {}

  private static final int MAX_DEPTH = 16;
  private static final int MAX_NUMBER = 50;

  private final String s;
  private int i;

  private PlainJson(String s) {
    this.s = s;
  }

  /**
   * Parses a text.
   *
   * @param text the JSON text
   * @return the value ({@code Map<String, Object>}, {@code List<Object>}, {@code String}, {@link
   *     Num}, {@code Boolean} or {@link #NULL}), or {@code null} to take the Jackson path
   */
  static @Nullable Object parse(String text) {
    PlainJson p = new PlainJson(text);
    try {
      p.space();
      Object v = p.value(0);
      p.space();
      return p.i == text.length() ? v : null;
    } catch (GiveUp e) {
      return null;
    }
  }

  private Object value(int depth) {
    if (i >= s.length()) {
      throw new GiveUp();
    }
    return switch (s.charAt(i)) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> string();
      case 't' -> literal("true", true);
      case 'f' -> literal("false", false);
      case 'n' -> literal("null", NULL);
      default -> number();
    };
  }

  private Map<String, Object> object(int depth) {
    if (depth > MAX_DEPTH) {
      throw new GiveUp();
    }
    i++; // {
    Map<String, Object> out = new LinkedHashMap<>();
    space();
    if (peek() == '}') {
      i++;
      return out;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw new GiveUp();
      }
      String key = string();
      space();
      expect(':');
      space();
      if (out.put(key, value(depth)) != null) {
        throw new GiveUp(); // Jackson keeps the last, its positions the first: not worth it
      }
      space();
      char c = next();
      if (c == '}') {
        return out;
      }
      if (c != ',') {
        throw new GiveUp();
      }
    }
  }

  private List<Object> array(int depth) {
    if (depth > MAX_DEPTH) {
      throw new GiveUp();
    }
    i++; // [
    List<Object> out = new ArrayList<>();
    space();
    if (peek() == ']') {
      i++;
      return out;
    }
    while (true) {
      space();
      out.add(value(depth));
      space();
      char c = next();
      if (c == ']') {
        return out;
      }
      if (c != ',') {
        throw new GiveUp();
      }
    }
  }

  private String string() {
    i++; // "
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new GiveUp();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw new GiveUp();
          }
          int code = 0;
          for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i++), 16);
            if (d < 0) {
              throw new GiveUp();
            }
            code = code * 16 + d;
          }
          if (Character.isSurrogate((char) code)) {
            throw new GiveUp();
          }
          out.append((char) code);
        }
        default -> throw new GiveUp();
      }
    }
  }

  private Num number() {
    int start = i;
    if (peek() == '-') {
      i++;
    }
    int digits = i;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    if (i == digits || (s.charAt(digits) == '0' && i - digits > 1)) {
      throw new GiveUp(); // no digit, or a leading zero
    }
    boolean integral = true;
    if (i < s.length() && s.charAt(i) == '.') {
      integral = false;
      int fraction = ++i;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == fraction) {
        throw new GiveUp();
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      throw new GiveUp(); // no layout writes an exponent
    }
    if (i - start > MAX_NUMBER) {
      throw new GiveUp();
    }
    return new Num(s.substring(start, i), integral);
  }

  private Object literal(String word, Object value) {
    if (!s.startsWith(word, i)) {
      throw new GiveUp();
    }
    i += word.length();
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void space() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      i++;
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw new GiveUp();
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new GiveUp();
    }
  }

  /** Thrown to leave the fast path; without a stack trace, so cheap. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /**
   * Writes JSON as Jackson's default pretty printer does ({@code INDENT_OUTPUT}): two-space
   * indents, {@code " : "}, arrays on one line, the platform's line separator. The writer of a
   * layout's JSON at every CSV parse (the {@code csv.layout} property), so that no parse starts
   * Jackson; pinned against Jackson's own output by {@code CsvLayoutJsonPlainTest}. Not
   * thread-safe.
   */
  static final class Writer {
    private static final String LF = System.lineSeparator();
    private final StringBuilder out = new StringBuilder("{");
    private int depth = 1;
    private boolean first = true;

    /**
     * Starts a field of the current object.
     *
     * @param name the name
     * @return this writer
     */
    Writer field(String name) {
      out.append(first ? "" : ",").append(LF);
      indent();
      quote(name);
      out.append(" : ");
      first = false;
      return this;
    }

    void string(String value) {
      quote(value);
    }

    void number(int value) {
      out.append(value);
    }

    void number(@Nullable Double value) {
      if (value == null) {
        out.append("null");
      } else if (value.isNaN() || value.isInfinite()) {
        quote(value.toString()); // as Jackson writes them (never in a valid layout)
      } else {
        out.append(value.doubleValue());
      }
    }

    void strings(Iterable<String> values) {
      out.append('[');
      boolean none = true;
      for (String v : values) {
        out.append(none ? " " : ", ");
        quote(v);
        none = false;
      }
      out.append(" ]");
    }

    void numbers(Iterable<Integer> values) {
      out.append('[');
      boolean none = true;
      for (Integer v : values) {
        out.append(none ? " " : ", ").append(v);
        none = false;
      }
      out.append(" ]");
    }

    void startObject() {
      out.append('{');
      depth++;
      first = true;
    }

    void endObject() {
      close();
    }

    String end() {
      close();
      return out.toString();
    }

    private void close() {
      depth--;
      if (first) {
        out.append(" }");
      } else {
        out.append(LF);
        indent();
        out.append('}');
      }
      first = false;
    }

    private void indent() {
      for (int d = 0; d < depth; d++) {
        out.append("  ");
      }
    }

    private void quote(String s) {
      out.append('"');
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\b' -> out.append("\\b");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\f' -> out.append("\\f");
          case '\r' -> out.append("\\r");
          default -> {
            if (c < 0x20) {
              out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  }
}
