package io.github.bsa.parsers.internal.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates statements whose statement fields are printed in several arrangements and languages:
 * summary boxes (stacked, a label row over a value row, side by side), old/new balance lines inside
 * the table (the new one in the description column at the end), with or without a running balance,
 * one or several accounts per document, 0-, 2- and 3-decimal currencies. Test-side only.
 */
final class ArrangedStatements {
  /** How the opening and closing balance are printed above the table. */
  enum Box {
    STACKED,
    ROW_OVER_ROW,
    SIDE_BY_SIDE,
    NONE
  }

  /** A language: labels, headers, date and number forms. */
  @SuppressWarnings("ArrayRecordComponent")
  record Lang(
      String code,
      String opening,
      String debits,
      String credits,
      String closing,
      String[] headers,
      String signedHeader,
      String accountLabel,
      String periodLabel,
      DateTimeFormatter date,
      char group,
      char decimal) {}

  static final Lang EN_US =
      new Lang(
          "en-us",
          "Previous balance",
          "Total withdrawals",
          "Total deposits",
          "New balance",
          new String[] {"Date", "Description", "Withdrawals", "Deposits", "Balance"},
          "Amount",
          "Account number:",
          "Statement period",
          DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT),
          ',',
          '.');
  static final Lang EN_GB =
      new Lang(
          "en-gb",
          "Opening balance",
          "Payments out",
          "Payments in",
          "Closing balance",
          new String[] {"Date", "Details", "Paid out", "Paid in", "Balance"},
          "Amount",
          "Account no.",
          "Period",
          DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT),
          ',',
          '.');
  static final Lang DE =
      new Lang(
          "de",
          "Alter Kontostand",
          "Summe Soll",
          "Summe Haben",
          "Neuer Kontostand",
          new String[] {"Buchungstag", "Verwendungszweck", "Soll", "Haben", "Saldo"},
          "Betrag",
          "Kontonummer:",
          "Zeitraum",
          DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT),
          '.',
          ',');
  static final Lang DE_SALDO =
      new Lang(
          "de-saldo",
          "Saldo alt",
          "Belastungen",
          "Gutschriften",
          "Saldo neu",
          new String[] {"Datum", "Buchungstext", "Belastung", "Gutschrift", "Kontostand"},
          "Betrag",
          "Konto Nr.",
          "Zeitraum",
          DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT),
          '\'',
          '.');
  static final Lang FR =
      new Lang(
          "fr",
          "Ancien solde",
          "Total des débits",
          "Total des crédits",
          "Nouveau solde",
          new String[] {"Date", "Libellé", "Débit", "Crédit", "Solde"},
          "Montant",
          "Compte n°",
          "Période",
          DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT),
          ' ',
          ',');
  static final Lang ES =
      new Lang(
          "es",
          "Saldo inicial",
          "Total cargos",
          "Total abonos",
          "Saldo final",
          new String[] {"Fecha", "Concepto", "Cargo", "Abono", "Saldo"},
          "Importe",
          "Cuenta nº",
          "Periodo",
          DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT),
          '.',
          ',');
  static final Lang NL =
      new Lang(
          "nl",
          "Vorig saldo",
          "Totaal af",
          "Totaal bij",
          "Nieuw saldo",
          new String[] {"Datum", "Omschrijving", "Af", "Bij", "Saldo"},
          "Bedrag",
          "Rekeningnummer:",
          "Periode",
          DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT),
          '.',
          ',');

  /** What to generate for one account. */
  record Spec(
      Lang lang,
      Box box,
      boolean balanceLines,
      boolean runningBalance,
      boolean signedAmount,
      int decimals,
      String currency,
      String account,
      int count,
      long seed) {
    Spec withAccount(String number, long newSeed) {
      return new Spec(
          lang,
          box,
          balanceLines,
          runningBalance,
          signedAmount,
          decimals,
          currency,
          number,
          count,
          newSeed);
    }
  }

  /** One generated transaction (truth). */
  record Txn(LocalDate date, BigDecimal amount, String description) {}

  /** The truth of one account's statement. */
  record Truth(String account, List<Txn> transactions, BigDecimal opening, BigDecimal closing) {}

  private static final String[] WORDS = {
    "Card payment Greenleaf Market",
    "Salary ACME Widgets payroll",
    "Rent Oakridge Property unit 12",
    "Coffee Corner",
    "Direct debit City Water Utility",
    "Cash machine Main St",
    "Online order ShopSphere delivered",
    "Insurance premium Safeguard",
    "Mobile phone Airwave",
    "Refund Nestwell Home Goods"
  };

  private ArrangedStatements() {}

  static String number(BigDecimal v, Lang lang, int decimals) {
    String plain = v.abs().setScale(decimals).toPlainString();
    String integer = decimals == 0 ? plain : plain.substring(0, plain.length() - decimals - 1);
    StringBuilder sb = new StringBuilder();
    int n = integer.length();
    for (int i = 0; i < n; i++) {
      sb.append(integer.charAt(i));
      int fromRight = n - i;
      if (fromRight > 1 && (fromRight - 1) % 3 == 0) {
        sb.append(lang.group());
      }
    }
    if (decimals > 0) {
      sb.append(lang.decimal()).append(plain.substring(plain.length() - decimals));
    }
    return (v.signum() < 0 ? "-" : "") + sb;
  }

  static Truth truth(Spec spec) {
    Random random = new Random(spec.seed());
    BigDecimal unit = BigDecimal.ONE.movePointLeft(spec.decimals());
    BigDecimal opening = unit.multiply(BigDecimal.valueOf(500_000 + random.nextInt(5_000_000)));
    LocalDate d = LocalDate.of(2026, 3, 1);
    List<Txn> txns = new ArrayList<>();
    for (int i = 0; i < spec.count(); i++) {
      d = d.plusDays(random.nextInt(3) == 0 ? 1 : 0);
      boolean credit = random.nextInt(4) == 0;
      BigDecimal v =
          unit.multiply(BigDecimal.valueOf(100 + random.nextInt(credit ? 400_000 : 90_000)));
      txns.add(
          new Txn(d, credit ? v : v.negate(), WORDS[random.nextInt(WORDS.length)] + " " + (i + 1)));
    }
    BigDecimal closing = opening;
    for (Txn t : txns) {
      closing = closing.add(t.amount());
    }
    return new Truth(spec.account(), txns, opening, closing);
  }

  /** Writes one account's statement, starting on a new page. */
  static Truth write(PdfCanvas c, Spec spec) {
    Truth truth = truth(spec);
    Lang lang = spec.lang();
    int dec = spec.decimals();
    BigDecimal debits = BigDecimal.ZERO;
    BigDecimal credits = BigDecimal.ZERO;
    for (Txn t : truth.transactions()) {
      if (t.amount().signum() < 0) {
        debits = debits.add(t.amount().negate());
      } else {
        credits = credits.add(t.amount());
      }
    }
    c.newPage();
    c.text(c.bold, 14, 40, "Northwind Savings Bank");
    c.y -= 18;
    c.text(9, 40, "JANE Q SAMPLE");
    c.text(9, 330, lang.accountLabel() + " " + spec.account());
    c.y -= 12;
    c.text(9, 40, "12 Example Road");
    LocalDate from = LocalDate.of(2026, 3, 1);
    LocalDate to = truth.transactions().get(truth.transactions().size() - 1).date().plusDays(1);
    c.text(
        9,
        330,
        lang.periodLabel() + " " + lang.date().format(from) + " - " + lang.date().format(to));
    c.y -= 12;
    c.text(9, 40, "1000 Sample City");
    c.text(9, 330, "Currency " + spec.currency());
    c.y -= 24;
    String[] labels = {lang.opening(), lang.debits(), lang.credits(), lang.closing()};
    String[] values = {
      number(truth.opening(), lang, dec),
      number(debits, lang, dec),
      number(credits, lang, dec),
      number(truth.closing(), lang, dec)
    };
    switch (spec.box()) {
      case STACKED -> {
        for (int k = 0; k < 4; k++) {
          c.text(9, 300, labels[k]);
          c.right(9, 550, values[k]);
          c.y -= 12;
        }
      }
      case ROW_OVER_ROW -> {
        for (int k = 0; k < 4; k++) {
          c.text(c.bold, 8, 40 + k * 130, labels[k]);
        }
        c.y -= 11;
        for (int k = 0; k < 4; k++) {
          c.right(9, 160 + k * 130, values[k]);
        }
        c.y -= 12;
      }
      case SIDE_BY_SIDE -> {
        c.text(9, 40, labels[0]);
        c.right(9, 250, values[0]);
        c.text(9, 320, labels[3]);
        c.right(9, 550, values[3]);
        c.y -= 12;
        c.text(9, 40, labels[1]);
        c.right(9, 250, values[1]);
        c.text(9, 320, labels[2]);
        c.right(9, 550, values[2]);
        c.y -= 12;
      }
      case NONE -> {}
    }
    c.y -= 20;
    BigDecimal running = truth.opening();
    int onPage = 0;
    boolean header = false;
    for (int i = 0; i < truth.transactions().size(); i++) {
      if (!header) {
        header(c, spec);
        header = true;
        if (spec.balanceLines() && i == 0) {
          c.text(8, 40, lang.date().format(from));
          c.text(8, 110, lang.opening());
          c.right(8, spec.runningBalance() ? 555 : 470, number(running, lang, dec));
          c.y -= 12;
        }
      }
      Txn t = truth.transactions().get(i);
      running = running.add(t.amount());
      c.text(8, 40, lang.date().format(t.date()));
      c.text(8, 110, t.description());
      if (spec.signedAmount()) {
        c.right(8, 470, number(t.amount(), lang, dec));
      } else {
        c.right(8, t.amount().signum() < 0 ? 395 : 470, number(t.amount().abs(), lang, dec));
      }
      if (spec.runningBalance()) {
        c.right(8, 555, number(running, lang, dec));
      }
      c.y -= 12;
      if (++onPage >= 30 && i + 1 < truth.transactions().size()) {
        c.y = 40;
        c.text(7, 40, "Northwind Savings Bank - page " + c.pages());
        c.newPage();
        c.text(8, 40, "Northwind Savings Bank   " + lang.accountLabel() + " " + spec.account());
        c.y -= 30;
        onPage = 0;
        header = false;
      }
    }
    if (spec.balanceLines()) {
      c.text(8, 40, lang.date().format(to));
      c.text(8, 110, lang.closing());
      c.right(8, spec.runningBalance() ? 555 : 470, number(running, lang, dec));
      c.y -= 12;
    }
    c.y -= 10;
    c.text(7, 40, "Please check this statement. Questions? Call 0800 000 000.");
    return truth;
  }

  private static void header(PdfCanvas c, Spec spec) {
    String[] h = spec.lang().headers();
    c.text(c.bold, 8, 40, h[0]);
    c.text(c.bold, 8, 110, h[1]);
    if (spec.signedAmount()) {
      c.right(c.bold, 8, 470, spec.lang().signedHeader());
    } else {
      c.right(c.bold, 8, 395, h[2]);
      c.right(c.bold, 8, 470, h[3]);
    }
    if (spec.runningBalance()) {
      c.right(c.bold, 8, 555, h[4]);
    }
    c.y -= 14;
  }

  /** A document with the statements of the given accounts, one after the other. */
  static byte[] document(List<Spec> specs, List<Truth> truths) {
    try (PdfCanvas c = new PdfCanvas()) {
      for (Spec s : specs) {
        truths.add(write(c, s));
      }
      return c.bytes();
    }
  }
}
