package io.github.bsa.parsers.internal.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Generates section-style statements like those of large US retail banks: a summary with each
 * section's count and total, one table per section with unsigned {@code $} amounts, a "Checks paid"
 * table whose first column is the check number and whose date sits in the middle, "(continued)"
 * headings across pages, a daily-balance table, and no running balance. Test-side only.
 */
final class SectionStatements {
  /** A section: heading, direction, whether it is the checks table. */
  record Section(String heading, int sign, boolean checks) {}

  static final List<Section> SECTIONS =
      List.of(
          new Section("DEPOSITS AND ADDITIONS", 1, false),
          new Section("CHECKS PAID", -1, true),
          new Section("ATM & DEBIT CARD WITHDRAWALS", -1, false),
          new Section("ELECTRONIC WITHDRAWALS", -1, false),
          new Section("FEES", -1, false));

  /** One generated transaction with its section index (truth). */
  record Txn(LocalDate date, BigDecimal amount, String description, int section, int check) {}

  /** The truth. */
  record Truth(List<Txn> transactions, BigDecimal opening, BigDecimal closing) {}

  private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("MM/dd", Locale.ROOT);
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final String[][] WORDS = {
    {
      "Payroll Deposit ACME Corp PPD ID: 9000012",
      "Mobile Deposit Ref 7731",
      "Zelle Payment From J Doe"
    },
    {"Check"},
    {
      "Card Purchase 03/02 Greenleaf Market Springfield",
      "ATM Withdrawal 03/04 Main St",
      "Card Purchase Coffee Corner"
    },
    {"Citywater Utility Web ID: 1234", "Airwave Mobile Payment PPD", "Oakridge Rent Autopay"},
    {"Monthly Service Fee", "Overdraft Fee"}
  };

  private SectionStatements() {}

  static String money(BigDecimal v, boolean dollar) {
    String plain = v.abs().setScale(2).toPlainString();
    String integer = plain.substring(0, plain.length() - 3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      sb.append(integer.charAt(i));
      int fromRight = integer.length() - i;
      if (fromRight > 1 && (fromRight - 1) % 3 == 0) {
        sb.append(',');
      }
    }
    return (v.signum() < 0 ? "-" : "")
        + (dollar ? "$" : "")
        + sb
        + plain.substring(plain.length() - 3);
  }

  static Truth truth(long seed, int perSection) {
    Random random = new Random(seed);
    BigDecimal opening = BigDecimal.valueOf(500_000 + random.nextInt(2_000_000), 2);
    List<Txn> txns = new ArrayList<>();
    int check = 1001 + random.nextInt(500);
    for (int s = 0; s < SECTIONS.size(); s++) {
      int n = s == 4 ? 1 + random.nextInt(2) : perSection / 2 + random.nextInt(perSection);
      LocalDate d = LocalDate.of(2026, 3, 2);
      for (int i = 0; i < n; i++) {
        d = d.plusDays(random.nextInt(3) == 0 ? 1 : 0);
        BigDecimal v = BigDecimal.valueOf(100 + random.nextInt(s == 0 ? 300_000 : 40_000), 2);
        String[] words = WORDS[s];
        txns.add(
            new Txn(
                d,
                SECTIONS.get(s).sign() > 0 ? v : v.negate(),
                words[random.nextInt(words.length)],
                s,
                SECTIONS.get(s).checks() ? check++ : 0));
      }
    }
    BigDecimal closing = opening;
    for (Txn t : txns) {
      closing = closing.add(t.amount());
    }
    return new Truth(txns, opening, closing);
  }

  static byte[] write(Truth truth, int rowsPerPage) {
    return write(truth, rowsPerPage, null);
  }

