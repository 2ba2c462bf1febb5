package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.internal.text.MonthNames;
import io.github.bsa.core.internal.text.Whitespace;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.internal.vocab.Vocabulary;
import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Header labels per column role in English, German, Dutch, French, Spanish, Italian, Portuguese,
 * Czech, Swedish and Polish (accents folded, punctuation as spaces), read from the shared
 * multilingual vocabulary ({@link Vocabulary}, concepts {@code csv-*} of {@code labels.txt}). An
 * exact match scores 1, a header that contains a label as whole words scores less, longer labels
 * more.
 */
final class CsvHeaders {
  private static final Map<Column, List<String>> SYNONYMS = new EnumMap<>(Column.class);

  static {
    for (Column role : Column.values()) {
      SYNONYMS.put(role, Vocabulary.labels(concept(role)));
    }
  }

  /** The vocabulary concept that holds a role's labels. */
  static Concept concept(Column role) {
    return switch (role) {
      case BOOKING_DATE -> Concept.CSV_BOOKING_DATE;
      case VALUE_DATE -> Concept.CSV_VALUE_DATE;
      case DESCRIPTION -> Concept.CSV_DESCRIPTION;
      case COUNTERPARTY -> Concept.CSV_COUNTERPARTY;
      case COUNTERPARTY_ACCOUNT -> Concept.CSV_COUNTERPARTY_ACCOUNT;
      case MEMO -> Concept.CSV_MEMO;
      case AMOUNT -> Concept.CSV_AMOUNT;
      case DEBIT -> Concept.CSV_DEBIT;
      case CREDIT -> Concept.CSV_CREDIT;
      case DEBIT_CREDIT -> Concept.CSV_DEBIT_CREDIT;
      case BALANCE -> Concept.CSV_BALANCE;
      case CURRENCY -> Concept.CSV_CURRENCY;
      case REFERENCE -> Concept.CSV_REFERENCE;
      case CATEGORY -> Concept.CSV_CATEGORY;
      case ACCOUNT -> Concept.CSV_ACCOUNT;
      case TYPE -> Concept.CSV_TYPE;
    };
  }

  private CsvHeaders() {}

  /** Folds a header cell: accents, case, punctuation and units in parentheses removed. */
  static String normalize(String header) {
    String f = MonthNames.fold(header);
    StringBuilder sb = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      sb.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return Whitespace.fold(sb);
  }

  /** Returns the currency named in a header such as {@code Bedrag (EUR)}, or null. */
  static java.util.@Nullable Currency currencyIn(String header) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[(\\[ ]([A-Z]{3})[)\\]]?$").matcher(header.trim());
    return m.find() ? CsvAmounts.currency(m.group(1)) : null;
  }

  /** Returns how well the header names the role, 0 when it does not. */
  static double score(Column role, String normalizedHeader) {
    if (normalizedHeader.isEmpty()) {
      return 0;
    }
    double best = 0;
    String padded = " " + normalizedHeader + " ";
    for (String syn : SYNONYMS.getOrDefault(role, List.of())) {
      if (normalizedHeader.equals(syn)) {
        return 1;
      }
      if (syn.length() >= 3 && padded.contains(" " + syn + " ")) {
        best = Math.max(best, 0.5 + 0.4 * syn.length() / normalizedHeader.length());
      }
    }
    return best;
  }

  /**
   * Whether a header names debit and credit together ({@code Cargo/Abono}, {@code Debit/Credit},
   * {@code Soll/Haben}, {@code Débit/Crédit}, {@code Af/Bij}): two halves split by {@code /},
   * {@code |}, {@code &} or {@code +}, one a debit label and the other a credit label, or a header
   * made of exactly one debit and one credit word. Such a column holds either the mark or one
   * amount whose sign the values or the running balance give, never only debits.
   */
  static boolean namesDebitAndCredit(String header) {
    String[] halves = header.split("[/|&+]", -1);
    if (halves.length == 2) {
      String a = normalize(halves[0]);
      String b = normalize(halves[1]);
      return (names(Column.DEBIT, a) && names(Column.CREDIT, b))
          || (names(Column.CREDIT, a) && names(Column.DEBIT, b));
    }
    if (halves.length != 1) {
      return false;
    }
    String[] words = normalize(header).split(" ", -1);
    return words.length == 2
        && ((score(Column.DEBIT, words[0]) == 1 && score(Column.CREDIT, words[1]) == 1)
            || (score(Column.CREDIT, words[0]) == 1 && score(Column.DEBIT, words[1]) == 1));
  }

  private static boolean names(Column role, String normalized) {
    return score(role, normalized) >= 0.5 && score(Column.AMOUNT, normalized) < 1;
  }

  /** Returns whether the cell is some known header name. */
  static boolean isKnown(String cell) {
    String n = normalize(cell);
    for (Column c : Column.values()) {
      if (score(c, n) >= 0.7) {
        return true;
      }
    }
    return false;
  }
}
