package io.github.bsa.parsers.internal.pdf;

import java.text.Normalizer;
import java.util.Locale;
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

  private static final Pattern BALANCE_WORDS =
      Pattern.compile("\\b(balance|saldo|solde|kontostand|closing bal|running bal)");
  private static final Pattern VALUE_WORDS =
      Pattern.compile("\\b(value|valuta|wert\\w*|valeur|val)\\b");
  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "(\\bdate\\b|\\bdatum|\\bfecha\\b|\\bdata\\b|\\bdt\\b|tag\\b|\\bday\\b|\\bdated\\b|\\bdato\\b|dag\\b)");
  private static final Pattern DEBIT_WORDS =
      Pattern.compile(
          "(withdrawal|\\bdebit|paid out|money out|\\bsoll\\b|belastung|\\bdebe\\b|\\bcargo|retiro"
              + "|uscite|addebit|\\bdr\\b|ausgang|ausgabe|retrait|\\bsorties?\\b|subtraction|charges|\\baf\\b"
              + "|(^| )out$)");
  private static final Pattern CREDIT_WORDS =
      Pattern.compile(
          "(deposit|\\bcredit|paid in|money in|\\bhaben\\b|gutschrift|\\bhaber\\b|abono|entrate"
              + "|accredit|\\bcr\\b|eingang|einnahme|versement|\\bentrees?\\b|addition|payments? and credits"
              + "|receipts?|\\bbij\\b|(^| )in$)");
  private static final Pattern AMOUNT_WORDS =
      Pattern.compile(
          "(amount|\\bamt\\b|betrag|montant|importe|importo|bedrag|\\bvalor\\b|umsatz|\\bsum\\b|kwota"
              + "|belopp|belop)");
  private static final Pattern REFERENCE_WORDS =
      Pattern.compile(
          "(\\bref\\b|reference|\\bchq|cheque|check|\\bno\\b|number|\\bnr\\b|beleg|referenz|piece)");
  private static final Pattern DESCRIPTION_WORDS =
      Pattern.compile(
          "(desc|detail|narration|particular|\\btext|libell|operation|concepto|memo|payee|merchant"
              + "|transaction|buchung|verwendung|empfanger|causale|omschrijving|motif|vorgang|activity"
              + "|narrative|dettagli|beschreibung|bezeichnung|purpose|zweck|mitteilung|payment type)");

  boolean isMoney() {
    return this == DEBIT || this == CREDIT || this == AMOUNT || this == BALANCE;
  }

  boolean isTransactionMoney() {
    return this == DEBIT || this == CREDIT || this == AMOUNT;
  }

  /** Folds a label for keyword matching: lower case, no accents, punctuation as spaces. */
  static String fold(String text) {
    String s =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return s.replaceAll("[^a-z0-9]+", " ").strip();
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
