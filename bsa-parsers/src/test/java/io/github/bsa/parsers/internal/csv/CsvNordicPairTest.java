package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Debit/credit column pairs headed in Norwegian, Danish and Finnish words (a DNB-style "Ut fra
 * konto" / "Inn på konto" export with decimal commas and no balance), read with the format
 * detected, not forced; and a pair that nothing names, refused with its reason when the format is
 * detected too.
 */
class CsvNordicPairTest {

  /** Every parser on the class path: the format is detected, as a user's upload would be. */
  private static final StatementAnalyzer ANALYZER = StatementAnalyzer.builder().build();

  private static final String[] TEXTS = {"Varekjøp Butikk", "Lønn Firma AS", "Husleie", "Kafe"};

  /** Rows of date, text, value date, out, in; every fourth row money in. */
  private static String file(String header, int rows) {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    for (int i = 0; i < rows; i++) {
      String date = String.format("%02d.%02d.2026", 1 + i % 28, 1 + i / 28);
      String amount = (10 + i * 7) + "," + String.format("%02d", i % 100);
      boolean in = i % 4 == 1;
      lines.add(
          "\""
              + date
              + "\";\""
              + TEXTS[i % TEXTS.length]
              + " "
              + i
              + "\";\""
              + date
              + "\";\""
              + (in ? "" : amount)
              + "\";\""
              + (in ? amount : "")
              + "\"");
    }
    return String.join("\n", lines) + "\n";
  }

  private static ParseResult detectAndParse(String text) {
    return ANALYZER.parse(text.getBytes(StandardCharsets.UTF_8), ParseOptions.builder().build());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"Dato\";\"Forklaring\";\"Rentedato\";\"Ut fra konto\";\"Inn på konto\"",
        "\"Dato\";\"Tekst\";\"Rentedato\";\"Uttak\";\"Innskudd\"",
        "\"Dato\";\"Tekst\";\"Rentedato\";\"Udbetaling\";\"Indbetaling\"",
        "\"Päivämäärä\";\"Selite\";\"Arvopäivä\";\"Nosto\";\"Pano\"",
        "\"Bogført\";\"Tekst\";\"Rentedato\";\"Hævet\";\"Indsat\"",
        "\"Bokført\";\"Beskrivelse\";\"Rentedato\";\"Beløp ut\";\"Beløp inn\"",
        "\"Kirjauspäivä\";\"Selite\";\"Arvopäivä\";\"Veloitus\";\"Hyvitys\"",
      })
  void pairNamedInTheLanguageOfTheBank_isReadWithItsSigns(String header) {
    ParseResult r = detectAndParse(file(header, 40));
    assertThat(r.statements()).hasSize(1);
    var txs = r.statements().get(0).transactions();
    assertThat(txs).hasSize(40);
    for (int i = 0; i < txs.size(); i++) {
      BigDecimal a = txs.get(i).amount();
      if (i % 4 == 1) {
        assertThat(a.signum()).as("row %d is money in", i).isPositive();
      } else {
        assertThat(a.signum()).as("row %d is money out", i).isNegative();
      }
    }
  }

  @Test
  void pairNamedByNothing_isRefusedWithItsReason_whenTheFormatIsDetected() {
    String text = file("", 40).substring(1); // no header line at all
    CsvRefusals.assertUnnamedPairRefused(() -> detectAndParse(text));
  }

  @Test
  void proseIsStillOfNoKnownFormat() {
    assertThatThrownBy(() -> detectAndParse("hello world\nnothing here to read\n"))
        .isInstanceOf(BsaException.class)
        .satisfies(
            e ->
                assertThat(((BsaException) e).errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT));
  }
}
