package io.github.bsa.parsers;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.parsers.internal.config.CsvLayoutJson;
import io.github.bsa.parsers.internal.config.CsvLayoutSpec;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The layout of one bank's CSV export: charset, delimiter, where the header and the data start,
 * which column plays which role, the date order, the decimal mark and the sign convention.
 *
 * <p>The CSV parser detects a layout for every file and reports it, as JSON, in the {@code
 * csv.layout} property of the parse result, with one {@code csv.confidence.<decision>} property per
 * decision. A layout saved as JSON (a <em>bank profile</em>) can be edited and passed back to force
 * it:
 *
 * <pre>{@code
 * String json = result.properties().get("csv.layout");
 * CsvLayout layout = CsvLayout.fromJson(json).toBuilder().dateOrder(DateOrder.DAY_MONTH_YEAR).build();
 * ParseOptions options = ParseOptions.builder().format("csv")
 *     .option(FormatOptions.CSV_LAYOUT, layout).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Why this file is longer than 500 lines: it is the public type with its two nested enums, its
 * accessors and its builder, almost all Javadoc; the JSON form and the checks (Bean Validation)
 * live in {@code internal.config} ({@code CsvLayoutJson}, {@code CsvLayoutSpec}).
 *
 * @since 0.1
 */
public final class CsvLayout {
  /**
   * The role of a column.
   *
   * @since 0.1
   */
  public enum Column {
    /** The booking (entry, posting) date. */
    BOOKING_DATE,
    /** The value (interest) date. */
    VALUE_DATE,
    /** The main free text; several columns are joined with a space. */
    DESCRIPTION,
    /** The payee or payer. */
    COUNTERPARTY,
    /** The counterparty's IBAN or account number. */
    COUNTERPARTY_ACCOUNT,
    /** Further free text, appended to the description. */
    MEMO,
    /** A signed amount, or an unsigned one with {@link #DEBIT_CREDIT}. */
    AMOUNT,
    /** The amount of money out. */
    DEBIT,
    /** The amount of money in. */
    CREDIT,
    /**
     * A debit/credit mark such as {@code D}/{@code C}, {@code S}/{@code H}, {@code Af}/{@code Bij}.
     */
    DEBIT_CREDIT,
    /** The running balance after the row. */
    BALANCE,
    /** The ISO 4217 currency of the row. */
    CURRENCY,
    /** The bank's reference or transaction id. */
    REFERENCE,
    /** The bank's category. */
    CATEGORY,
    /** The account of the row; a file with several accounts yields one statement per account. */
    ACCOUNT,
    /** The bank's transaction type or booking text. */
    TYPE
  }

  /**
   * How the sign of an amount is written.
   *
   * @since 0.1
   */
  public enum SignConvention {
    /** The {@link Column#AMOUNT} column is negative for money out. */
    SIGNED,
    /** The {@link Column#AMOUNT} column is positive for money out (credit-card style). */
    INVERTED,
    /** The amount is unsigned; the {@link Column#DEBIT_CREDIT} column tells the direction. */
    INDICATOR,
    /** Separate {@link Column#DEBIT} and {@link Column#CREDIT} columns. */
    DEBIT_CREDIT_COLUMNS,
    /**
     * The {@link Column#AMOUNT} column is unsigned; each row's sign is the change of the {@link
     * Column#BALANCE} column (the previous balance plus or minus the amount gives the row's
     * balance, oldest-first or newest-first). A row the balance does not decide (its balance change
     * differs from its amount, or it is the oldest row and no opening balance is stated) is skipped
     * with the warning {@code CSV_SIGN_UNDECIDED}: the sign is never guessed. Without an {@link
     * Column#AMOUNT} column (a balance history), each row's amount is the change of the balance
     * since the row before it in time, rows whose balance did not change are no transactions, and
     * the oldest row's balance is the opening balance unless one is stated above the table.
     *
     * @since 0.2
     */
    BY_BALANCE
  }

  private final @Nullable String name;
  private final Charset charset;
  private final char delimiter;
  private final @Nullable Character quote;
  private final int headerRecord;
  private final int firstDataRecord;
  private final List<String> header;
  private final Map<Column, List<Integer>> columns;
  private final DateOrder dateOrder;
  private final char decimalSeparator;
  private final SignConvention signConvention;
  private final Set<String> debitMarkers;
  private final Set<String> creditMarkers;
  private final @Nullable Currency currency;
  private final Map<String, Double> confidence;

  private CsvLayout(Builder b) {
    this.name = b.name;
    this.charset = b.charset;
    this.delimiter = b.delimiter;
    this.quote = b.quote;
    this.headerRecord = b.headerRecord;
    this.firstDataRecord = Math.max(b.firstDataRecord, b.headerRecord + 1);
    this.header = List.copyOf(b.header);
    EnumMap<Column, List<Integer>> cols = new EnumMap<>(Column.class);
    b.columns.forEach((k, v) -> cols.put(k, List.copyOf(v)));
    this.columns = Collections.unmodifiableMap(cols);
    this.dateOrder = b.dateOrder;
    this.decimalSeparator = b.decimalSeparator;
    this.signConvention = b.signConvention;
    this.debitMarkers = Collections.unmodifiableSet(new LinkedHashSet<>(b.debitMarkers));
    this.creditMarkers = Collections.unmodifiableSet(new LinkedHashSet<>(b.creditMarkers));
    this.currency = b.currency;
    this.confidence = Collections.unmodifiableMap(new TreeMap<>(b.confidence));
  }

  /**
   * Returns a builder with defaults: UTF-8, comma, double quote, a header in record 1,
   * day-month-year dates, a decimal point and signed amounts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this layout.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.charset = charset;
    b.delimiter = delimiter;
    b.quote = quote;
    b.headerRecord = headerRecord;
    b.firstDataRecord = firstDataRecord;
    b.header = new ArrayList<>(header);
    columns.forEach((k, v) -> b.columns.put(k, new ArrayList<>(v)));
    b.dateOrder = dateOrder;
    b.decimalSeparator = decimalSeparator;
    b.signConvention = signConvention;
    b.debitMarkers = new LinkedHashSet<>(debitMarkers);
    b.creditMarkers = new LinkedHashSet<>(creditMarkers);
    b.currency = currency;
    b.confidence = new LinkedHashMap<>(confidence);
    return b;
  }

  /**
   * Returns the profile name, such as {@code "knab"}, when the layout came from a profile.
   *
   * @return the name
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the charset of the file.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Returns the field delimiter.
   *
   * @return the delimiter
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Returns the quote character, empty when fields are never quoted.
   *
   * @return the quote
   */
  public Optional<Character> quote() {
    return Optional.ofNullable(quote);
  }

  /**
   * Returns the 1-based record number of the header, 0 when the file has no header. Records before
   * it are the preamble.
   *
   * @return the header record
   */
  public int headerRecord() {
    return headerRecord;
  }

  /**
   * Returns the 1-based record number of the first data row.
   *
   * @return the first data record
   */
  public int firstDataRecord() {
    return firstDataRecord;
  }

  /**
   * Returns the header names as written in the file, empty when there is no header. A profile whose
   * header equals a file's header is applied to it automatically.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the 0-based column indexes of each role present.
   *
   * @return the columns by role
   */
  public Map<Column, List<Integer>> columns() {
    return columns;
  }

  /**
   * Returns the first column of a role.
   *
   * @param role the role
   * @return the 0-based index
   */
  public Optional<Integer> column(Column role) {
    List<Integer> list = columns.get(requireNonNull(role, "role"));
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /**
   * Returns the order of numeric dates.
   *
   * @return the date order
   */
  public DateOrder dateOrder() {
    return dateOrder;
  }

  /**
   * Returns the decimal mark of amounts, {@code '.'} or {@code ','}.
   *
   * @return the decimal separator
   */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /**
   * Returns how amounts are signed.
   *
   * @return the sign convention
   */
  public SignConvention signConvention() {
    return signConvention;
  }

  /**
   * Returns the lower-case values of the {@link Column#DEBIT_CREDIT} column that mean money out.
   *
   * @return the debit markers
   */
  public Set<String> debitMarkers() {
    return debitMarkers;
  }

  /**
   * Returns the lower-case values of the {@link Column#DEBIT_CREDIT} column that mean money in.
   *
   * @return the credit markers
   */
  public Set<String> creditMarkers() {
    return creditMarkers;
  }

  /**
   * Returns the currency of rows without a currency column or symbol.
   *
   * @return the currency
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the detector's confidence, from 0 to 1, per decision ({@code charset}, {@code
   * delimiter}, {@code header}, {@code columns}, {@code dateOrder}, {@code decimalSeparator},
   * {@code sign}). A forced layout reports 1.
   *
   * @return the confidences
   */
  public Map<String, Double> confidence() {
    return confidence;
  }

  /**
   * Returns this layout as JSON, the bank-profile format read by {@link #fromJson(String)}.
   *
   * @return the JSON text
   */
  public String toJson() {
    return CsvLayoutJson.write(this);
  }

  /**
   * Reads a layout written by {@link #toJson()} or by hand. Only {@code columns} is required;
   * absent keys keep the {@link #builder()} defaults; unknown keys are ignored. The layout is
   * checked with Bean Validation: each error names the key with its line and column ({@code CSV
   * layout is invalid: headerRecord must be greater than or equal to 0 (line 3, column 19)}), the
   * first error's position is the exception's.
   *
   * @param json the JSON text
   * @return the layout
   * @throws BsaException with {@link ErrorCode#INVALID_OPTION} if the text is not a valid layout
   */
  public static CsvLayout fromJson(String json) {
    return CsvLayoutJson.read(requireNonNull(json, "json"));
  }

  @Override
  public String toString() {
    return "CsvLayout[delimiter="
        + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter))
        + ", header="
        + headerRecord
        + ", columns="
        + columns
        + ", dateOrder="
        + dateOrder
        + ", decimal="
        + decimalSeparator
        + ", sign="
        + signConvention
        + "]";
  }

  /**
   * Builds a {@link CsvLayout}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable String name;
    private Charset charset = StandardCharsets.UTF_8;
    private char delimiter = ',';
    private @Nullable Character quote = '"';
    private int headerRecord = 1;
    private int firstDataRecord;
    private List<String> header = new ArrayList<>();
    private final Map<Column, List<Integer>> columns = new EnumMap<>(Column.class);
    private DateOrder dateOrder = DateOrder.DAY_MONTH_YEAR;
    private char decimalSeparator = '.';
    private SignConvention signConvention = SignConvention.SIGNED;
    private Set<String> debitMarkers =
        new LinkedHashSet<>(List.of("d", "dr", "debit", "s", "af", "-"));
    private Set<String> creditMarkers =
        new LinkedHashSet<>(List.of("c", "cr", "credit", "h", "bij", "+"));
    private @Nullable Currency currency;
    private Map<String, Double> confidence = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the profile name.
     *
     * @param value the name, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder name(@Nullable String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets the charset.
     *
     * @param value the charset
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder charset(Charset value) {
      this.charset = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the delimiter.
     *
     * @param value the delimiter
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder delimiter(char value) {
      this.delimiter = value;
      return this;
    }

    /**
     * Sets the quote character.
     *
     * @param value the quote, or {@code null} for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder quote(@Nullable Character value) {
      this.quote = value;
      return this;
    }

    /**
     * Sets the 1-based record number of the header, 0 for none.
     *
     * @param value the record number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder headerRecord(int value) {
      this.headerRecord = value;
      return this;
    }

    /**
     * Sets the 1-based record number of the first data row; 0 means the record after the header.
     *
     * @param value the record number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder firstDataRecord(int value) {
      this.firstDataRecord = value;
      return this;
    }

    /**
     * Sets the header names, used to match profiles.
     *
     * @param value the names
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder header(List<String> value) {
      this.header = new ArrayList<>(value);
      return this;
    }

    /**
     * Assigns a role to columns, replacing earlier ones; an empty list removes the role.
     *
     * @param role the role
     * @param indexes the 0-based column indexes
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder column(Column role, List<Integer> indexes) {
      requireNonNull(role, "role");
      if (indexes.isEmpty()) {
        columns.remove(role);
      } else {
        columns.put(role, new ArrayList<>(indexes));
      }
      return this;
    }

    /**
     * Assigns a role to one column.
     *
     * @param role the role
     * @param index the 0-based column index
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder column(Column role, int index) {
      return column(role, List.of(index));
    }

    /**
     * Sets the date order.
     *
     * @param value the order
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dateOrder(DateOrder value) {
      this.dateOrder = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the decimal mark.
     *
     * @param value {@code '.'} or {@code ','}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder decimalSeparator(char value) {
      this.decimalSeparator = value;
      return this;
    }

    /**
     * Sets the sign convention.
     *
     * @param value the convention
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder signConvention(SignConvention value) {
      this.signConvention = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the debit markers (compared case-insensitively).
     *
     * @param value the markers
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder debitMarkers(Set<String> value) {
      this.debitMarkers = lower(value);
      return this;
    }

    /**
     * Sets the credit markers (compared case-insensitively).
     *
     * @param value the markers
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder creditMarkers(Set<String> value) {
      this.creditMarkers = lower(value);
      return this;
    }

    /**
     * Sets the default currency.
     *
     * @param value the currency, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder currency(@Nullable Currency value) {
      this.currency = value;
      return this;
    }

    /**
     * Sets the confidence of one decision.
     *
     * @param decision the decision, such as {@code "dateOrder"}
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder confidence(String decision, double value) {
      requireNonNull(decision, "decision");
      confidence.put(decision, value);
      return this;
    }

    /**
     * Builds the layout after checking it with Bean Validation: record numbers and column indexes
     * not negative, a one-character delimiter that is not a line break, a quote other than the
     * delimiter, a decimal mark of {@code '.'} or {@code ','}, confidences within [0, 1], a date
     * column, and the columns the sign convention needs.
     *
     * @return the layout
     * @throws BsaException with {@link ErrorCode#INVALID_OPTION} naming each violated field
     */
    public CsvLayout build() {
      Map<String, List<Integer>> cols = new LinkedHashMap<>();
      columns.forEach((k, v) -> cols.put(k.name(), v));
      new CsvLayoutSpec(
              name,
              charset.name(),
              String.valueOf(delimiter),
              quote == null ? "" : String.valueOf(quote),
              headerRecord,
              firstDataRecord,
              header,
              cols,
              dateOrder.name(),
              String.valueOf(decimalSeparator),
              signConvention.name(),
              List.copyOf(debitMarkers),
              List.copyOf(creditMarkers),
              currency == null ? null : currency.getCurrencyCode(),
              confidence)
          .validate(null);
      return new CsvLayout(this);
    }

    private static Set<String> lower(Set<String> value) {
      Set<String> out = new LinkedHashSet<>();
      for (String s : value) {
        out.add(s.trim().toLowerCase(Locale.ROOT));
      }
      return out;
    }
  }
}
