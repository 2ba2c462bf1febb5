package io.github.bsa.parsers.internal.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The shared label vocabulary: every concept loads, balance labels in every language match. */
final class VocabularyTest {
  @ParameterizedTest
  @EnumSource(Concept.class)
  void everyConceptHasEntries(Concept concept) {
    assertThat(Vocabulary.pattern(concept).pattern()).isNotEqualTo("()");
  }

  @ParameterizedTest
  @CsvSource({
    "OPENING,Alter Kontostand",
    "OPENING,Saldo alt",
    "OPENING,Ancien solde",
    "OPENING,Saldo inicial",
    "OPENING,Vorig saldo",
    "OPENING,Previous balance",
    "CLOSING,Neuer Kontostand",
    "CLOSING,Saldo neu",
    "CLOSING,Nouveau solde",
    "CLOSING,Saldo final",
    "CLOSING,Nieuw saldo",
    "CLOSING,New balance",
    "BROUGHT_FORWARD,Balance brought forward",
    "CARRIED_FORWARD,Balance carried forward",
    "SECTION_OTHER,DAILY ENDING BALANCE",
    "COLUMN_DEBIT,Soll",
    "COLUMN_CREDIT,Haben"
  })
  void matchesLabels(Concept concept, String label) {
    assertThat(Vocabulary.matches(concept, Vocabulary.fold(label))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"OPENING,Card payment Greenleaf Market", "CLOSING,Salary ACME payroll"})
  void doesNotMatchTransactions(Concept concept, String text) {
    assertThat(Vocabulary.matches(concept, Vocabulary.fold(text))).isFalse();
  }

  @org.junit.jupiter.api.Test
  void languages() {
    assertThat(Vocabulary.languages()).contains("en", "de", "fr", "es", "it", "nl", "pt");
    assertThat(Vocabulary.fragments(Concept.CLOSING, "de")).contains("neuer kontostand");
  }
}
