package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.internal.text.MonthNames;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The statement facts a CSV export writes outside its table: account number or IBAN, opening and
 * closing balances, currency and stated period, read from preamble rows (before the header) and
 * footer rows (after the data). One instance per pass over a file; used from one thread.
 */
final class CsvPreamble {
  private static final List<String> FOOTER_WORDS =
      List.of(
          "total",
          "totaal",
          "summe",
          "gesamt",
          "somme",
          "suma",
          "totale",
          "celkem",
          "summa",
          "razem",
          "balance",
          "saldo",
          "solde",
          "closing",
          "opening",
          "kontostand",
          "zustatek",
          "end of period",
          "start of period",
          "count",
          "anzahl",
          "aantal");

  /** Whether a row that is no transaction reads as a footer (totals, balances, counts). */
  static boolean isFooter(List<String> cells) {
    String text = MonthNames.fold(String.join(" ", cells));
    for (String w : FOOTER_WORDS) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern DATE_TOKEN =
      java.util.regex.Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");
  private static final java.util.Set<String> PERIOD_FROM =
      java.util.Set.copyOf(
          io.github.bsa.parsers.internal.vocab.Vocabulary.labels(
              io.github.bsa.parsers.internal.vocab.Vocabulary.Concept.CSV_PERIOD_FROM));
  private static final java.util.Set<String> PERIOD_TO =
      java.util.Set.copyOf(
          io.github.bsa.parsers.internal.vocab.Vocabulary.labels(
              io.github.bsa.parsers.internal.vocab.Vocabulary.Concept.CSV_PERIOD_TO));

  @Nullable String accountNumber;
  @Nullable Iban iban;
  @Nullable BigDecimal opening;
  @Nullable BigDecimal closing;
  @Nullable Currency currency;
  @Nullable String periodText;
  @Nullable String fromText;
  @Nullable String toText;
  int footers;

  /** Every figure written outside the table (at most {@link #MAX_FIGURES}), labelled or not. */
  final List<BigDecimal> figures = new ArrayList<>();

  private static final int MAX_FIGURES = 64;

  boolean hasAnything() {
    return accountNumber != null || iban != null || opening != null || closing != null;
  }

  /** Returns the statement period stated in the preamble, or null when there is none. */
  @Nullable DateRange period(DateOrder order) {
    List<LocalDate> dates = new ArrayList<>();
    if (periodText != null) {
      dates.addAll(datesIn(periodText, order));
    } else if (fromText != null && toText != null) {
      dates.addAll(datesIn(fromText, order));
      dates.addAll(datesIn(toText, order));
    }
    if (dates.size() != 2 || dates.get(1).isBefore(dates.get(0))) {
      return null;
    }
    return DateRange.of(dates.get(0), dates.get(1));
  }

  private static boolean isPeriodLabel(String f) {
    return f.contains("period")
        || f.contains("zeitraum")
        || f.contains("periodo")
        || f.equals("obdobi")
        || f.equals("okres")
        || f.equals("periode");
  }

  private static List<LocalDate> datesIn(String text, DateOrder order) {
    List<LocalDate> out = new ArrayList<>();
    java.util.regex.Matcher m = DATE_TOKEN.matcher(text);
    while (m.find()) {
      LocalDate d = CsvDates.parseDate(m.group(), order);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  void scan(List<String> cells, char decimal, boolean footer) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).trim();
      if (cell.isEmpty()) {
        continue;
      }
      String label;
      String value;
      int colon = cell.indexOf(':');
      if (colon >= 0 && colon < cell.length() - 1) {
        label = cell.substring(0, colon);
        value = cell.substring(colon + 1).trim();
      } else {
        label = colon >= 0 ? cell.substring(0, colon) : cell;
        value = "";
        for (int k = i + 1; k < cells.size(); k++) {
          if (!cells.get(k).isBlank()) {
            value = cells.get(k).trim();
            break;
          }
        }
      }
      BigDecimal figure = CsvDebitCredit.figure(cell, decimal);
      if (figure != null && figures.size() < MAX_FIGURES) {
        figures.add(figure);
      }
      Optional<Iban> ib = Iban.tryParse(cell.replace(" ", ""));
      if (ib.isPresent() && iban == null) {
        iban = ib.get();
      }
      String f = CsvHeaders.normalize(label);
      if (value.isEmpty()) {
        if (label.isBlank() && CsvAmounts.currency(cell.replace(":", "")) != null) {
          currency = CsvAmounts.currency(cell.replace(":", ""));
        }
        continue;
      }
      if (f.isEmpty() && CsvAmounts.currency(value) != null) {
        currency = CsvAmounts.currency(value);
      } else if (isAccountLabel(f)) {
        Optional<Iban> vi = Iban.tryParse(value.replace(" ", ""));
        if (vi.isPresent()) {
          iban = vi.get();
        } else if (accountNumber == null) {
          accountNumber = value;
        }
      } else if (!footer && isPeriodLabel(f)) {
        periodText = value;
      } else if (!footer && PERIOD_FROM.contains(f)) {
        fromText = value;
      } else if (!footer && PERIOD_TO.contains(f)) {
        toText = value;
      } else if (isOpeningLabel(f) || (footer && isClosingLabel(f))) {
        BigDecimal v = amountOrNull(value, decimal);
        if (v != null) {
          if (isOpeningLabel(f)) {
            opening = v;
          } else {
            closing = v;
          }
        }
      } else if (isClosingLabel(f)) {
        BigDecimal v = amountOrNull(value, decimal);
        if (v != null) {
          closing = v;
        }
      } else if (f.equals("currency")
          || f.equals("wahrung")
          || f.equals("devise")
          || f.equals("valuta")
          || f.equals("moneda")) {
        Currency c = CsvAmounts.currency(value);
        if (c != null) {
          currency = c;
        }
      }
    }
  }

