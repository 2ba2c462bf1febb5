package io.github.bsa.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each constraint of a rule file, violated, names the key and its line and column (issue #13). */
class CategoryRulesValidationTest {
  private static final String OK_RULE =
      "    {\"id\": \"ok\", \"category\": \"groceries\", \"text\": \"market\"},\n";

  /** The second rule (line 3) carries the tested key; the value starts at column 7. */
  private static String file(String key, String value) {
    String rest =
        key.equals("id") || key.equals("category")
            ? ""
            : "\"id\": \"r2\", \"category\": \"misc\", \"text\": \"x\", ";
    if (key.equals("text")) {
      rest = "\"id\": \"r2\", \"category\": \"misc\", ";
    }
    if (key.equals("id")) {
      rest = "\"category\": \"misc\", \"text\": \"x\", ";
    }
    if (key.equals("category")) {
      rest = "\"id\": \"r2\", \"text\": \"x\", ";
    }
    return "{\"rules\": [\n"
        + OK_RULE
        + "    {\n      \""
        + key
        + "\": "
        + value
        + ",\n      "
        + rest.substring(0, rest.length() - 2)
        + "}\n]}";
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "id         | \"bad id!\"    | rules/1/id must be 1-100 letters",
        "id         | \"\"           | rules/1/id must not be blank",
        "category   | \"a b\"        | rules/1/category must be 1-100 letters",
        "text       | [\"a\", \" \"] | rules/1/text/1 must not be blank",
        "text       | 12             | rules/1/text must be a string or an array of strings",
        "iban       | \"#\"          | rules/1/iban must be an account number or IBAN",
        "minAmount  | \"-1\"         | rules/1/minAmount must be greater than or equal to 0",
        "maxAmount  | -5             | rules/1/maxAmount must be greater than or equal to 0",
        "minAmount  | \"ten\"        | rules/1/minAmount must be a decimal",
        "direction  | \"sideways\"   | rules/1/direction must be in, out or any",
        "direction  | 3              | rules/1/direction must be a string",
        "colour     | \"red\"        | rules/1/colour is an unknown field",
      })
  void eachViolation_namesKeyLineAndColumn(String key, String value, String expected) {
    BsaException e =
        catchThrowableOfType(BsaException.class, () -> CategoryRules.parse(file(key, value)));
    assertThat(e).isNotNull();
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA);
    assertThat(e.getMessage()).contains(expected);
    int column = key.length() + 11 + (value.startsWith("[") ? 6 : 0);
    assertThat(e.getMessage()).contains("(line 4, column " + column + ")");
    assertThat(e.position().line()).isEqualTo(4);
    assertThat(e.position().column()).isEqualTo(column);
  }

  @Test
  void crossFieldRules_nameTheField() {
    String json =
        "{\"rules\": [\n  {\"id\": \"a\", \"category\": \"b\",\n   \"minAmount\": 9, \"maxAmount\": 2}\n]}";
    BsaException e = catchThrowableOfType(BsaException.class, () -> CategoryRules.parse(json));
    assertThat(e.getMessage())
        .contains("rules/0/minAmount must not be greater than maxAmount (line 3, column 17)");

    String none = "{\"rules\": [\n  {\"id\": \"a\", \"category\": \"b\"}\n]}";
    e = catchThrowableOfType(BsaException.class, () -> CategoryRules.parse(none));
    assertThat(e.getMessage())
        .contains("rules/0 needs at least one condition")
        .endsWith("(line 2, column 3)");

    String dup =
        "{\"rules\": [\n  {\"id\": \"a\", \"category\": \"b\", \"text\": \"x\"},\n"
            + "  {\"id\": \"a\", \"category\": \"c\", \"text\": \"y\"}\n]}";
    e = catchThrowableOfType(BsaException.class, () -> CategoryRules.parse(dup));
    assertThat(e.getMessage())
        .contains("rules/1/id repeats an earlier rule's id (line 3, column 10)");
  }

  @Test
  void notJson_isMalformedWithPosition() {
    BsaException e =
        catchThrowableOfType(BsaException.class, () -> CategoryRules.parse("{\"rules\": [\n  {]}"));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e).hasNoCause();
  }

  @Test
  void read_reportsTheFilesPositions(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rules.json");
    Files.writeString(file, file("maxAmount", "\"-2\""));
    BsaException e = catchThrowableOfType(BsaException.class, () -> CategoryRules.read(file));
    assertThat(e.getMessage())
        .startsWith(
            "Category rules is invalid: rules/1/maxAmount must be greater than or equal to 0")
        .doesNotContain("-2");
    assertThat(e.position().line()).isEqualTo(4);
  }
}
