package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Box;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Spec;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scanned statements: a page image with an invisible OCR text layer (render mode 3) is read from
 * that layer; a PDF of images only is refused with a reason.
 */
final class OcrLayerTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();

  @Test
  void scannedStatementIsReadFromItsOcrLayer() {
    Spec spec =
        new Spec(
            ArrangedStatements.DE, Box.STACKED, true, true, false, 2, "EUR", "44445555", 45, 3);
    Truth truth;
    byte[] pdf;
    try (PdfCanvas c = new PdfCanvas()) {
      c.scanned = true;
      c.invisible = true;
      truth = ArrangedStatements.write(c, spec);
      pdf = c.bytes();
    }
    ParseResult result = ANALYZER.parse(pdf, ParseOptions.defaults());
    Statement st = result.statements().get(0);
    Score score = new Score();
    List<Score.Expected> expected = new ArrayList<>();
    truth
        .transactions()
        .forEach(t -> expected.add(new Score.Expected(t.date(), t.amount(), t.description())));
    score.add(expected, truth.opening(), truth.closing(), Optional.of(st), "ocr");
    assertThat(score.misses).as(score.summary()).isEmpty();
    assertThat(st.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(result.warnings()).anyMatch(w -> w.code().equals("PDF_OCR_TEXT_LAYER"));
    assertThat(result.warnings()).noneMatch(w -> w.code().equals("PDF_INVISIBLE_TEXT"));
  }

  @Test
  void imageOnlyPdfIsRefused() {
    byte[] pdf;
    try (PdfCanvas c = new PdfCanvas()) {
      c.scanned = true;
      c.newPage();
      c.newPage();
      pdf = c.bytes();
    }
    assertThatThrownBy(() -> ANALYZER.parse(pdf, ParseOptions.defaults()))
        .isInstanceOf(StatementParseException.class)
        .satisfies(
            e ->
                assertThat(((StatementParseException) e).errorCode())
                    .isEqualTo(ErrorCode.UNSUPPORTED_FORMAT))
        .hasMessageContaining("no text layer");
  }
}
