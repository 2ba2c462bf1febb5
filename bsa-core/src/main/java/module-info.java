import org.jspecify.annotations.NullMarked;

/**
 * bsa core: the statement model, the {@link io.github.bsa.core.StatementAnalyzer} facade, the
 * parser SPI and the canonical JSON form.
 *
 * @uses io.github.bsa.core.spi.StatementParserProvider
 */
@NullMarked
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
  exports io.github.bsa.core.event;

  uses io.github.bsa.core.spi.StatementParserProvider;
}
