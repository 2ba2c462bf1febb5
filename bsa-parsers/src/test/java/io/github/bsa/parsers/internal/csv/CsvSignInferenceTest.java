package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Signs that no header word gives: unsigned amounts signed by the running balance, indicator words
 * learnt from the balance, and debit/credit pairs decided by minus signs or by the opening and
 * closing figures outside the table, or refused. Every file is generated here in a language whose
 * header labels are in no vocabulary (or in one, for the header-named variants), with its own date
 * format, grouping mark, encoding and row order, and must read back exactly: every transaction's
 * date, signed amount and text, and every running balance (F1 and balances computed here).
 */
class CsvSignInferenceTest {

  /** How the generated file writes the signs. */
  enum Kind {
    /** Unsigned amount and running balance. */
    UNSIGNED_BALANCE,
    /** Unsigned amount, a column of two unknown words for the direction, running balance. */
    INDICATOR_BALANCE,
    /**
     * Debit and credit columns (unsigned), opening and closing balance above the table; refused
     * when their labels are in no vocabulary.
     */
    PAIR_FIGURES,
    /** Debit column with minus signs, credit column without. */
    PAIR_MINUS,
    /** Debit and credit columns, unsigned, nothing else: must be refused. */
    PAIR_NOTHING
  }

  /** One language: header words, indicator words and the words of the preamble. */
  record Language(
      String code,
      boolean vocabularyFree,
      String date,
      String text,
      String amount,
      String balance,
      String kind,
      String debitWord,
      String creditWord,
      String debit,
      String credit,
      String opening,
      String closing,
      List<String> words) {}

  static final Language CS =
      new Language(
          "cs",
          false,
          "Datum",
          "Popis",
          "Částka",
          "Zůstatek",
          "Směr",
          "Odchozí",
          "Příchozí",
          "Výdaj",
          "Příjem",
          "Počáteční zůstatek",
          "Konečný zůstatek",
          List.of("Nákup potravin", "Mzda", "Nájem", "Lékárna", "Čerpací stanice"));
  static final Language SV =
      new Language(
          "sv",
          false,
          "Bokföringsdag",
          "Text",
          "Belopp",
          "Saldo",
          "Riktning",
          "Uttag",
          "Insättning",
          "Ut",
          "In",
          "Ingående saldo",
          "Utgående saldo",
          List.of("Kortköp ICA", "Lön", "Hyra", "Apotek", "Bensin"));
  static final Language PT =
      new Language(
          "pt",
          false,
          "Data mov.",
          "Descritivo",
          "Montante",
          "Saldo contab.",
          "Natureza",
          "Débito",
          "Crédito",
          "Saídas",
          "Entradas",
          "Saldo inicial",
          "Saldo final",
          List.of("Compra supermercado", "Vencimento", "Renda", "Farmácia", "Combustível"));
  static final Language VI =
      new Language(
          "vi",
          true,
          "Ngày giao dịch",
          "Nội dung",
          "Số tiền",
          "Số dư",
          "Loại",
          "Ghi nợ",
          "Ghi có",
          "Rút ra",
          "Gửi vào",
          "Số dư đầu kỳ",
          "Số dư cuối kỳ",
          List.of("Mua hàng", "Lương", "Tiền nhà", "Nhà thuốc", "Xăng dầu"));
  static final Language TH =
      new Language(
          "th",
          true,
          "วันที่",
          "รายละเอียด",
          "จำนวนเงิน",
          "ยอดคงเหลือ",
          "ประเภท",
          "ถอน",
          "ฝาก",
          "ถอนเงิน",
          "ฝากเงิน",
          "ยอดยกมา",
          "ยอดยกไป",
          List.of("ซื้อของ", "เงินเดือน", "ค่าเช่า", "ร้านยา", "น้ำมัน"));
  static final Language HE =
      new Language(
          "he",
          true,
          "תאריך",
          "תיאור",
          "סכום",
          "יתרה",
          "סוג",
          "חובה",
          "זכות",
          "חיוב",
          "זיכוי",
          "יתרת פתיחה",
          "יתרת סגירה",
          List.of("סופרמרקט", "משכורת", "שכר דירה", "בית מרקחת", "דלק"));
  static final Language KO =
      new Language(
          "ko",
          true,
          "거래일자",
          "적요",
          "거래금액",
          "거래후잔액",
          "구분",
          "출금",
          "입금",
          "찾으신금액",
          "맡기신금액",
          "전기이월",
          "차기이월",
          List.of("편의점", "급여", "월세", "약국", "주유소"));
  static final Language ID =
      new Language(
          "id",
          true,
          "Tgl. Transaksi",
          "Uraian",
          "Nominal",
          "Sisa Dana",
          "Arah",
          "Keluar",
          "Masuk",
          "Mutasi Keluar",
          "Mutasi Masuk",
          "Dana Awal",
          "Dana Akhir",
          List.of("Belanja", "Gaji", "Sewa", "Apotek", "Bensin"));
  static final Language AR =
      new Language(
          "ar",
          true,
          "التاريخ",
          "البيان",
          "المبلغ",
          "الرصيد",
          "النوع",
          "سحب",
          "إيداع",
          "مدين",
          "دائن",
          "رصيد افتتاحي",
          "رصيد ختامي",
          List.of("مشتريات", "راتب", "إيجار", "صيدلية", "وقود"));

