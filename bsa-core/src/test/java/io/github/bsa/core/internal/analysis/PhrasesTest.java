package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  private static final List<String> PHRASES =
      List.of(" card payment ", " pos ", " cb ", " tagesgeld", " naar spaar", " rd a c ");

  @Test
  void answersLikeContainsOfEveryPhrase() {
    Phrases phrases = new Phrases(PHRASES);
    List<String> texts =
        List.of(
            "",
            " ",
            " c ",
            " cb ",
            " cbx ",
            " card payment rewe ",
            " card paymentx ",
            " umbuchung tagesgeldkonto ",
            " x naar spaarrekening ",
            " pos",
            " xpos ",
            " rd a c 1234 ",
            " rd a ",
            " shop pos 12 ");
    for (String t : texts) {
      boolean expected = PHRASES.stream().anyMatch(t::contains);
      assertThat(phrases.foundIn(t)).as("'%s'", t).isEqualTo(expected);
    }
  }

  @Test
  void refusesPhrasesWithoutLeadingSpace() {
    assertThatThrownBy(() -> new Phrases(List.of("pos ")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
