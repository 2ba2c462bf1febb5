package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.parsers.internal.vocab.Vocabulary;
import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import java.util.regex.Pattern;

/** What a table column holds, decided from its header label. */
enum ColumnKind {
  DATE,
  VALUE_DATE,
  DESCRIPTION,
  REFERENCE,
  DEBIT,
  CREDIT,
  AMOUNT,
  BALANCE,
  OTHER;

  private static final Pattern BALANCE_WORDS = Vocabulary.pattern(Concept.COLUMN_BALANCE);
  private static final Pattern VALUE_WORDS = Vocabulary.pattern(Concept.COLUMN_VALUE);
  private static final Pattern DATE_WORDS = Vocabulary.pattern(Concept.COLUMN_DATE);
  private static final Pattern DEBIT_WORDS = Vocabulary.pattern(Concept.COLUMN_DEBIT);
  private static final Pattern CREDIT_WORDS = Vocabulary.pattern(Concept.COLUMN_CREDIT);
  private static final Pattern AMOUNT_WORDS = Vocabulary.pattern(Concept.COLUMN_AMOUNT);
  private static final Pattern REFERENCE_WORDS = Vocabulary.pattern(Concept.COLUMN_REFERENCE);
  private static final Pattern DESCRIPTION_WORDS = Vocabulary.pattern(Concept.COLUMN_DESCRIPTION);

  boolean isMoney() {
    return this == DEBIT || this == CREDIT || this == AMOUNT || this == BALANCE;
  }

  boolean isTransactionMoney() {
    return this == DEBIT || this == CREDIT || this == AMOUNT;
  }

  /** Folds a label for keyword matching: lower case, no accents, punctuation as spaces. */
  static String fold(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return Vocabulary.fold(text);
      }
    }
    // ASCII: the same result as Vocabulary.fold without normalisation or regular expressions
    StringBuilder sb = null;
    boolean gap = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (sb == null) {
          sb = new StringBuilder(n);
        } else if (gap) {
          sb.append(' ');
        }
        gap = false;
        sb.append(c);
      } else {
        gap = true;
      }
    }
    return sb == null ? "" : sb.toString();
  }

  /** Classifies a header label. */
  static ColumnKind classify(String label) {
    String s = fold(label);
    if (s.isEmpty()) {
      return OTHER;
    }
    if (BALANCE_WORDS.matcher(s).find()) {
      return BALANCE;
    }
    if (VALUE_WORDS.matcher(s).find() && DATE_WORDS.matcher(s).find()) {
      return VALUE_DATE;
    }
    if (s.equals("valuta") || s.equals("wertstellung") || s.equals("value")) {
      return VALUE_DATE;
    }
    if (DATE_WORDS.matcher(s).find()) {
      return DATE;
    }
    if (DEBIT_WORDS.matcher(s).find()) {
      return DEBIT;
    }
    if (CREDIT_WORDS.matcher(s).find()) {
      return CREDIT;
    }
    if (AMOUNT_WORDS.matcher(s).find()) {
      return AMOUNT;
    }
    if (REFERENCE_WORDS.matcher(s).find()) {
      return REFERENCE;
    }
    if (DESCRIPTION_WORDS.matcher(s).find()) {
      return DESCRIPTION;
    }
    return OTHER;
  }
}
