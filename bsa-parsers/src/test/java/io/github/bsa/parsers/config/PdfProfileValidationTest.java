package io.github.bsa.parsers.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.parsers.FormatOptions;
import io.github.bsa.parsers.PdfProfile;
import io.github.bsa.parsers.PdfProfile.ColumnKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed PDF profile (#10) and its validation with positions (#13). */
class PdfProfileValidationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\\n  \"columns\": {\"When\": \"date\",\\n   \"Soll\": \"minus\"}} | 3 | 12 | columns/Soll"
            + " must be one of date, valueDate",
        "{\\n  \"columns\": {\"When\": \"date\",\\n   \"\": \"debit\"}}     | 3 | 8  | columns/ must"
            + " not be blank",
        "{\\n  \"columns\": {\"When\": 3}}                                | 2 | 23 | columns/When"
            + " must be a string",
        "{\\n  \"columns\": [\"When\"]}                                   | 2 | 14 | columns must be"
            + " an object of label to kind",
        "{\\n  \"dateOrder\": \"YMD\"}                                    | 2 | 16 | dateOrder must be"
            + " DMY or MDY",
        "{\\n  \"dateOrder\": 1}                                          | 2 | 16 | dateOrder must be"
            + " a string",
        "{\\n  \"creditCard\": \"yes\"}                                   | 2 | 17 | creditCard must"
            + " be true or false",
        "{\\n  \"colums\": {}}                                            | 2 | 13 | colums is an"
            + " unknown key",
        "[1]                                                           | 1 | 1  | (object) must be an"
            + " object",
      })
  void eachViolation_namesKeyLineAndColumn(String text, int line, int column, String expected) {
    String json = text.replace("\\n", "\n");
    BsaException e = catchThrowableOfType(BsaException.class, () -> PdfProfile.fromJson(json));
    assertThat(e).isNotNull();
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage())
        .startsWith("PDF profile is invalid: ")
        .contains(expected)
        .endsWith("(line " + line + ", column " + column + ")");
    assertThat(e.position().line()).isEqualTo(line);
    assertThat(e.position().column()).isEqualTo(column);
  }

  @Test
  void tooManyLabels_andTooLongText_areRefused() {
    StringBuilder json = new StringBuilder("{\"columns\": {");
    for (int i = 0; i < 101; i++) {
      json.append(i == 0 ? "" : ",").append("\"c").append(i).append("\": \"amount\"");
    }
    String many = json.append("}}").toString();
    BsaException e = catchThrowableOfType(BsaException.class, () -> PdfProfile.fromJson(many));
    assertThat(e.getMessage())
        .contains("columns size must be between 0 and 100 (line 1, column 13)");

    String longText = "{\"columns\": {\"" + "x".repeat(70_000) + "\": \"amount\"}}";
    e = catchThrowableOfType(BsaException.class, () -> PdfProfile.fromJson(longText));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage()).isEqualTo("PDF profile is longer than 65536 characters");
  }

  @Test
  void builder_isValidated_andRoundTripsThroughJson() {
    BsaException e =
        catchThrowableOfType(
            BsaException.class,
            () ->
                PdfProfile.builder()
                    .dateOrder(DateOrder.YEAR_MONTH_DAY)
                    .column(" ", ColumnKind.DATE)
                    .build());
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage())
        .isEqualTo(
            "PDF profile is invalid: columns/? must not be blank; dateOrder must be DMY or MDY");

    PdfProfile profile =
        PdfProfile.builder()
            .column("Buchungstag", ColumnKind.DATE)
            .column("Wert", ColumnKind.VALUE_DATE)
            .column("Soll", ColumnKind.DEBIT)
            .dateOrder(DateOrder.MONTH_DAY_YEAR)
            .creditCard(true)
            .build();
    assertThat(profile.toJson())
        .isEqualTo(
            "{\"columns\":{\"Buchungstag\":\"date\",\"Wert\":\"valueDate\",\"Soll\":\"debit\"},"
                + "\"dateOrder\":\"MDY\",\"creditCard\":true}");
    assertThat(PdfProfile.fromJson(profile.toJson())).isEqualTo(profile);
    assertThat(PdfProfile.fromJson("{\"dateOrder\": \"dmy\"}").dateOrder())
        .contains(DateOrder.DAY_MONTH_YEAR);
    assertThat(PdfProfile.fromJson("{}")).isEqualTo(PdfProfile.empty());
  }

  @Test
  void formatOption_isTyped_andItsTextFormIsTheJson() {
    PdfProfile profile = PdfProfile.builder().column("Plus", ColumnKind.CREDIT).build();
    ParseOptions typed = ParseOptions.builder().option(FormatOptions.PDF_PROFILE, profile).build();
    assertThat(typed.formatOptions()).containsEntry("pdf.profile", profile.toJson());
    ParseOptions text =
        ParseOptions.builder()
            .formatOption("pdf.profile", "{\"columns\": {\"Plus\": \"credit\"}}")
            .build();
    assertThat(text.option(FormatOptions.PDF_PROFILE)).contains(profile);
    ParseOptions bad =
        ParseOptions.builder().formatOption("pdf.profile", "{\"columns\": {\"Plus\": 1}}").build();
    BsaException e =
        catchThrowableOfType(BsaException.class, () -> bad.option(FormatOptions.PDF_PROFILE));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage()).contains("columns/Plus must be a string (line 1, column 22)");
  }
}
