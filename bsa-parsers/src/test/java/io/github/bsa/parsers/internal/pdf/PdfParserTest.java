package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.SourceSample;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

final class PdfParserTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();

  private static ParseResult parse(byte[] pdf) {
    return ANALYZER.parse(pdf, ParseOptions.defaults());
  }

  @Test
  void parse_smallStatement_readsRowsBalancesAndProvenance() {
    ParseResult result = parse(TinyPdf.statement(-1).bytes());
    Statement st = result.statements().get(0);
    assertThat(st.transactions()).hasSize(3);
    Transaction first = st.transactions().get(0);
    assertThat(first.bookingDate()).contains(LocalDate.of(2026, 1, 5));
    assertThat(first.amount()).isEqualByComparingTo("-4.50");
    assertThat(first.description()).isEqualTo("Coffee shop");
    assertThat(first.position().page()).isEqualTo(1);
    assertThat(first.position().line()).isEqualTo(1);
    assertThat(first.position().box()).isPresent();
    assertThat(st.openingBalance())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000.00"));
    assertThat(st.closingBalance())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2095.50"));
    assertThat(st.account().number()).contains("99887766");
    assertThat(st.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(result.properties())
        .containsEntry("pdf.pages", "1")
        .containsEntry("pdf.revisions", "1");
  }

  @Test
  void parse_runningBalanceBreak_isDiscrepancyWithPageAndRow() {
    ParseResult result = parse(TinyPdf.statement(1).bytes());
    Statement st = result.statements().get(0);
    assertThat(st.balanceCheck().status()).isEqualTo(BalanceCheck.Status.DISCREPANCY);
    assertThat(allWarnings(result))
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("PDF_RUNNING_BALANCE_BREAK");
              assertThat(w.position().page()).isEqualTo(1);
              assertThat(w.position().line()).isEqualTo(2);
            });
  }

  private static List<ParseWarning> allWarnings(ParseResult result) {
    List<ParseWarning> all = new java.util.ArrayList<>(result.warnings());
    result.statements().forEach(s -> all.addAll(s.warnings()));
    return all;
  }

  @Test
  void parse_encryptedWithoutPassword_isEncryptedDocument() throws IOException {
    byte[] pdf = encrypt(TinyPdf.statement(-1).bytes(), "s3cret");
    assertThatThrownBy(() -> parse(pdf))
        .isInstanceOf(BsaException.class)
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.ENCRYPTED_DOCUMENT);
    ParseOptions wrong = ParseOptions.builder().password("nope".toCharArray()).build();
    assertThatThrownBy(() -> ANALYZER.parse(pdf, wrong))
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.ENCRYPTED_DOCUMENT);
    ParseOptions right = ParseOptions.builder().password("s3cret".toCharArray()).build();
    ParseResult result = ANALYZER.parse(pdf, right);
    assertThat(result.statements().get(0).transactions()).hasSize(3);
    assertThat(result.properties()).containsEntry("pdf.encrypted", "true");
  }

  private static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy(
              "owner-" + userPassword, userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void parse_imageOnlyPdf_isNoTextLayerError() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.drawImage(x, 50, 50, 400, 200);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertThatThrownBy(() -> parse(pdf))
        .isInstanceOf(BsaException.class)
        .hasMessageContaining("no text layer")
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
  }

  @Test
  void parse_truncatedPdf_isMalformed() {
    byte[] pdf = TinyPdf.statement(-1).bytes();
    for (int cut : new int[] {pdf.length / 4, pdf.length / 2, pdf.length - 10}) {
      byte[] truncated = Arrays.copyOf(pdf, cut);
      assertThatThrownBy(() -> parse(truncated))
          .isInstanceOf(BsaException.class)
          .extracting(e -> ((BsaException) e).errorCode())
          .isEqualTo(ErrorCode.MALFORMED_INPUT);
    }
  }

  @Test
  void parse_garbageWithPdfHeader_isMalformed() {
    byte[] garbage =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> parse(garbage))
        .isInstanceOf(BsaException.class)
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.MALFORMED_INPUT);
    byte[] notPdf = "hello, world".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> ANALYZER.parse(notPdf, ParseOptions.builder().format("pdf").build()))
        .isInstanceOf(BsaException.class)
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void parse_textWithoutTable_isInvalidData() {
    byte[] pdf = new TinyPdf().text(40, 40, "Dear customer, nothing to see here.").bytes();
    assertThatThrownBy(() -> parse(pdf))
        .isInstanceOf(BsaException.class)
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_DATA);
  }

  @Test
  void parse_tamperingEvidence_isReportedAsFacts() throws IOException {
    TinyPdf tiny = TinyPdf.statement(-1);
    tiny.producer("iLovePDF")
        .dates(new GregorianCalendar(2026, 0, 31, 10, 0), new GregorianCalendar(2026, 1, 3, 9, 0));
    tiny.text(100, 300, "Original text").text(100, 300, "XXXXXXXX");
    tiny.hidden(100, 320, "hidden words");
    tiny.rightCourier(420, 144, "");
    byte[] pdf = incremental(tiny.bytes());
    ParseResult result = parse(pdf);
    assertThat(result.warnings())
        .extracting(ParseWarning::code)
        .contains(
            "PDF_PRODUCER_EDITING_TOOL",
            "PDF_MODIFIED_AFTER_CREATION",
            "PDF_INCREMENTAL_UPDATE",
            "PDF_OVERLAPPING_TEXT",
            "PDF_INVISIBLE_TEXT");
    assertThat(result.properties()).containsEntry("pdf.revisions", "2");
  }

  @Test
  void parse_amountInOtherFont_isFontMismatch() {
    TinyPdf pdf = new TinyPdf();
    pdf.text(40, 40, "Tiny Test Bank").text(350, 40, "Account Number: 99887766");
    pdf.text(40, 100, "Date").text(100, 100, "Description").right(420, 100, "Amount");
    for (int i = 0; i < 12; i++) {
      float y = 120 + i * 14;
      pdf.text(40, y, String.format("01/%02d/2026", i + 10)).text(100, y, "Row " + i);
      if (i == 7) {
        pdf.rightCourier(420, y, "-12.00");
      } else {
        pdf.right(420, y, "-1" + i + ".00");
      }
    }
    ParseResult result = parse(pdf.bytes());
    assertThat(result.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("PDF_FONT_MISMATCH");
              assertThat(w.position().line()).isEqualTo(8);
            });
  }

  private static byte[] incremental(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.getDocumentInformation().setTitle("changed");
      doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(pdf);
      doc.saveIncremental(out);
      byte[] all = out.toByteArray();
      return Arrays.copyOfRange(all, pdf.length, all.length);
    }
  }

  @Test
  void parse_profile_settlesUnknownLabels() {
    TinyPdf pdf = new TinyPdf();
    pdf.text(40, 40, "Odd Bank").text(350, 55, "Period 01.03.2026 - 31.03.2026");
    pdf.text(40, 100, "When")
        .text(100, 100, "What")
        .right(420, 100, "Minus")
        .right(480, 100, "Plus")
        .right(560, 100, "Stand");
    pdf.text(40, 115, "02.03.2026")
        .text(100, 115, "Coffee")
        .right(420, 115, "3,50")
        .right(560, 115, "96,50");
    pdf.text(40, 129, "15.03.2026")
        .text(100, 129, "Salary")
        .right(480, 129, "1.000,00")
        .right(560, 129, "1.096,50");
    String profile =
        "{\"columns\":{\"When\":\"date\",\"What\":\"description\",\"Minus\":\"debit\","
            + "\"Plus\":\"credit\",\"Stand\":\"balance\"},\"dateOrder\":\"DMY\"}";
    ParseResult result =
        ANALYZER.parse(
            pdf.bytes(), ParseOptions.builder().formatOption("pdf.profile", profile).build());
    Statement st = result.statements().get(0);
    assertThat(st.transactions())
        .extracting(Transaction::amount)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("-3.50"), new BigDecimal("1000.00"));
    assertThat(st.openingBalance())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100.00"));
    assertThat(st.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThatThrownBy(
            () ->
                ANALYZER.parse(
                    pdf.bytes(),
                    ParseOptions.builder().formatOption("pdf.profile", "{oops").build()))
        .extracting(e -> ((BsaException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_OPTION);
  }

  @Test
  void probe_pdfHeader_isConfident() {
    PdfParserProvider provider = new PdfParserProvider();
    assertThat(provider.formatId()).isEqualTo("pdf");
    assertThat(
            provider
                .probe(SourceSample.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .confidence())
        .isGreaterThan(0.9);
    assertThat(
            provider
                .probe(SourceSample.of("\n\n%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isMatch())
        .isTrue();
    assertThat(
            provider
                .probe(SourceSample.of("Date,Amount".getBytes(StandardCharsets.US_ASCII)))
                .isMatch())
        .isFalse();
  }
}
