import org.jspecify.annotations.NullMarked;

/**
 * bsa parsers: one internal package per format behind the {@code StatementParserProvider} SPI of
 * bsa-core. Adding this module to the class or module path is all it takes for {@code
 * StatementAnalyzer} to read these formats.
 */
@NullMarked
module io.github.bsa.parsers {
  requires transitive io.github.bsa.core;
  requires org.slf4j;
  requires java.xml;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  // PDFBox (an automatic module) logs through commons-logging; requiring it resolves the module on
  // the module path (commons-logging or jcl-over-slf4j, both named org.apache.commons.logging).
  requires org.apache.commons.logging;
  requires com.fasterxml.jackson.databind;
  requires jakarta.validation;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.bsa.parsers;

  // CSV layouts and PDF profiles are checked by Hibernate Validator, which reads the constraints
  // and instantiates the validators reflectively (ADR 0160)
  opens io.github.bsa.parsers.internal.config to
      org.hibernate.validator;

  provides io.github.bsa.core.spi.StatementParserProvider with
      io.github.bsa.parsers.internal.camt.Camt052ParserProvider,
      io.github.bsa.parsers.internal.camt.Camt053ParserProvider,
      io.github.bsa.parsers.internal.camt.Camt054ParserProvider,
      io.github.bsa.parsers.internal.csv.CsvParserProvider,
      io.github.bsa.parsers.internal.mt940.Mt940ParserProvider,
      io.github.bsa.parsers.internal.mt940.Mt942ParserProvider,
      io.github.bsa.parsers.internal.ofx.OfxParserProvider,
      io.github.bsa.parsers.internal.pdf.PdfParserProvider,
      io.github.bsa.parsers.internal.qif.QifParserProvider,
      io.github.bsa.parsers.internal.xlsx.XlsxParserProvider;
}
