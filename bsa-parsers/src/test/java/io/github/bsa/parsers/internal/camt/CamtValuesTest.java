package io.github.bsa.parsers.internal.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written value readers agree with the regular expression and the JDK parser. */
final class CamtValuesTest {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1", "12.5", "-3", "+4.", ".5", "0.00", "", ".", "+", "-.", "1.2.3", "1e5", " 1", "1,5",
        "١٢", "12a", "+-1"
      })
  void isDecimal_agreesWithTheRegularExpression(String value) {
    assertThat(CamtValues.isDecimal(value)).isEqualTo(DECIMAL.matcher(value).matches());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-31",
        "2024-01-31+01:00",
        "2024-01-31T10:15:00",
        "2024-02-29",
        "0001-01-01"
      })
  void date_readsIsoDatesAndDateTimes(String value) {
    assertThat(new CamtValues("camt.053").date(value))
        .isEqualTo(LocalDate.parse(value.substring(0, 10)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-1-01", "31.01.2024", "2024-01-3x"})
  void date_refusesOthersTyped(String value) {
    assertThatThrownBy(() -> new CamtValues("camt.053").date(value))
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA));
  }

  @Test
  void currency_isRememberedAndUnknownCodesGiveNull() {
    CamtValues v = new CamtValues("camt.053");
    assertThat(v.currency("EUR")).hasToString("EUR");
    assertThat(v.currency("EUR")).hasToString("EUR");
    assertThat(v.currency("XYZ1")).isNull();
    assertThat(v.currency("chf")).hasToString("CHF");
  }
}