  /** How numbers are written: grouping mark and decimal mark. */
  record Numbers(String grouping, char decimal) {
    String write(BigDecimal v, int scale) {
      BigDecimal a = v.abs().setScale(scale);
      String plain = a.toPlainString();
      String whole = scale == 0 ? plain : plain.substring(0, plain.indexOf('.'));
      String frac = scale == 0 ? "" : plain.substring(plain.indexOf('.') + 1);
      StringBuilder g = new StringBuilder();
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          g.append(grouping);
        }
        g.append(whole.charAt(i));
      }
      return g + (scale == 0 ? "" : decimal + frac);
    }
  }

  /** One generated file. */
  record Spec(
      String name,
      Language lang,
      Kind kind,
      String datePattern,
      Numbers numbers,
      int scale,
      char delimiter,
      Charset charset,
      boolean bom,
      boolean newestFirst,
      boolean preamble,
      long seed) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** One generated transaction. */
  record Tx(LocalDate date, String text, BigDecimal amount, BigDecimal balance) {}

  static final Charset UTF16LE = StandardCharsets.UTF_16LE;

  /**
   * The generated files, one a line: name, language, kind, date pattern, numbers (grouping and
   * decimal mark), delimiter, charset (+bom), order (old: oldest-first, new: newest-first),
   * preamble (pre: opening and closing balance above the table, -: none), decimals.
   */
  private static final String[] TABLE = {
    // unsigned amount + running balance
    "cs-unsigned     CS UNSIGNED_BALANCE  d.M.yy      space      ; windows-1250 old pre 2",
    "sv-unsigned     SV UNSIGNED_BALANCE  yyyy-MM-dd  space      ; UTF-8+bom    new pre 2",
    "pt-unsigned     PT UNSIGNED_BALANCE  dd-MM-yyyy  dotComma   ; windows-1252 old -   2",
    "vi-unsigned     VI UNSIGNED_BALANCE  dd/MM/yyyy  commaDot   , UTF-8+bom    old pre 0",
    "th-unsigned     TH UNSIGNED_BALANCE  yyyy/MM/dd  commaDot   , UTF-16LE+bom new pre 2",
    "he-unsigned     HE UNSIGNED_BALANCE  dd.MM.yyyy  commaDot   , UTF-8        new -   2",
    "ko-unsigned     KO UNSIGNED_BALANCE  yyyy.MM.dd. commaDot   , UTF-8+bom    old pre 0",
    "id-unsigned     ID UNSIGNED_BALANCE  dd-MM-yyyy  dotComma   ; UTF-8        old pre 2",
    "ar-unsigned     AR UNSIGNED_BALANCE  yyyy-MM-dd  none       , UTF-16LE+bom new pre 2",
    // unsigned amount + indicator words the balance teaches
    "cs-indicator    CS INDICATOR_BALANCE dd.MM.yyyy  nbsp       ; UTF-8        old -   2",
    "sv-indicator    SV INDICATOR_BALANCE yyyy-MM-dd  apostrophe ; windows-1252 new -   2",
    "vi-indicator    VI INDICATOR_BALANCE dd/MM/yyyy  commaDot   , UTF-8+bom    old -   0",
    "th-indicator    TH INDICATOR_BALANCE d.M.yy      commaDot   ; UTF-16LE+bom new -   2",
    "he-indicator    HE INDICATOR_BALANCE dd/MM/yyyy  commaDot   , UTF-8+bom    old -   2",
    "ko-indicator    KO INDICATOR_BALANCE yyyy/MM/dd  commaDot   , UTF-16LE+bom new -   0",
    "ar-indicator    AR INDICATOR_BALANCE dd-MM-yyyy  none       ; UTF-8        old -   2",
    // a debit/credit pair decided by the labelled opening and closing balance above the table
    // (pt, sv, cs); the th and ko labels are in no vocabulary: refused, as figures without
    // labels fit both readings
    "pt-pair-figures PT PAIR_FIGURES      dd-MM-yyyy  dotComma   ; UTF-8+bom    old pre 2",
    "sv-pair-figures SV PAIR_FIGURES      dd/MM/yyyy  dotComma   ; UTF-8        new pre 2",
    "th-pair-figures TH PAIR_FIGURES      yyyy-MM-dd  commaDot   , UTF-16LE+bom old pre 2",
    "ko-pair-figures KO PAIR_FIGURES      yyyy.MM.dd. commaDot   , UTF-8+bom    old pre 0",
    "cs-pair-figures CS PAIR_FIGURES      d.M.yy      commaDot   , UTF-8        new pre 2",
    // a debit/credit pair decided by the minus signs of one column
    "vi-pair-minus   VI PAIR_MINUS        dd/MM/yyyy  commaDot   , UTF-8+bom    old -   0",
    "cs-pair-minus   CS PAIR_MINUS        d.M.yyyy    space      ; windows-1250 old -   2",
    "ar-pair-minus   AR PAIR_MINUS        yyyy/MM/dd  none       , UTF-16LE+bom new -   2",
    // a debit/credit pair with nothing that tells: refused
    "th-pair-nothing TH PAIR_NOTHING      yyyy-MM-dd  commaDot   , UTF-8+bom    old -   2",
    "he-pair-nothing HE PAIR_NOTHING      dd/MM/yyyy  commaDot   , UTF-8        old -   2",
    "ko-pair-nothing KO PAIR_NOTHING      yyyy-MM-dd  space      ; UTF-8        new -   2",
  };

  static List<Spec> specs() {
    java.util.Map<String, Language> languages =
        java.util.Map.of(
            "CS", CS, "SV", SV, "PT", PT, "VI", VI, "TH", TH, "HE", HE, "KO", KO, "ID", ID, "AR",
            AR);
    java.util.Map<String, Numbers> numbers =
        java.util.Map.of(
            "space", new Numbers(" ", ','),
            "nbsp", new Numbers("\u00a0", ','),
            "apostrophe", new Numbers("'", '.'),
            "dotComma", new Numbers(".", ','),
            "commaDot", new Numbers(",", '.'),
            "none", new Numbers("", '.'));
    List<Spec> out = new ArrayList<>();
    long seed = 1;
    for (String line : TABLE) {
      String[] f = line.trim().split("\\s+", -1);
      String charset = f[6].replace("+bom", "");
      out.add(
          new Spec(
              f[0],
              java.util.Objects.requireNonNull(languages.get(f[1])),
              Kind.valueOf(f[2]),
              f[3],
              java.util.Objects.requireNonNull(numbers.get(f[4])),
              Integer.parseInt(f[9]),
              f[5].charAt(0),
              Charset.forName(charset),
              f[6].endsWith("+bom"),
              f[7].equals("new"),
              f[8].equals("pre"),
              seed++));
    }
    return out;
  }

  /** Transactions with clear days (some above 12), one large regular credit among debits. */
  static List<Tx> transactions(Spec s, BigDecimal opening) {
    Random rnd = new Random(s.seed());
    List<Tx> out = new ArrayList<>();
    LocalDate d = LocalDate.of(2026, 1, 3);
    BigDecimal balance = opening;
    int n = 24 + rnd.nextInt(20);
    for (int i = 0; i < n; i++) {
      d = d.plusDays(1 + rnd.nextInt(3));
      long units =
          i % 9 == 4
              ? 250_000 + rnd.nextInt(50_000)
              : (rnd.nextInt(120_000) + 100L) * (rnd.nextInt(5) == 0 ? 1 : -1);
      BigDecimal amount =
          BigDecimal.valueOf(units, 2).setScale(s.scale(), java.math.RoundingMode.DOWN);
      if (amount.signum() == 0) {
        amount = BigDecimal.ONE.negate().setScale(s.scale());
      }
      balance = balance.add(amount);
      String text = s.lang().words().get(i % s.lang().words().size()) + " #" + (1000 + i);
      out.add(new Tx(d, text, amount, balance));
    }
    return out;
  }

  static String cell(String v, char delimiter) {
    return v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0
        ? '"' + v.replace("\"", "\"\"") + '"'
        : v;
  }

  /** The generated file's bytes, with the transactions it holds. */
  @SuppressWarnings("ArrayRecordComponent") // test data, never compared or shared
  record Generated(byte[] bytes, List<Tx> txs, BigDecimal opening, BigDecimal closing) {}

  static Generated generate(Spec s) {
    Language l = s.lang();
    BigDecimal opening =
        BigDecimal.valueOf(1_234_567 + s.seed() * 1_001, 2)
            .setScale(s.scale(), java.math.RoundingMode.DOWN);
    List<Tx> txs = transactions(s, opening);
    BigDecimal closing = txs.get(txs.size() - 1).balance();
    DateTimeFormatter df = DateTimeFormatter.ofPattern(s.datePattern(), Locale.ROOT);
    String dl = String.valueOf(s.delimiter());
    List<String> lines = new ArrayList<>();
    if (s.preamble()) {
      lines.add(
          cell(l.opening(), s.delimiter())
              + dl
              + cell(s.numbers().write(opening, s.scale()), s.delimiter()));
      lines.add(
          cell(l.closing(), s.delimiter())
              + dl
              + cell(s.numbers().write(closing, s.scale()), s.delimiter()));
      lines.add("");
    }
    List<String> header =
        switch (s.kind()) {
          case UNSIGNED_BALANCE -> List.of(l.date(), l.text(), l.amount(), l.balance());
          case INDICATOR_BALANCE -> List.of(l.date(), l.kind(), l.amount(), l.balance(), l.text());
          case PAIR_FIGURES, PAIR_MINUS, PAIR_NOTHING ->
              List.of(l.date(), l.text(), l.debit(), l.credit());
        };
    lines.add(String.join(dl, header.stream().map(h -> cell(h, s.delimiter())).toList()));
    List<String> rows = new ArrayList<>();
    for (Tx t : txs) {
      String date = df.format(t.date());
      String amount = s.numbers().write(t.amount(), s.scale());
      String balance =
          (t.balance().signum() < 0 ? "-" : "") + s.numbers().write(t.balance(), s.scale());
      boolean out = t.amount().signum() < 0;
      List<String> cells =
          switch (s.kind()) {
            case UNSIGNED_BALANCE -> List.of(date, t.text(), amount, balance);
            case INDICATOR_BALANCE ->
                List.of(date, out ? l.debitWord() : l.creditWord(), amount, balance, t.text());
            case PAIR_FIGURES, PAIR_NOTHING ->
                List.of(date, t.text(), out ? amount : "", out ? "" : amount);
            case PAIR_MINUS -> List.of(date, t.text(), out ? "-" + amount : "", out ? "" : amount);
          };
      rows.add(String.join(dl, cells.stream().map(c -> cell(c, s.delimiter())).toList()));
    }
    if (s.newestFirst()) {
      Collections.reverse(rows);
    }
    lines.addAll(rows);
    String text = String.join("\r\n", lines) + "\r\n";
    byte[] body = text.getBytes(s.charset());
    byte[] bom = new byte[0];
    if (s.bom()) {
      bom =
          s.charset().equals(UTF16LE)
              ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return new Generated(all, txs, opening, closing);
  }

  static final ParseOptions CSV = ParseOptions.builder().format("csv").build();

  // corpus figures over every generated file, printed at the end
  private static int files;
  private static int accepted;
  private static int refused;
  private static int expectedRows;
  private static int gotRows;
  private static int matchedRows;
  private static int balancesRight;
  private static int balancesChecked;

  @AfterAll
  static void summary() {
    double p = gotRows == 0 ? 1 : (double) matchedRows / gotRows;
    double r = expectedRows == 0 ? 1 : (double) matchedRows / expectedRows;
    System.out.printf(
        "CsvSignInferenceTest: %d files, %d read, %d refused with a reason; rows %d expected, %d"
            + " read, %d exact; precision %.4f recall %.4f F1 %.4f; running balances %d/%d%n",
        files,
        accepted,
        refused,
        expectedRows,
        gotRows,
        matchedRows,
        p,
        r,
        p + r == 0 ? 0 : 2 * p * r / (p + r),
        balancesRight,
        balancesChecked);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void readsBackExactlyOrRefusesWithAReason(Spec s) {
    Generated g = generate(s);
    files++;
    if (s.lang().vocabularyFree()) {
      CsvAnyLanguageTest.assertUnknownHeader(
          String.join(String.valueOf(s.delimiter()), headerOf(s)), s.delimiter());
    }
    if (refused(s)) {
      BsaException b =
          CsvRefusals.assertUnnamedPairRefused(() -> CsvParserTest.parse(g.bytes(), CSV));
      assertThat(b.position().isKnown()).isTrue();
      refused++;
      return;
    }
    ParseResult r = CsvParserTest.parse(g.bytes(), CSV);
    accepted++;
    assertThat(r.statements()).hasSize(1);
    Statement st = r.statements().get(0);
    List<Tx> expected = new ArrayList<>(g.txs());
    // without an opening figure, the oldest row's sign is not decided by the balance: skipped
    boolean oldestUndecided = s.kind() == Kind.UNSIGNED_BALANCE && !s.preamble();
    if (oldestUndecided) {
      expected.remove(0);
      assertThat(warnings(r)).extracting(ParseWarning::code).containsExactly("CSV_SIGN_UNDECIDED");
    }
    if (s.newestFirst()) {
      Collections.reverse(expected);
    }
    List<Transaction> got = st.transactions();
    expectedRows += expected.size() + (oldestUndecided ? 1 : 0);
    gotRows += got.size();
    int matched = 0;
    String firstMiss = "";
    for (int i = 0; i < Math.min(got.size(), expected.size()); i++) {
      Transaction t = got.get(i);
      Tx e = expected.get(i);
      if (t.date().orElseThrow().equals(e.date())
          && t.amount().compareTo(e.amount()) == 0
          && t.description().contains(text(e, s))) {
        matched++;
      } else if (firstMiss.isEmpty()) {
        firstMiss = "row " + i + ": " + t.date() + " " + t.amount() + " " + t.description();
      }
      if (s.kind() == Kind.UNSIGNED_BALANCE || s.kind() == Kind.INDICATOR_BALANCE) {
        balancesChecked++;
        if (t.balance().isPresent() && t.balance().get().compareTo(e.balance()) == 0) {
          balancesRight++;
        }
      }
    }
    matchedRows += matched;
    assertThat(got).hasSize(expected.size());
    assertThat(firstMiss).as("first row not read as generated").isEmpty();
    assertThat(matched).isEqualTo(expected.size());
    if (s.kind() == Kind.UNSIGNED_BALANCE || s.kind() == Kind.INDICATOR_BALANCE) {
      // a skipped row leaves the statement unverified, rightly
      assertThat(st.balanceCheck().status())
          .isEqualTo(
              oldestUndecided ? BalanceCheck.Status.UNVERIFIED : BalanceCheck.Status.VERIFIED);
      BigDecimal open = oldestUndecided ? g.txs().get(0).balance() : g.opening();
      assertThat(st.openingBalance().orElseThrow()).isEqualByComparingTo(open);
      assertThat(st.closingBalance().orElseThrow()).isEqualByComparingTo(g.closing());
    }
    CsvLayout layout =
        CsvLayout.fromJson(java.util.Objects.requireNonNull(r.properties().get("csv.layout")));
    switch (s.kind()) {
      case UNSIGNED_BALANCE ->
          assertThat(layout.signConvention()).isEqualTo(SignConvention.BY_BALANCE);
      case INDICATOR_BALANCE -> {
        assertThat(layout.signConvention()).isEqualTo(SignConvention.INDICATOR);
        assertThat(layout.debitMarkers())
            .containsExactly(s.lang().debitWord().toLowerCase(Locale.ROOT));
        assertThat(layout.column(Column.DEBIT_CREDIT)).contains(1);
      }
      default -> {
        assertThat(layout.signConvention()).isEqualTo(SignConvention.DEBIT_CREDIT_COLUMNS);
        assertThat(layout.column(Column.DEBIT)).contains(2);
        assertThat(layout.column(Column.CREDIT)).contains(3);
      }
    }
  }

  /** Whether nothing in the file decides the signs, so that it must be refused. */
  static boolean refused(Spec s) {
    return s.kind() == Kind.PAIR_NOTHING
        || (s.kind() == Kind.PAIR_FIGURES && s.lang().vocabularyFree());
  }

  /**
   * The text a row must show: all of it, or for legacy code pages (which the charset sniffer may
   * take for Latin-1, its own limit) the ASCII reference.
   */
  static String text(Tx e, Spec s) {
    return legacy(s.charset()) ? e.text().substring(e.text().indexOf('#')) : e.text();
  }

  /** Whether the charset is a legacy single-byte one, which the sniffer may take for another. */
  static boolean legacy(Charset c) {
    return !c.name().startsWith("UTF");
  }

  static List<ParseWarning> warnings(ParseResult r) {
    List<ParseWarning> all = new ArrayList<>(r.warnings());
    r.statements().forEach(st -> all.addAll(st.warnings()));
    return all;
  }

  static List<String> headerOf(Spec s) {
    Language l = s.lang();
    return switch (s.kind()) {
      case UNSIGNED_BALANCE -> List.of(l.date(), l.text(), l.amount(), l.balance());
      case INDICATOR_BALANCE -> List.of(l.date(), l.kind(), l.amount(), l.balance(), l.text());
      default -> List.of(l.date(), l.text(), l.debit(), l.credit());
    };
  }

  @Test
  void atLeastFiveLanguagesWithoutHeaderVocabulary() {
    assertThat(
            Stream.of(CS, SV, PT, VI, TH, HE, KO, ID, AR).filter(Language::vocabularyFree).count())
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void aRowWhoseBalanceMovesByAnotherAmount_isSkippedWithAReason_theOthersStaySigned() {
    String text =
        """
        Ngày;Nội dung;Số tiền;Số dư
        Số dư đầu kỳ;;;1000.00
        2026-02-03;A #1;100.00;900.00
        2026-02-04;B #2;50.00;950.00
        2026-02-05;C #3;20.00;999.00
        2026-02-06;D #4;30.00;969.00
        2026-02-07;E #5;31.00;1000.00
        2026-02-09;F #6;200.00;800.00
        2026-02-10;G #7;0.50;800.50
        2026-02-11;H #8;0.50;800.00
        """;
    ParseResult r = CsvParserTest.parse(text);
    List<Transaction> got = r.statements().get(0).transactions();
    assertThat(got)
        .extracting(t -> t.amount().stripTrailingZeros().toPlainString())
        .containsExactly("-100", "50", "-30", "31", "-200", "0.5", "-0.5");
    assertThat(warnings(r)).extracting(ParseWarning::code).containsExactly("CSV_SIGN_UNDECIDED");
    assertThat(warnings(r).get(0).message())
        .contains("balance changes by another amount")
        .contains("csv.layout")
        .doesNotContain("20.00")
        .doesNotContain("999");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"-", ""})
  void aBalanceBeforeTheBooking_signsNothing(String minus) {
    // the balance column holds the balance before each booking, oldest-first by date: the
    // arithmetic reads the rows newest-first, the dates oldest-first, so the balance teaches no
    // sign; written signs stay, unsigned amounts are not signed backwards
    String text =
        "Ngày,Số dư trước,Số tiền,Nội dung\n"
            + "03-02-2026,1000.00,"
            + minus
            + "100.00,A\n"
            + "14-02-2026,900.00,50.00,B\n"
            + "15-02-2026,950.00,"
            + minus
            + "30.00,C\n"
            + "26-02-2026,920.00,10.00,D\n";
    ParseResult r = CsvParserTest.parse(text);
    CsvLayout layout =
        CsvLayout.fromJson(java.util.Objects.requireNonNull(r.properties().get("csv.layout")));
    assertThat(layout.signConvention()).isNotEqualTo(SignConvention.BY_BALANCE);
  }

  @Test
  void byBalanceInAGivenLayout_roundTripsAndIsValidated() {
    CsvLayout layout =
        CsvLayout.builder()
            .delimiter(';')
            .headerRecord(1)
            .firstDataRecord(2)
            .column(Column.BOOKING_DATE, 0)
            .column(Column.DESCRIPTION, 1)
            .column(Column.AMOUNT, 2)
            .column(Column.BALANCE, 3)
            .dateOrder(io.github.bsa.core.DateOrder.YEAR_MONTH_DAY)
            .decimalSeparator('.')
            .signConvention(SignConvention.BY_BALANCE)
            .build();
    assertThat(CsvLayout.fromJson(layout.toJson()).signConvention())
        .isEqualTo(SignConvention.BY_BALANCE);
    String text =
        """
        x;y;z;w
        2026-02-03;A;100.00;900.00
        2026-02-04;B;50.00;950.00
        2026-02-05;C;30.00;920.00
        """;
    ParseOptions options =
        ParseOptions.builder().format("csv").formatOption("csv.layout", layout.toJson()).build();
    ParseResult r = CsvParserTest.parse(text.getBytes(StandardCharsets.UTF_8), options);
    assertThat(r.statements().get(0).transactions())
        .extracting(t -> t.amount().stripTrailingZeros().toPlainString())
        .containsExactly("50", "-30");
    String json = layout.toJson().replaceAll(",\\s*\"BALANCE\" : \\[ 3 \\]", "");
    assertThat(json).doesNotContain("\"BALANCE\"");
    assertThatThrownBy(() -> CsvLayout.fromJson(json))
        .isInstanceOf(BsaException.class)
        .hasMessageContaining("BY_BALANCE");
  }
}
