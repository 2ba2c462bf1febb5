package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.internal.vocab.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** CSV header labels come from the shared vocabulary resource, in the form they are matched in. */
final class CsvHeadersTest {
  @ParameterizedTest
  @EnumSource(Column.class)
  void everyRoleHasLabelsInNormalizedForm(Column role) {
    assertThat(Vocabulary.labels(CsvHeaders.concept(role))).isNotEmpty();
    for (String label : Vocabulary.labels(CsvHeaders.concept(role))) {
      assertThat(CsvHeaders.normalize(label)).as("%s label %s", role, label).isEqualTo(label);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "BOOKING_DATE,Buchungstag,1.0",
    "BOOKING_DATE,Datum zaúčtování,1.0",
    "BOOKING_DATE,Bokföringsdatum,1.0",
    "VALUE_DATE,Date de valeur,1.0",
    "DESCRIPTION,Libellé,1.0",
    "COUNTERPARTY,Naam tegenpartij,1.0",
    "AMOUNT,Kwota,1.0",
    "DEBIT,Addebiti,1.0",
    "CREDIT,Insättning,1.0",
    "DEBIT_CREDIT,Af/Bij,1.0",
    "BALANCE,Zůstatek,1.0",
    "CURRENCY,Währung,1.0",
    "REFERENCE,Check No.,1.0",
    "TYPE,Tipo de movimiento,1.0",
    // whole-word containment scores 0.5 + 0.4 * label length / header length
    "AMOUNT,Amount in EUR,0.6846153846153846",
    "BALANCE,Saldo (EUR),0.7222222222222222",
  })
  void scoresAsBefore(Column role, String header, double expected) {
    assertThat(CsvHeaders.score(role, CsvHeaders.normalize(header))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Buchungstag", "Omschrijving", "Montant", "Saldo"})
  void knownHeaders(String cell) {
    assertThat(CsvHeaders.isKnown(cell)).isTrue();
  }

  @org.junit.jupiter.api.Test
  void marksAndPeriodWords_comeFromTheSharedVocabularyUnchanged() {
    assertThat(CsvDetector.DEBIT_MARKERS)
        .containsExactlyInAnyOrder(
            "d", "dr", "debit", "debet", "s", "soll", "af", "-", "db", "withdrawal", "ausgang");
    assertThat(CsvDetector.CREDIT_MARKERS)
        .containsExactlyInAnyOrder(
            "c", "cr", "credit", "h", "haben", "bij", "+", "deposit", "eingang");
    assertThat(
            io.github.bsa.parsers.internal.vocab.Vocabulary.labels(
                io.github.bsa.parsers.internal.vocab.Vocabulary.Concept.CSV_PERIOD_TO))
        .contains("bis", "hasta", "end date");
  }
}
