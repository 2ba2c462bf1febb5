import org.jspecify.annotations.NullMarked;

/**
 * bsa storage SPI: tenant-safe statement and job stores, an in-memory reference store and a parse
 * cache. Entry point: {@link io.github.bsa.storage.StatementStore}.
 */
@NullMarked
module io.github.bsa.storage {
  requires transitive io.github.bsa.core;
  requires org.slf4j;
  requires com.github.benmanes.caffeine;
  requires java.management;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.bsa.storage;
  exports io.github.bsa.storage.spi;
  exports io.github.bsa.storage.jobs;

  // JobRunner.Builder's settings are checked by Hibernate Validator, which reads its fields (ADR
  // 0160)
  opens io.github.bsa.storage.jobs to
      org.hibernate.validator;

  // helpers only bsa's JDBC store needs (ADR 0012)
  exports io.github.bsa.storage.internal to
      io.github.bsa.jdbc;
  exports io.github.bsa.storage.health;
}
