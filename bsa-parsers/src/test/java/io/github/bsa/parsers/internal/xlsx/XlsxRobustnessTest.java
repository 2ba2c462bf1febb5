package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.tck.ParserRobustnessKit;
import io.github.bsa.parsers.internal.xlsx.XlsxWriter.Date;
import java.time.LocalDate;
import java.util.List;

/** Spreadsheets against the parser robustness kit. */
final class XlsxRobustnessTest extends ParserRobustnessKit {
  @Override
  protected StatementParserProvider provider() {
    return new XlsxParserProvider();
  }

  @Override
  protected List<Sample> samples() {
    return List.of(Sample.of("english", XlsxParserTest.english()));
  }

  @Override
  protected byte[] largeInput() {
    XlsxWriter w = new XlsxWriter();
    XlsxWriter.SheetData s = w.sheet("Big").row("Date", "Description", "Amount");
    LocalDate day = LocalDate.of(2020, 1, 13);
    for (int i = 0; i < 12_000; i++) {
      s.row(new Date(day.plusDays(i / 50)), "Shop " + (i % 97), -1 - (i % 7));
    }
    return w.build();
  }

  @Override
  protected byte[] longLineInput(int length) {
    XlsxWriter w = new XlsxWriter();
    w.sheet("Long")
        .row("Date", "Description", "Amount")
        .row(new Date(LocalDate.of(2024, 2, 14)), "x".repeat(length), -1)
        .row(new Date(LocalDate.of(2024, 2, 15)), "y", -2);
    return w.build();
  }
}
