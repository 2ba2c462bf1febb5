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
  requires org.slf4j; // not transitive: no SLF4J type in core's API (ADR 0012)
  requires com.fasterxml.jackson.databind;
  // configuration validation with Hibernate Validator (ADR 0160)
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging; // to quiet Hibernate Validator's start-up line (ConfigValidation)
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.bsa.core;
  exports io.github.bsa.core.model;
  exports io.github.bsa.core.spi;
  exports io.github.bsa.core.report;
  exports io.github.bsa.core.analysis;
  // the one transaction-id rule, shared with the stores (ADR 0010)
  exports io.github.bsa.core.internal.ids to
      io.github.bsa.storage;
  // internal text helpers (whitespace fold, month names, charset sniffing) for the bundled parsers
  exports io.github.bsa.core.internal.text to
      io.github.bsa.parsers;
  exports io.github.bsa.core.event;
  // configuration validation shared by bsa's modules (ADR 0160)
  exports io.github.bsa.core.internal.config to
      io.github.bsa.parsers,
      io.github.bsa.storage,
      io.github.bsa.jdbc;

  // rule files are validated by Hibernate Validator, which reads the constraints reflectively
  opens io.github.bsa.core.internal.rules to
      org.hibernate.validator;

  uses io.github.bsa.core.spi.StatementParserProvider;
}