  /** Writes the statement, leaving {@code omit} out of its table (a damaged statement). */
  static byte[] write(Truth truth, int rowsPerPage, @Nullable Txn omit) {
    try (PdfCanvas c = new PdfCanvas()) {
      c.newPage();
      c.text(c.bold, 14, 40, "Liberty National Bank");
      c.y -= 16;
      c.text(9, 40, "JOHN Q SAMPLE");
      c.text(
          9,
          330,
          LONG.format(LocalDate.of(2026, 3, 1))
              + " through "
              + LONG.format(LocalDate.of(2026, 3, 31)));
      c.y -= 12;
      c.text(9, 40, "45 Example Avenue");
      c.text(9, 330, "Account Number: 000000123456789");
      c.y -= 12;
      c.text(9, 40, "Springfield IL 62701");
      c.y -= 24;
      c.text(c.bold, 10, 40, "CHECKING SUMMARY");
      c.y -= 14;
      c.right(c.bold, 8, 400, "INSTANCES");
      c.right(c.bold, 8, 550, "AMOUNT");
      c.y -= 12;
      c.text(9, 40, "Beginning Balance");
      c.right(9, 550, money(truth.opening(), true));
      c.y -= 12;
      int total = 0;
      for (int s = 0; s < SECTIONS.size(); s++) {
        final int section = s;
        List<Txn> in = truth.transactions().stream().filter(t -> t.section() == section).toList();
        BigDecimal sum = in.stream().map(Txn::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        c.text(9, 40, title(SECTIONS.get(s).heading()));
        c.right(9, 400, Integer.toString(in.size()));
        c.right(9, 550, money(sum, false));
        c.y -= 12;
        total += in.size();
      }
      c.text(c.bold, 9, 40, "Ending Balance");
      c.right(c.bold, 9, 400, Integer.toString(total));
      c.right(c.bold, 9, 550, money(truth.closing(), true));
      c.y -= 28;
      int onPage = 0;
      boolean omitted = false;
      for (int s = 0; s < SECTIONS.size(); s++) {
        Section sec = SECTIONS.get(s);
        final int section = s;
        List<Txn> in = truth.transactions().stream().filter(t -> t.section() == section).toList();
        heading(c, sec, false);
        for (int i = 0; i < in.size(); i++) {
          Txn t = in.get(i);
          if (!omitted && t.equals(omit)) {
            omitted = true;
            continue;
          }
          if (sec.checks()) {
            c.text(8, 40, t.check() + " ^");
            c.text(8, 120, "Check #" + t.check());
            c.text(8, 330, MD.format(t.date()));
          } else {
            c.text(8, 40, MD.format(t.date()));
            c.text(8, 90, t.description());
          }
          c.right(8, 550, money(t.amount(), true));
          c.y -= 12;
          if (++onPage >= rowsPerPage && i + 1 < in.size()) {
            c.y = 40;
            c.text(7, 40, "Page " + c.pages() + " of many");
            c.newPage();
            c.text(8, 40, "Liberty National Bank   Account Number: 000000123456789");
            c.y -= 30;
            onPage = 0;
            heading(c, sec, true);
          }
        }
        BigDecimal sum = in.stream().map(Txn::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        c.text(c.bold, 8, 90, "Total " + title(sec.heading()));
        c.right(c.bold, 8, 550, money(sum.abs(), true));
        c.y -= 24;
      }
      // a daily ending balance table: dated amounts that are not transactions
      c.text(c.bold, 10, 40, "DAILY ENDING BALANCE");
      c.y -= 14;
      BigDecimal running = truth.opening();
      LocalDate day = LocalDate.of(2026, 3, 2);
      for (int k = 0; k < 4; k++) {
        c.text(8, 40, MD.format(day.plusDays(k * 2L)));
        c.right(8, 160, money(running, true));
        c.text(8, 300, MD.format(day.plusDays(k * 2L + 1)));
        c.right(8, 420, money(running, true));
        c.y -= 12;
      }
      c.y -= 10;
      c.text(7, 40, "Member FDIC. Questions? Call 1-800-000-0000.");
      return c.bytes();
    }
  }

  private static void heading(PdfCanvas c, Section sec, boolean continued) {
    c.text(c.bold, 10, 40, sec.heading() + (continued ? " (continued)" : ""));
    c.y -= 14;
    if (sec.checks()) {
      c.text(c.bold, 8, 40, "CHECK NO.");
      c.text(c.bold, 8, 120, "DESCRIPTION");
      c.text(c.bold, 8, 330, "DATE PAID");
    } else {
      c.text(c.bold, 8, 40, "DATE");
      c.text(c.bold, 8, 90, "DESCRIPTION");
    }
    c.right(c.bold, 8, 550, "AMOUNT");
    c.y -= 12;
  }

  private static String title(String heading) {
    StringBuilder sb = new StringBuilder();
    for (String w : heading.toLowerCase(Locale.ROOT).split(" ", -1)) {
      sb.append(sb.length() > 0 ? " " : "");
      sb.append(
          w.equals("atm")
              ? "ATM"
              : w.equals("and") ? "and" : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }
}
