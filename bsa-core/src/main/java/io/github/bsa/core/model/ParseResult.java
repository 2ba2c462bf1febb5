package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What parsing one input produced: its statements, the detected format and the confidence of the
 * detection, the SHA-256 of the bytes, document-level warnings (such as signs of tampering) and
 * document properties (such as a PDF's producer). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ParseResult {
  private final String format;
  private final double confidence;
  private final String sourceSha256;
  private final List<Statement> statements;
  private final List<ParseWarning> warnings;
  private final Map<String, String> properties;

  private ParseResult(Builder b) {
    this.format = requireNonNull(b.format, "format is required");
    this.confidence = b.confidence;
    this.sourceSha256 = requireNonNull(b.sourceSha256, "sourceSha256 is required");
    this.statements = List.copyOf(b.statements);
    this.warnings = List.copyOf(b.warnings);
    this.properties = Collections.unmodifiableMap(new TreeMap<>(b.properties));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this result.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.format = format;
    b.confidence = confidence;
    b.sourceSha256 = sourceSha256;
    b.statements.addAll(statements);
    b.warnings.addAll(warnings);
    b.properties.putAll(properties);
    return b;
  }

  /**
   * Returns the id of the format the input was read as, such as {@code "camt.053"}.
   *
   * @return the format id
   */
  public String format() {
    return format;
  }

  /**
   * Returns how sure the detection was, from 0 to 1; 1 when the format was forced.
   *
   * @return the confidence
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Returns the SHA-256 of the input bytes, in lower-case hex.
   *
   * @return the hash
   */
  public String sourceSha256() {
    return sourceSha256;
  }

  /**
   * Returns the statements in source order.
   *
   * @return an unmodifiable list
   */
  public List<Statement> statements() {
    return statements;
  }

  /**
   * Returns warnings about the document as a whole.
   *
   * @return an unmodifiable list
   */
  public List<ParseWarning> warnings() {
    return warnings;
  }

  /**
   * Returns document properties, keys prefixed with the format id (such as {@code "pdf.producer"}),
   * sorted by key.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> properties() {
    return properties;
  }

  /**
   * Returns the number of transactions over all statements.
   *
   * @return the count
   */
  public int transactionCount() {
    return statements.stream().mapToInt(s -> s.transactions().size()).sum();
  }

  @Override
  public String toString() {
    return "ParseResult[format="
        + format
        + ", statements="
        + statements.size()
        + ", transactions="
        + transactionCount()
        + "]";
  }

  /** Builds a {@link ParseResult}. Not thread-safe. */
  public static final class Builder {
    private String format = "";
    private double confidence = 1;
    private String sourceSha256 = "";
    private final List<Statement> statements = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Map<String, String> properties = new TreeMap<>();

    private Builder() {}

    /**
     * Sets the format id.
     *
     * @param value the id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder format(String value) {
      this.format = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the detection confidence.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder confidence(double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("confidence must be within [0, 1]");
      }
      this.confidence = value;
      return this;
    }

    /**
     * Sets the SHA-256 of the input.
     *
     * @param value lower-case hex
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder sourceSha256(String value) {
      this.sourceSha256 = requireNonNull(value, "value");
      return this;
    }

    /**
     * Appends a statement.
     *
     * @param value the statement
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addStatement(Statement value) {
      statements.add(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Replaces the statements.
     *
     * @param values the statements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder statements(List<Statement> values) {
      statements.clear();
      values.forEach(this::addStatement);
      return this;
    }

    /**
     * Appends a document-level warning.
     *
     * @param value the warning
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addWarning(ParseWarning value) {
      warnings.add(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a document property.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder property(String key, String value) {
      properties.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     */
    public ParseResult build() {
      return new ParseResult(this);
    }
  }
}
