import org.jspecify.annotations.NullMarked;

/**
 * bsa core: the statement model, the {@link io.github.bsa.core.StatementAnalyzer} facade, the
 * parser SPI and the canonical JSON form.
 *
 * @uses io.github.bsa.core.spi.StatementParserProvider
 */
@NullMarked
@SuppressWarnings("module") // the qualified export names a module built after this one
module io.github.bsa.core {
  requires transitive org.slf4j;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.bsa.core;
  exports io.github.bsa.core.model;
  exports io.github.bsa.core.spi;
  exports io.github.bsa.core.json;
  exports io.github.bsa.core.analysis;
  // internal text helpers (whitespace fold, month names, charset sniffing) for the bundled parsers
  exports io.github.bsa.core.internal.text to
      io.github.bsa.parsers;

  uses io.github.bsa.core.spi.StatementParserProvider;
}
