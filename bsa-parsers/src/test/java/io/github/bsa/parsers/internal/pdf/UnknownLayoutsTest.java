package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Layouts whose header words no vocabulary knows (romanised Greek and Vietnamese, Finnish, Polish,
 * invented words, no header at all), year-first dates ({@code yyyy.MM.dd}, {@code yyyy/MM/dd}),
 * statements listed newest first, trailing minus signs and {@code Cr}/{@code Dr} balances, the
 * payee on the continuation line: the running balance and the opening and closing arithmetic decide
 * the table and its columns (ADR 0530). Every booking, its date and amount, and the balances are
 * read back, and no statement is a {@code DISCREPANCY}.
 */
final class UnknownLayoutsTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();

  /** How a layout prints its money. */
  enum Money {
    /** Debit and credit columns, an unsigned balance. */
    DEBIT_CREDIT,
    /** One signed amount column ({@code -12.00}), a signed balance. */
    SIGNED,
    /** One amount column with a trailing minus ({@code 12.00-}), a balance marked Cr/Dr. */
    TRAILING
  }

  /**
   * One layout: its header titles (none: no header line), date pattern, number form ({@code en}
   * 1,234.56, {@code fr} 1 234,56, {@code de} 1.234,56), money columns, whether newest first, and
   * whether the payee is printed on a second line.
   */
  record Layout(
      String name,
      @Nullable String header,
      String dates,
      String number,
      Money money,
      boolean newestFirst,
      boolean payeeBelow) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Arguments> layouts() {
    return List.of(
        Arguments.of(
            new Layout(
                "romanised Greek, debit/credit",
                "Imerominia;Perigrafi;Chreosi;Pistosi;Ypoloipo",
                "dd/MM/yyyy",
                "de",
                Money.DEBIT_CREDIT,
                false,
                false)),
        Arguments.of(
            new Layout(
                "Finnish, yyyy.MM.dd, signed",
                "Kirjauspaiva;Selitys;Rahamaara;Tilin saldo",
                "yyyy.MM.dd",
                "fr",
                Money.SIGNED,
                false,
                false)),
        Arguments.of(
            new Layout(
                "Polish words, newest first, debit/credit",
                "Dzien ksiegowania;Tytul;Obciazenia;Uznania;Stan po operacji",
                "dd.MM.yyyy",
                "fr",
                Money.DEBIT_CREDIT,
                true,
                false)),
        Arguments.of(
            new Layout(
                "romanised Vietnamese, yyyy/MM/dd",
                "Ngay giao dich;Noi dung;Ghi no;Ghi co;So du",
                "yyyy/MM/dd",
                "en",
                Money.DEBIT_CREDIT,
                false,
                true)),
        Arguments.of(
            new Layout(
                "invented words, newest first, signed",
                "Zorp;Blintaq;Quarfle;Mibbow",
                "yyyy.MM.dd",
                "de",
                Money.SIGNED,
                true,
                false)),
        Arguments.of(
            new Layout(
                "no header, debit/credit, newest first",
                null,
                "dd-MM-yyyy",
                "en",
                Money.DEBIT_CREDIT,
                true,
                false)),
        Arguments.of(
            new Layout(
                "trailing minus, Cr/Dr balance, payee below",
                "Tarikh Masuk;Butiran Urusniaga;Jumlah;Baki Penyata",
                "dd/MM/yy",
                "en",
                Money.TRAILING,
                false,
                true)),
        Arguments.of(
            new Layout(
                "no header, trailing minus, yyyy/MM/dd",
                null,
                "yyyy/MM/dd",
                "en",
                Money.TRAILING,
                false,
                false)));
  }

  /**
   * Headers the vocabulary accepts (it knows the date, description and balance titles) with one or
   * two money columns whose titles it does not know (ADR 0550).
   */
  static List<Arguments> unknownMoneyTitles() {
    return List.of(
        Arguments.of(
            new Layout(
                "English, unknown credit title Lodgements",
                "Date;Description;Debit;Lodgements;Balance",
                "dd/MM/yyyy",
                "en",
                Money.DEBIT_CREDIT,
                false,
                false)),
        Arguments.of(
            new Layout(
                "German, unknown debit title Abbuchungen",
                "Datum;Buchungstext;Abbuchungen;Gutschrift;Saldo",
                "dd.MM.yyyy",
                "de",
                Money.DEBIT_CREDIT,
                false,
                false)),
        Arguments.of(
            new Layout(
                "Polish, both titles unknown, newest first",
                "Data;Opis;Wyplaty;Wplywy;Saldo",
                "dd.MM.yyyy",
                "fr",
                Money.DEBIT_CREDIT,
                true,
                false)),
        Arguments.of(
            new Layout(
                "Swedish, both titles unknown",
                "Datum;Text;Uttag;Insattning;Saldo",
                "yyyy-MM-dd",
                "fr",
                Money.DEBIT_CREDIT,
                false,
                false)),
        Arguments.of(
            new Layout(
                "Turkish, unknown debit title Cekilen",
                "Tarih;Aciklama;Cekilen;Alacak;Bakiye",
                "dd.MM.yyyy",
                "de",
                Money.DEBIT_CREDIT,
                false,
                false)),
        Arguments.of(
            new Layout(
                "invented signed amount title, known balance",
                "Date;Description;Zorblat;Balance",
                "dd/MM/yyyy",
                "en",
                Money.SIGNED,
                false,
                false)),
        Arguments.of(
            new Layout(
                "invented credit title, payee below",
                "Date;Details;Withdrawals;Frumple;Balance",
                "dd MMM yyyy",
                "en",
                Money.DEBIT_CREDIT,
                false,
                true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownMoneyTitles")
  void unknownMoneyTitle_readBackByArithmetic(Layout layout) {
    unknownLayout_readBackByArithmetic(layout);
  }

  /**
   * When no role makes the running balance hold (every printed balance is off), the unknown column
   * is not given one: the statement is reported, not read as if it added up.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownMoneyTitles")
  void unknownMoneyTitle_noRoleFits_reported(Layout layout) {
    Random rnd = new Random(layout.name().hashCode());
    Bookings b = bookings(rnd);
    byte[] pdf = print(layout, b.dates(), b.amounts(), b.texts(), new BigDecimal("4321.09"), rnd);

    ParseResult parsed = ANALYZER.parse(pdf);
    assertThat(parsed.statements())
        .anySatisfy(
            s -> assertThat(s.balanceCheck().status()).isNotEqualTo(BalanceCheck.Status.VERIFIED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void unknownLayout_readBackByArithmetic(Layout layout) {
    Bookings b = bookings(new Random(layout.name().hashCode()));
    List<LocalDate> dates = b.dates();
    List<BigDecimal> amounts = b.amounts();
    List<String> texts = b.texts();
    BigDecimal opening = new BigDecimal("4321.09");
    byte[] pdf = print(layout, dates, amounts, texts, opening);

    ParseResult parsed = ANALYZER.parse(pdf);
    List<Transaction> read = new ArrayList<>();
    Statement st = parsed.statements().get(0);
    for (Statement s : parsed.statements()) {
      read.addAll(s.transactions());
      assertThat(s.balanceCheck().status()).isNotEqualTo(BalanceCheck.Status.DISCREPANCY);
    }
    assertThat(read).hasSize(amounts.size());
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (int k = 0; k < amounts.size(); k++) {
      int i = layout.newestFirst() ? amounts.size() - 1 - k : k;
      expected.add(dates.get(i) + " " + amounts.get(i).toPlainString());
      actual.add(read.get(k).date().orElseThrow() + " " + read.get(k).amount().toPlainString());
    }
    assertThat(actual).containsExactlyElementsOf(expected);
    BigDecimal closing = opening.add(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(st.openingBalance())
        .hasValueSatisfying(o -> assertThat(o).isEqualByComparingTo(opening));
    assertThat(st.closingBalance())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(closing));
  }

  /** The bookings of one generated statement, in date order. */
  record Bookings(List<LocalDate> dates, List<BigDecimal> amounts, List<String> texts) {}

  /** 44 bookings, about one in six a credit. */
  private static Bookings bookings(Random rnd) {
    List<LocalDate> dates = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    LocalDate d = LocalDate.of(2025, 3, 1);
    for (int i = 0; i < 44; i++) {
      d = d.plusDays(rnd.nextInt(3));
      dates.add(d);
      boolean credit = rnd.nextInt(6) == 0;
      BigDecimal a =
          BigDecimal.valueOf(credit ? 20_000 + rnd.nextInt(300_000) : -(100 + rnd.nextInt(90_000)))
              .movePointLeft(2);
      amounts.add(a);
      texts.add((credit ? "INCOMING " : "CARD ") + "PAYEE " + (char) ('A' + i % 26) + " " + i);
    }
    return new Bookings(dates, amounts, texts);
  }

  private static byte[] print(
      Layout layout,
      List<LocalDate> dates,
      List<BigDecimal> amounts,
      List<String> texts,
      BigDecimal opening) {
    return print(layout, dates, amounts, texts, opening, null);
  }

  /** Prints the statement; with {@code noise}, every balance is off by a few cents to a euro. */
  private static byte[] print(
      Layout layout,
      List<LocalDate> dates,
      List<BigDecimal> amounts,
      List<String> texts,
      BigDecimal opening,
      @Nullable Random noise) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern(layout.dates(), Locale.ROOT);
    List<BigDecimal> balances = new ArrayList<>();
    BigDecimal running = opening;
    for (BigDecimal a : amounts) {
      running = running.add(a);
      balances.add(
          noise == null
              ? running
              : running.add(BigDecimal.valueOf(1 + noise.nextInt(99)).movePointLeft(2)));
    }
    boolean twoColumns = layout.money() == Money.DEBIT_CREDIT;
    float[] x = twoColumns ? new float[] {40, 110, 400, 470, 555} : new float[] {40, 110, 470, 555};
    try (PdfCanvas c = new PdfCanvas()) {
      c.newPage();
      c.text(c.bold, 13, 40, "Qwerty Vault Kft");
      c.y -= 20;
      c.text(9, 40, "Xylo Prent");
      c.text(9, 340, f.format(dates.get(0)) + " - " + f.format(dates.get(dates.size() - 1)));
      c.y -= 24;
      String titles = layout.header();
      String @Nullable [] header = titles == null ? null : titles.split(";", -1);
      if (header != null) {
        header(c, header, x);
      }
      int onPage = 0;
      for (int k = 0; k < amounts.size(); k++) {
        int i = layout.newestFirst() ? amounts.size() - 1 - k : k;
        if (onPage == 26) {
          c.newPage();
          c.text(8, 40, "Qwerty Vault Kft");
          c.y -= 24;
          if (header != null) {
            header(c, header, x);
          }
          onPage = 0;
        }
        BigDecimal a = amounts.get(i);
        String text = texts.get(i);
        @Nullable String payee = null;
        if (layout.payeeBelow()) {
          payee = text.substring(text.indexOf(' ') + 1);
          text = text.substring(0, text.indexOf(' '));
        }
        c.text(8, x[0], f.format(dates.get(i)));
        c.text(8, x[1], text);
        switch (layout.money()) {
          case DEBIT_CREDIT -> c.right(8, a.signum() < 0 ? x[2] : x[3], number(a.abs(), layout));
          case SIGNED -> c.right(8, x[2], (a.signum() < 0 ? "-" : "") + number(a.abs(), layout));
          case TRAILING -> c.right(8, x[2], number(a.abs(), layout) + (a.signum() < 0 ? "-" : ""));
        }
        c.right(8, x[x.length - 1], balance(balances.get(i), layout));
        if (payee != null) {
          c.y -= 10;
          c.text(8, x[1], payee);
        }
        c.y -= 13;
        onPage++;
      }
      return c.bytes();
    }
  }

  private static void header(PdfCanvas c, String[] header, float[] x) {
    for (int k = 0; k < header.length; k++) {
      if (k < 2) {
        c.text(c.bold, 8, x[k], header[k]);
      } else {
        c.right(c.bold, 8, x[k], header[k]);
      }
    }
    c.y -= 14;
  }

  private static String balance(BigDecimal b, Layout layout) {
    if (layout.money() == Money.TRAILING) {
      return number(b.abs(), layout) + (b.signum() < 0 ? " Dr" : " Cr");
    }
    return (b.signum() < 0 ? "-" : "") + number(b.abs(), layout);
  }

  private static String number(BigDecimal v, Layout layout) {
    String en = String.format(Locale.ROOT, "%,.2f", v.setScale(2, RoundingMode.UNNECESSARY));
    return switch (layout.number()) {
      case "fr" -> en.replace(',', ' ').replace('.', ',');
      case "de" -> en.replace(',', '#').replace('.', ',').replace('#', '.');
      default -> en;
    };
  }
}
