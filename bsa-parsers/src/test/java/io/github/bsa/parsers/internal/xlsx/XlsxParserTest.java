package io.github.bsa.parsers.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.parsers.internal.xlsx.XlsxWriter.Date;
import io.github.bsa.parsers.internal.xlsx.XlsxWriter.Formula;
import io.github.bsa.parsers.internal.xlsx.XlsxWriter.Raw;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class XlsxParserTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();

  static ParseResult parse(byte[] bytes) {
    return ANALYZER.parse(bytes, ParseOptions.builder().format("xlsx").build());
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** An English export: a preamble, serial dates with a built-in date style, a balance column. */
  static byte[] english() {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Transactions")
        .row("Account statement")
        .row("Account", "Everyday account")
        .row()
        .row("Date", "Description", "Amount", "Balance")
        .row(new Date(LocalDate.of(2024, 3, 1)), "Salary ACME Ltd", 2500, 3500)
        .row(new Date(LocalDate.of(2024, 3, 3)), "Rent March, flat 2", -1200, 2300)
        .row(new Date(LocalDate.of(2024, 3, 15)), "Grocer \"Fresh\"", -85.4, 2214.6)
        .row(
            new Date(LocalDate.of(2024, 3, 20)),
            "Coffee",
            new Raw("-3.8000000000000003"),
            new Raw("2210.8000000000002"));
    return w.build();
  }

  @Test
  void english_serialDates_balanceVerified_positionsNameSheetAndRow() {
    ParseResult r = parse(english());
    assertThat(r.format()).isEqualTo("xlsx");
    assertThat(r.statements()).hasSize(1);
    Statement s = r.statements().get(0);
    List<Transaction> t = s.transactions();
    assertThat(t)
        .extracting(Transaction::amount)
        .containsExactly(d("2500"), d("-1200"), d("-85.4"), d("-3.8"));
    assertThat(t.get(0).bookingDate()).contains(LocalDate.of(2024, 3, 1));
    assertThat(t.get(3).bookingDate()).contains(LocalDate.of(2024, 3, 20));
    assertThat(t.get(1).description()).contains("Rent March, flat 2");
    assertThat(t.get(2).description()).contains("Grocer \"Fresh\"");
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(s.closingBalance())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2210.8"));
    assertThat(t.get(0).position().page()).isEqualTo(1);
    assertThat(t.get(0).position().line()).isEqualTo(5);
    assertThat(t.get(3).position().line()).isEqualTo(8);
  }

  /** A German export: custom dd.mm.yyyy style, the balance a formula with its cached value. */
  @Test
  void german_customDateStyle_formulaBalance() {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Umsätze")
        .dateStyle(XlsxWriter.CUSTOM_DATE)
        .row("Kontoauszug")
        .row("Kontoinhaber", "Muster")
        .row("Buchungstag", "Valuta", "Verwendungszweck", "Betrag", "Saldo")
        .row(
            new Date(LocalDate.of(2023, 2, 1)),
            new Date(LocalDate.of(2023, 2, 1)),
            "Gehalt Februar",
            new BigDecimal("3100.00"),
            new BigDecimal("4100.00"))
        .row(
            new Date(LocalDate.of(2023, 2, 2)),
            new Date(LocalDate.of(2023, 2, 3)),
            "Miete",
            new BigDecimal("-950.00"),
            new Formula("E4+D5", new BigDecimal("3150.00")))
        .row(
            new Date(LocalDate.of(2023, 2, 7)),
            new Date(LocalDate.of(2023, 2, 7)),
            "Girocard Bäckerei",
            new BigDecimal("-4.20"),
            new Formula("E5+D6", new BigDecimal("3145.80")));
    ParseResult r = parse(w.build());
    Statement s = r.statements().get(0);
    assertThat(s.transactions())
        .extracting(Transaction::amount)
        .containsExactly(d("3100.00"), d("-950.00"), d("-4.20"));
    assertThat(s.transactions().get(1).bookingDate()).contains(LocalDate.of(2023, 2, 2));
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
  }

  /** Dates and amounts stored as text (inline strings), as some banks' exports write them. */
  @Test
  void textDatesAndAmounts_inlineStrings() {
    XlsxWriter w = new XlsxWriter().inlineStrings();
    w.sheet("Export")
        .row("Datum", "Omschrijving", "Bedrag", "Saldo")
        .row("19.04.2019", "Albert Heijn 1234", "-23,45", "976,55")
        .row("23.04.2019", "Salaris april", "2.450,00", "3.426,55")
        .row("30.04.2019", "Huur", "-1.100,00", "2.326,55");
    ParseResult r = parse(w.build());
    Statement s = r.statements().get(0);
    assertThat(s.transactions())
        .extracting(Transaction::amount)
        .containsExactly(d("-23.45"), d("2450.00"), d("-1100.00"));
    assertThat(s.transactions().get(0).bookingDate()).contains(LocalDate.of(2019, 4, 19));
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
  }

  /** A summary sheet is skipped with a warning; two account sheets are two statements. */
  @Test
  void severalSheets_summarySkipped_oneStatementPerAccountSheet() {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Summary").row("Total in", 2500).row("Total out", -1290);
    w.sheet("Checking")
        .row("Date", "Description", "Amount", "Balance")
        .row(new Date(LocalDate.of(2024, 5, 2)), "Payroll", 2500, 2600)
        .row(new Date(LocalDate.of(2024, 5, 3)), "Card shop", -90, 2510);
    w.sheet("Savings")
        .row("Date", "Description", "Amount", "Balance")
        .row(new Date(LocalDate.of(2024, 5, 4)), "Transfer to savings", 200, 5200)
        .row(new Date(LocalDate.of(2024, 5, 30)), "Interest", 1.25, 5201.25);
    ParseResult r = parse(w.build());
    assertThat(r.statements()).hasSize(2);
    assertThat(r.statements().get(0).transactions()).hasSize(2);
    assertThat(r.statements().get(1).transactions().get(1).amount()).isEqualByComparingTo("1.25");
    assertThat(r.statements().get(1).transactions().get(0).position().page()).isEqualTo(3);
    assertThat(r.warnings())
        .anySatisfy(
            warning -> {
              assertThat(warning.code()).isEqualTo("SHEET_SKIPPED");
              assertThat(warning.position().page()).isEqualTo(1);
            });
  }

  @Test
  void hiddenSheet_isNotRead() {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Data")
        .row("Date", "Description", "Amount")
        .row(new Date(LocalDate.of(2024, 1, 15)), "Shop", -10)
        .row(new Date(LocalDate.of(2024, 1, 16)), "Shop", -11);
    w.sheet("Lookup")
        .hidden()
        .row("Date", "Description", "Amount")
        .row(new Date(LocalDate.of(2024, 1, 15)), "Hidden", -99);
    ParseResult r = parse(w.build());
    assertThat(r.statements()).hasSize(1);
    assertThat(r.transactionCount()).isEqualTo(2);
  }

  @Test
  void date1904System() {
    XlsxWriter w = new XlsxWriter().date1904();
    w.sheet("S")
        .row("Date", "Description", "Amount")
        .row(new Date(LocalDate.of(2010, 7, 14)), "A", -1)
        .row(new Date(LocalDate.of(2010, 7, 28)), "B", -2);
    ParseResult r = parse(w.build());
    assertThat(r.statements().get(0).transactions().get(1).bookingDate())
        .contains(LocalDate.of(2010, 7, 28));
  }

  @Test
  void workbookPartFoundThroughPackageRelationships() {
    XlsxWriter w = new XlsxWriter().workbookPath("xl/book.xml");
    w.sheet("S")
        .row("Date", "Description", "Amount")
        .row(new Date(LocalDate.of(2022, 9, 14)), "A", -1)
        .row(new Date(LocalDate.of(2022, 9, 28)), "B", -2);
    assertThat(parse(w.build()).transactionCount()).isEqualTo(2);
  }

  @Test
  void detected_withoutFormatOption(@TempDir Path dir) throws Exception {
    byte[] bytes = english();
    assertThat(ANALYZER.parse(bytes).format()).isEqualTo("xlsx");
    Path file = dir.resolve("export.xlsx");
    Files.write(file, bytes);
    assertThat(ANALYZER.parse(file).format()).isEqualTo("xlsx");
    assertThat(new XlsxParserProvider().probe(SourceSample.of(bytes)).confidence())
        .isGreaterThan(0.9);
  }

  @Test
  void probe_declinesOtherZipsAndText() {
    XlsxParserProvider p = new XlsxParserProvider();
    byte[] docx =
        XlsxWriter.zip(
            new java.util.LinkedHashMap<>(
                java.util.Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")));
    assertThat(p.probe(SourceSample.of(docx)).isMatch()).isFalse();
    assertThat(p.probe(SourceSample.of("Date,Amount\n".getBytes(StandardCharsets.UTF_8))).isMatch())
        .isFalse();
  }

  @Test
  void legacyXls_refusedWithAdvice() {
    byte[] ole2 = ole2("Workbook");
    BsaException e = catchThrowableOfType(BsaException.class, () -> ANALYZER.parse(ole2));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
    assertThat(e.getMessage()).contains(".xlsx").contains("CSV");
  }

  @Test
  void encryptedWorkbook_refusedAsEncrypted() {
    byte[] ole2 = ole2("EncryptionInfo");
    BsaException e = catchThrowableOfType(BsaException.class, () -> ANALYZER.parse(ole2));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.ENCRYPTED_DOCUMENT);
  }

  @Test
  void emptyWorkbook_isMalformed() {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Empty");
    BsaException e = catchThrowableOfType(BsaException.class, () -> parse(w.build()));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.getMessage()).contains("empty");
  }

  /** An OLE2 compound file header followed by a directory entry name in UTF-16LE. */
  static byte[] ole2(String streamName) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        });
    b.writeBytes(new byte[504]);
    b.writeBytes(streamName.getBytes(StandardCharsets.UTF_16LE));
    b.writeBytes(new byte[1024]);
    return b.toByteArray();
  }
}
