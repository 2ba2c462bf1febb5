package io.github.bsa.parsers.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.FormatOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each constraint of a CSV layout, violated in a JSON file, gives an INVALID_OPTION naming the key
 * with the line and column of its value (issue #13); the builder gives the same checks without a
 * position.
 */
class CsvLayoutValidationTest {

  /**
   * A valid layout with one key replaced; the tested key sits alone on line 3, value at column
   * 5+key.
   */
  private static String layout(String key, String value) {
    String columns = "{\"BOOKING_DATE\": 0, \"AMOUNT\": 1}";
    StringBuilder json = new StringBuilder("{\n  \"schema\": \"bsa-csv-layout/1\",\n");
    json.append("  \"").append(key).append("\": ").append(value).append(",\n");
    if (!key.equals("columns")) {
      json.append("  \"columns\": ").append(columns).append(",\n");
    }
    return json.append("  \"name\": \"test\"\n}").toString();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "charset          | \"NO-SUCH-CHARSET\"  | 0 | charset is not a charset this Java runtime supports",
        "charset          | \"\"                 | 0 | charset must not be blank",
        "delimiter        | \";;\"               | 0 | delimiter must be one character",
        "delimiter        | \"\\n\"              | 0 | delimiter must not be a line break",
        "delimiter        | 7                   | 0 | delimiter must be a string",
        "quote            | \"''\"               | 0 | quote must be empty or one character",
        "quote            | \",\"                | 0 | quote must differ from the delimiter",
        "headerRecord     | -1                  | 0 | headerRecord must be greater than or equal to 0",
        "headerRecord     | 2000000             | 0 | headerRecord must be less than or equal to 1000000",
        "headerRecord     | \"one\"              | 0 | headerRecord must be an integer",
        "firstDataRecord  | -3                  | 0 | firstDataRecord must be greater than or equal to 0",
        "header           | [\"a\", 3]           | 6 | header/1 must be a string",
        "header           | \"a\"                | 0 | header must be an array of strings",
        "dateOrder        | \"DMY\"              | 0 | dateOrder must be one of DAY_MONTH_YEAR",
        "decimalSeparator | \";\"                | 0 | decimalSeparator must be '.' or ','",
        "signConvention   | \"UP\"               | 0 | signConvention must be one of SIGNED",
        "debitMarkers     | [\"d\", null]        | 6 | debitMarkers/1 must be a string",
        "currency         | \"EURO\"             | 0 | currency must be a 3-letter ISO 4217 code",
        "currency         | \"XYZ\"              | 0 | currency is not an ISO 4217 currency",
        "confidence       | {\"x\": 1.5}         | 6 | confidence/x must be between 0 and 1",
        "confidence       | {\"x\": \"high\"}    | 6 | confidence/x must be a number",
        "columns          | {}                  | 0 | columns must name at least the date and amount columns",
        "columns          | {\"AMOUNT\": 1}      | 0 | columns needs a BOOKING_DATE or VALUE_DATE column",
        "columns          | {\"BOOKING_DATE\": 0, \"AMOUNT\": -1} | 30 | columns/AMOUNT/0 must be greater than or equal to 0",
        "columns          | {\"BOOKING_DATE\": 0, \"AMOUNT\": [1, -2]} | 34 | columns/AMOUNT/1 must be greater than or equal to 0",
        "columns          | {\"BOOKING_DATE\": 0, \"AMOUNT\": []} | 30 | columns/AMOUNT must not be empty",
        "columns          | {\"BOOKING_DATE\": 0, \"AMOUNT\": 1, \"SIZE\": 2} | 41 | columns/SIZE is not a column role",
        "columns          | {\"BOOKING_DATE\": 0, \"AMOUNT\": 1.5} | 30 | columns/AMOUNT must be an integer",
      })
  void eachViolation_namesKeyLineAndColumn(String key, String value, int offset, String expected) {
    BsaException e =
        catchThrowableOfType(BsaException.class, () -> CsvLayout.fromJson(layout(key, value)));
    assertThat(e).as("no exception for %s", key).isNotNull();
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage()).startsWith("CSV layout is invalid: ").contains(expected);
    int column = key.length() + 7 + offset;
    assertThat(e.getMessage()).contains("(line 3, column " + column + ")");
    assertThat(e.position().line()).isEqualTo(3);
    assertThat(e.position().column()).isEqualTo(column);
    assertThat(e).hasNoCause();
  }

  @Test
  void severalViolations_areAllNamed_inFileOrder() {
    String json =
        "{\"headerRecord\": -1,\n \"decimalSeparator\": \"x\",\n \"columns\": {\"AMOUNT\": 1}}";
    BsaException e = catchThrowableOfType(BsaException.class, () -> CsvLayout.fromJson(json));
    assertThat(e.getMessage())
        .isEqualTo(
            "CSV layout is invalid: headerRecord must be greater than or equal to 0 (line 1,"
                + " column 18); decimalSeparator must be '.' or ',' (line 2, column 22); columns"
                + " needs a BOOKING_DATE or VALUE_DATE column (line 3, column 13)");
    assertThat(e.position().line()).isEqualTo(1);
  }

  @Test
  void crossField_signConventionNeedsItsColumns() {
    String json = "{\"signConvention\": \"INDICATOR\",\n \"columns\": {\"DATE\": 0}}";
    BsaException e = catchThrowableOfType(BsaException.class, () -> CsvLayout.fromJson(json));
    assertThat(e.getMessage())
        .contains("columns/DATE is not a column role")
        .contains("columns needs a BOOKING_DATE or VALUE_DATE column (line 2, column 13)");
    String indicator =
        "{\"signConvention\": \"INDICATOR\",\n \"columns\": {\"BOOKING_DATE\": 0, \"AMOUNT\": 1}}";
    e = catchThrowableOfType(BsaException.class, () -> CsvLayout.fromJson(indicator));
    assertThat(e.getMessage())
        .isEqualTo(
            "CSV layout is invalid: columns needs AMOUNT and DEBIT_CREDIT for INDICATOR (line 2,"
                + " column 13)");
  }

  @Test
  void notJson_isInvalidOptionWithPosition() {
    BsaException e =
        catchThrowableOfType(BsaException.class, () -> CsvLayout.fromJson("{\n  \"columns\": {,"));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage()).isEqualTo("CSV layout is not valid JSON (line 2, column 15)");
    assertThat(e.position().line()).isEqualTo(2);
  }

  @Test
  void builder_isCheckedWithoutPosition() {
    BsaException e =
        catchThrowableOfType(
            BsaException.class,
            () ->
                CsvLayout.builder()
                    .column(Column.BOOKING_DATE, 0)
                    .column(Column.AMOUNT, -1)
                    .headerRecord(-2)
                    .delimiter('\n')
                    .confidence("dateOrder", 2)
                    .build());
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage())
        .contains("columns/AMOUNT/0 must be greater than or equal to 0")
        .contains("headerRecord must be greater than or equal to 0")
        .contains("delimiter must not be a line break")
        .contains("confidence/dateOrder must be between 0 and 1")
        .doesNotContain("(line ");
    assertThat(e.position().line()).isZero();
  }

  @Test
  void roundTrip_ofAValidLayout() {
    CsvLayout layout =
        CsvLayout.builder()
            .delimiter('\t')
            .column(Column.BOOKING_DATE, 0)
            .column(Column.AMOUNT, 3)
            .confidence("dateOrder", 0.5)
            .build();
    assertThat(CsvLayout.fromJson(layout.toJson()).toJson()).isEqualTo(layout.toJson());
  }

  @Test
  void invalidLayoutText_inParseOptions_failsTheParseTyped() {
    ParseOptions options =
        ParseOptions.builder()
            .format("csv")
            .formatOption(FormatOptions.CSV_LAYOUT.key(), "{\"columns\": {\"AMOUNT\": -1}}")
            .build();
    byte[] csv = "date,amount\n2025-01-02,1.00\n".getBytes(StandardCharsets.UTF_8);
    BsaException e =
        catchThrowableOfType(
            BsaException.class,
            () ->
                StatementAnalyzer.builder().build().parse(new ByteArrayInputStream(csv), options));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage()).contains("columns/AMOUNT/0 must be greater than or equal to 0");
  }
}