  private static @Nullable BigDecimal amountOrNull(String value, char decimal) {
    char dec = decimal;
    CsvAmounts.DecimalHint h = CsvAmounts.decimalHint(value);
    if (h == CsvAmounts.DecimalHint.COMMA) {
      dec = ',';
    } else if (h == CsvAmounts.DecimalHint.DOT) {
      dec = '.';
    }
    try {
      return CsvAmounts.parseAmount(value, dec);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isAccountLabel(String f) {
    return f.equals("account")
        || f.equals("account number")
        || f.equals("account no")
        || f.equals("iban")
        || f.equals("konto")
        || f.equals("kontonummer")
        || f.equals("rekening")
        || f.equals("rekeningnummer")
        || f.equals("numero de compte")
        || f.equals("compte")
        || f.equals("cuenta")
        || f.equals("numero de cuenta")
        || f.equals("conto")
        || f.equals("numero conto")
        || f.equals("conta")
        || f.equals("cislo uctu")
        || f.equals("kontonummer iban")
        || f.equals("numer rachunku")
        || f.equals("rachunek");
  }

  private static boolean isOpeningLabel(String f) {
    return f.contains("opening balance")
        || f.contains("start of period")
        || f.contains("beginning balance")
        || f.contains("anfangssaldo")
        || f.contains("alter kontostand")
        || f.contains("beginsaldo")
        || f.contains("startsaldo")
        || f.contains("solde initial")
        || f.contains("solde de debut")
        || f.contains("saldo inicial")
        || f.contains("saldo iniziale")
        || f.contains("pocatecni zustatek")
        || f.contains("ingaende saldo")
        || f.contains("saldo poczatkowe")
        || f.contains("saldo otwarcia");
  }

  private static boolean isClosingLabel(String f) {
    return f.contains("closing balance")
        || f.contains("end of period")
        || f.contains("ending balance")
        || f.contains("endsaldo")
        || f.contains("schlusssaldo")
        || f.contains("neuer kontostand")
        || f.contains("eindsaldo")
        || f.contains("solde final")
        || f.contains("nouveau solde")
        || f.contains("saldo final")
        || f.contains("saldo finale")
        || f.contains("konecny zustatek")
        || f.contains("utgaende saldo")
        || f.contains("saldo koncowe")
        || f.contains("saldo zamkniecia");
  }
}
