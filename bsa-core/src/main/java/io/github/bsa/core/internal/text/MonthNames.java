package io.github.bsa.core.internal.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one multilingual month-name table of bsa, for the parsers that read printed dates (CSV, PDF).
 * Languages: English, German (with Austrian Jänner), Dutch, French, Spanish, Italian, Portuguese,
 * Czech (nominative and genitive), Swedish and Polish (nominative and genitive). Names are compared
 * with accents and case folded ({@code März} = {@code marz}); besides the full names and the listed
 * abbreviations, every prefix of three or more letters that belongs to one month only is accepted
 * ({@code janv}, {@code sept}, {@code dic}). Immutable and thread-safe.
 */
public final class MonthNames {
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  /** The names and listed abbreviations alone, without the derived prefixes. */
  private static final java.util.Set<String> NAMES = new java.util.HashSet<>();

  static {
    String[][] names = {
      {
        "january",
        "januar",
        "januari",
        "janvier",
        "enero",
        "gennaio",
        "janeiro",
        "leden",
        "ledna",
        "styczen",
        "stycznia",
        "jaenner",
        "janner",
        "jan"
      },
      {
        "february",
        "februar",
        "februari",
        "fevrier",
        "febrero",
        "febbraio",
        "fevereiro",
        "unor",
        "unora",
        "luty",
        "lutego",
        "feber",
        "feb"
      },
      {
        "march", "maerz", "marz", "maart", "mars", "marzo", "marco", "brezen", "brezna", "marzec",
        "marca", "mrt", "mrz", "mar"
      },
      {"april", "avril", "abril", "aprile", "duben", "dubna", "kwiecien", "kwietnia", "apr"},
      {"may", "mai", "mei", "mayo", "maggio", "maio", "kveten", "kvetna", "maj", "maja"},
      {
        "june",
        "juni",
        "juin",
        "junio",
        "giugno",
        "junho",
        "cerven",
        "cervna",
        "czerwiec",
        "czerwca",
        "jun"
      },
      {
        "july",
        "juli",
        "juillet",
        "julio",
        "luglio",
        "julho",
        "cervenec",
        "cervence",
        "lipiec",
        "lipca",
        "jul"
      },
      {
        "august",
        "augustus",
        "aout",
        "agosto",
        "srpen",
        "srpna",
        "augusti",
        "sierpien",
        "sierpnia",
        "aug"
      },
      {
        "september",
        "septembre",
        "septiembre",
        "settembre",
        "setembro",
        "zari",
        "wrzesien",
        "wrzesnia",
        "sep",
        "sept"
      },
      {
        "october",
        "oktober",
        "octobre",
        "octubre",
        "ottobre",
        "outubro",
        "rijen",
        "rijna",
        "pazdziernik",
        "pazdziernika",
        "okt",
        "oct"
      },
      {
        "november", "novembre", "noviembre", "novembro", "listopad", "listopadu", "listopada", "nov"
      },
      {
        "december",
        "dezember",
        "decembre",
        "diciembre",
        "dicembre",
        "dezembro",
        "prosinec",
        "prosince",
        "grudzien",
        "grudnia",
        "dec",
        "dez"
      }
    };
    Map<String, Integer> prefixes = new HashMap<>();
    for (int m = 0; m < 12; m++) {
      for (String n : names[m]) {
        MONTHS.put(n, m + 1);
        NAMES.add(n);
        for (int len = 3; len < n.length(); len++) {
          String p = n.substring(0, len);
          Integer old = prefixes.get(p);
          prefixes.put(p, old == null || old == m + 1 ? m + 1 : -1);
        }
      }
    }
    // month forms that free text uses far more often as a given name or a word ("Marco Rossi",
    // "Maja", "marca") are months for dates only
    NAMES.removeAll(java.util.Set.of("marco", "maja", "marca"));
    prefixes.forEach(MONTHS::putIfAbsent);
    MONTHS.values().removeIf(v -> v < 0);
  }

  private MonthNames() {}

  /**
   * Returns the month (1-12) a name or abbreviation stands for, or {@code null}.
   *
   * @param token the name, in any case, with or without accents; a trailing dot is allowed
   * @return the month, or {@code null} when the token is not a month name
   */
  public static @Nullable Integer month(String token) {
    String t = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    return MONTHS.get(fold(t));
  }

  /**
   * Whether a word is a month's name or one of its listed abbreviations ({@code März}, {@code
   * SEPT}, {@code października}), not merely a prefix of one ({@code janv}, {@code marc}), and not
   * one of the forms that are more often a given name or a word ({@code marco}, {@code maja},
   * {@code marca}): the narrow test for words that must not be mistaken for a payee's name.
   *
   * @param token the word, in any case, with or without accents
   * @return whether it names a month
   */
  public static boolean isName(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (NAMES.contains(t)) {
      return true;
    }
    return !Accents.isAscii(t) && NAMES.contains(fold(t));
  }

  /**
   * Folds accents and case, so that {@code März} becomes {@code marz} and {@code ł} becomes {@code
   * l}.
   *
   * @param text the text
   * @return the folded text
   */
  public static String fold(String text) {
    return Accents.strip(text).replace('ł', 'l').replace('Ł', 'l').toLowerCase(Locale.ROOT);
  }
}
