import org.jspecify.annotations.NullMarked;

/**
 * bsa JDBC storage: {@link io.github.bsa.jdbc.JdbcStatementStore} for PostgreSQL and SQLite, with
 * versioned migrations and row-level security. Drivers are found through {@link
 * java.sql.DriverManager} or come with the host's data source.
 */
@NullMarked
module io.github.bsa.jdbc {
  requires transitive io.github.bsa.storage;
  requires transitive java.sql;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.bsa.jdbc;
  exports io.github.bsa.jdbc.jobs;
  exports io.github.bsa.jdbc.backup;

  // the backup builders' settings are checked by Hibernate Validator, which reads them (ADR 0160)
  opens io.github.bsa.jdbc.backup to
      org.hibernate.validator;
}
