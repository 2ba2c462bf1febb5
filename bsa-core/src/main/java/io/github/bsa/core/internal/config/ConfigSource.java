package io.github.bsa.core.internal.config;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON configuration text read into a tree together with the line and column of every value,
 * keyed by JSON Pointer ({@code /columns/AMOUNT/0}). Immutable and thread-safe.
 */
public final class ConfigSource {
  private final String kind;
  private final JsonNode root;
  private final Map<String, SourcePosition> positions;

  private ConfigSource(String kind, JsonNode root, Map<String, SourcePosition> positions) {
    this.kind = kind;
    this.root = root;
    this.positions = Map.copyOf(positions);
  }

  /**
   * Returns a mapper for configuration JSON: nesting depth 16, numbers of 50 digits, strings of
   * {@code maxChars} characters at most (Jackson's defaults are far larger).
   *
   * @param maxChars the longest string accepted
   * @return a new mapper
   */
  public static ObjectMapper mapper(int maxChars) {
    return new ObjectMapper(
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxNumberLength(50)
                    .maxStringLength(maxChars)
                    .build())
            .build());
  }

  /**
   * Writes a tree as JSON text.
   *
   * @param mapper the mapper
   * @param root the tree
   * @return the text
   */
  public static String write(ObjectMapper mapper, JsonNode root) {
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write configuration JSON", e);
    }
  }

  /**
   * Reads a JSON text of at most {@code maxChars} characters.
   *
   * @param json the text
   * @param kind what the text configures, for messages ({@code "CSV layout"})
   * @param mapper the mapper (its factory's read constraints apply)
   * @param code the error code of a text that is too long or not JSON
   * @param maxChars the longest text accepted
   * @return the source
   * @throws BsaException with {@code code} if the text is too long or not JSON
   */
  public static ConfigSource parse(
      String json, String kind, ObjectMapper mapper, ErrorCode code, int maxChars) {
    if (json.length() > maxChars) {
      throw new BsaException(code, kind + " is longer than " + maxChars + " characters");
    }
    return parse(json, kind, mapper, code);
  }

  /**
   * Reads a JSON text.
   *
   * @param json the text
   * @param kind what the text configures, for messages ({@code "CSV layout"})
   * @param mapper the mapper (its factory's read constraints apply)
   * @param code the error code of a text that is not JSON
   * @return the source
   * @throws BsaException with {@code code} and the position of the error if the text is not JSON
   */
  public static ConfigSource parse(String json, String kind, ObjectMapper mapper, ErrorCode code) {
    requireNonNull(json, "json");
    Map<String, SourcePosition> positions = new HashMap<>();
    try {
      try (JsonParser p = mapper.getFactory().createParser(json)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            continue;
          }
          JsonStreamContext ctx = p.getParsingContext();
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            ctx = ctx.getParent();
          }
          String pointer = ctx == null ? "" : ctx.pathAsPointer().toString();
          positions.putIfAbsent(pointer, position(p.currentTokenLocation()));
        }
      }
      JsonNode root = mapper.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw new BsaException(code, kind + " is empty", SourcePosition.of(1, 1), null);
      }
      return new ConfigSource(kind, root, positions);
    } catch (JsonProcessingException e) {
      throw new BsaException(code, kind + " is not valid JSON", position(e.getLocation()), null);
    } catch (IOException e) {
      throw new BsaException(code, kind + " cannot be read", SourcePosition.UNKNOWN, null);
    }
  }

  /**
   * Returns what the text configures.
   *
   * @return the kind, such as {@code "CSV layout"}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the tree.
   *
   * @return the root node
   */
  public JsonNode root() {
    return root;
  }

  /**
   * Returns the position of the value at a JSON Pointer, or of its nearest ancestor present in the
   * text (keys compared case-insensitively when no exact key exists).
   *
   * @param pointer a JSON Pointer such as {@code /columns/AMOUNT}
   * @return the position, {@link SourcePosition#UNKNOWN} for none
   */
  public SourcePosition position(String pointer) {
    String p = pointer;
    while (true) {
      SourcePosition exact = positions.get(p);
      if (exact != null) {
        return exact;
      }
      String lower = p.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, SourcePosition> e : positions.entrySet()) {
        if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
          return e.getValue();
        }
      }
      if (p.isEmpty()) {
        return SourcePosition.UNKNOWN;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  private static SourcePosition position(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return SourcePosition.UNKNOWN;
    }
    return SourcePosition.of(location.getLineNr(), Math.max(0, location.getColumnNr()));
  }
}
