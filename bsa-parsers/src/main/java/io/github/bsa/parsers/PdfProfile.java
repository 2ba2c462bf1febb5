package io.github.bsa.parsers;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.parsers.internal.config.PdfProfileJson;
import io.github.bsa.parsers.internal.config.PdfProfileSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Layout hints for a PDF statement layout the generic engine cannot settle: which column label
 * plays which role, the order of numeric dates, whether it is a credit-card statement. Pass it as
 * {@link FormatOptions#PDF_PROFILE}:
 *
 * <pre>{@code
 * PdfProfile profile = PdfProfile.builder()
 *     .column("Buchungstag", PdfProfile.ColumnKind.DATE)
 *     .column("Soll", PdfProfile.ColumnKind.DEBIT)
 *     .column("Haben", PdfProfile.ColumnKind.CREDIT)
 *     .dateOrder(DateOrder.DAY_MONTH_YEAR)
 *     .build();
 * ParseOptions options = ParseOptions.builder().option(FormatOptions.PDF_PROFILE, profile).build();
 * }</pre>
 *
 * <p>Its JSON form ({@link #toJson()}, {@link #fromJson(String)}; docs/formats/pdf.md, "Layout
 * hints") is what a user types for the CLI or the server: {@code {"columns": {"Buchungstag":
 * "date", "Soll": "debit"}, "dateOrder": "DMY", "creditCard": false}}. Labels are matched after
 * folding (case, accents, punctuation); the generic vocabulary still applies to labels the profile
 * does not name. A profile is checked with Bean Validation when built or read; each error names the
 * field (and, read from JSON, its line and column).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class PdfProfile {
  /**
   * The role of a labelled column.
   *
   * @since 0.2
   */
  public enum ColumnKind {
    /** The booking date. */
    DATE("date"),
    /** The value date. */
    VALUE_DATE("valueDate"),
    /** The description. */
    DESCRIPTION("description"),
    /** The bank's reference. */
    REFERENCE("reference"),
    /** Money out. */
    DEBIT("debit"),
    /** Money in. */
    CREDIT("credit"),
    /** A signed amount. */
    AMOUNT("amount"),
    /** The running balance. */
    BALANCE("balance");

    private final String jsonName;

    ColumnKind(String jsonName) {
      this.jsonName = jsonName;
    }

    /**
     * Returns the name in the JSON form, such as {@code "valueDate"}.
     *
     * @return the name
     */
    public String jsonName() {
      return jsonName;
    }
  }

  private static final PdfProfile EMPTY = new Builder().build();

  private final Map<String, ColumnKind> columns;
  private final @Nullable DateOrder dateOrder;
  private final @Nullable Boolean creditCard;

  private PdfProfile(Builder b) {
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(b.columns));
    this.dateOrder = b.dateOrder;
    this.creditCard = b.creditCard;
  }

  /**
   * Returns a profile without hints.
   *
   * @return the empty profile
   */
  public static PdfProfile empty() {
    return EMPTY;
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
   * Returns a builder initialised with this profile.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.columns.putAll(columns);
    b.dateOrder = dateOrder;
    b.creditCard = creditCard;
    return b;
  }

  /**
   * Returns the column labels as written, in order, with their roles.
   *
   * @return the columns
   */
  public Map<String, ColumnKind> columns() {
    return columns;
  }

  /**
   * Returns the order of numeric dates, empty to detect it.
   *
   * @return the date order
   */
  public Optional<DateOrder> dateOrder() {
    return Optional.ofNullable(dateOrder);
  }

  /**
   * Returns whether the statement is a credit-card statement, empty to detect it.
   *
   * @return the flag
   */
  public Optional<Boolean> creditCard() {
    return Optional.ofNullable(creditCard);
  }

  /**
   * Returns the JSON form read by {@link #fromJson(String)}.
   *
   * @return the JSON text
   */
  public String toJson() {
    return PdfProfileJson.write(this);
  }

  /**
   * Reads the JSON form. Each error names the key with its line and column, such as {@code PDF
   * profile is invalid: columns/Soll must be one of date, valueDate, ... (line 2, column 25)}.
   *
   * @param json the JSON text, at most 64 KiB
   * @return the profile
   * @throws BsaException with {@link ErrorCode#INVALID_OPTION} if the text is not a valid profile
   */
  public static PdfProfile fromJson(String json) {
    return PdfProfileJson.read(requireNonNull(json, "json"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PdfProfile p
        && columns.equals(p.columns)
        && dateOrder == p.dateOrder
        && Objects.equals(creditCard, p.creditCard);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, dateOrder, creditCard);
  }

  @Override
  public String toString() {
    return "PdfProfile[columns=" + columns.size() + ", dateOrder=" + dateOrder + "]";
  }

  /**
   * Builds a {@link PdfProfile}. Not thread-safe.
   *
   * @since 0.2
   */
  public static final class Builder {
    private final Map<String, ColumnKind> columns = new LinkedHashMap<>();
    private @Nullable DateOrder dateOrder;
    private @Nullable Boolean creditCard;

    private Builder() {}

    /**
     * Gives a column label a role, replacing an earlier role of the same label.
     *
     * @param label the label as printed in the statement's table header
     * @param kind the role
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder column(String label, ColumnKind kind) {
      columns.put(requireNonNull(label, "label"), requireNonNull(kind, "kind"));
      return this;
    }

    /**
     * Sets the order of numeric dates: {@link DateOrder#DAY_MONTH_YEAR} or {@link
     * DateOrder#MONTH_DAY_YEAR}; {@code null} to detect it.
     *
     * @param value the order
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dateOrder(@Nullable DateOrder value) {
      this.dateOrder = value;
      return this;
    }

    /**
     * Sets whether the statement is a credit-card statement; {@code null} to detect it.
     *
     * @param value the flag
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder creditCard(@Nullable Boolean value) {
      this.creditCard = value;
      return this;
    }

    /**
     * Builds the profile after checking it with Bean Validation: at most 100 labels of 1 to 200
     * characters, a day- or month-first date order.
     *
     * @return the profile
     * @throws BsaException with {@link ErrorCode#INVALID_OPTION} naming each violated field
     */
    public PdfProfile build() {
      Map<String, String> kinds = new LinkedHashMap<>();
      columns.forEach((k, v) -> kinds.put(k, v.jsonName()));
      new PdfProfileSpec(kinds, dateOrder == null ? null : dateOrder.name(), creditCard)
          .validate(null);
      return new PdfProfile(this);
    }
  }
}
