package io.github.bsa.core.internal.analysis;

import java.util.List;

/**
 * Savings and deposit words: a description naming the holder's own savings or term deposit marks a
 * transfer that is neither spending nor income. Immutable.
 */
final class SavingsWords {
  /** Savings and deposit words of the supported languages, as folded phrases. */
  private static final List<String> SAVINGS =
      List.of(
          " to savings ",
          " from savings ",
          " to sav ",
          " savings account ",
          " to isa ",
          " isa saver ",
          " fixed deposit ",
          " recurring deposit ",
          " term deposit ",
          " fd through ",
          " to fd ",
          " sweep to fd ",
          " rd a c ",
          " to rd ",
          " auto sweep ",
          " tagesgeld",
          " festgeld",
          " sparkonto ",
          " sparbuch ",
          " umbuchung ",
          " eigenuberweisung ",
          " ubertrag auf ",
          " livret ",
          " ldds ",
          " compte epargne ",
          " virement interne ",
          " vir interne ",
          " cuenta ahorro ",
          " cuenta de ahorro ",
          " traspaso ",
          " deposito a plazo ",
          " plazo fijo ",
          " spaarrekening ",
          " naar spaar",
          " van spaar",
          " eigen rekening ",
          " conto deposito ",
          " giroconto ",
          " conto risparmio ",
          " deposito vincolato ",
          " libretto di risparmio ",
          " rachunek oszczednosciowy ",
          " konto oszczednosciowe ",
          " lokata ",
          " przelew wlasny ",
          " conta poupanca ",
          " deposito a prazo ",
          " sporici ucet ",
          " terminovany vklad ",
          " egna konton ",
          " poupanca ",
          " aplicacao poupanca ",
          " aplic aut ",
          " cdb ",
          " dep prazo ",
          " deposito prazo ",
          " inversion a plazo ",
          " cuenta propia ",
          " cuentas propias ",
          " opsparing ",
          " sparekonto ",
          " egen overforing ",
          " overforing mellan egna ",
          " vlastnimi ucty ",
          " vlastni ucet ",
          " sporici ",
          " tfsa ",
          " rrsp ",
          " goal saver ",
          " online saver ",
          " savings maximiser ",
          " teiki yokin ",
          " tsumitate ",
          " pilier 3a ",
          " epargne ",
          " eigen spaarrekening ",
          " oszczednosciowe ",
          " oszczednosciowy ",
          " own account ",
          " own accounts ",
          " saastotili ");

  private static final Phrases PHRASES = new Phrases(SAVINGS);

  private SavingsWords() {}

  /** Whether folded text ({@link Text#fold}) names savings or a deposit. */
  static boolean foundIn(String folded) {
    return PHRASES.foundIn(folded);
  }
}
