import org.jspecify.annotations.NullMarked;

/** bsa JDBC storage for PostgreSQL and SQLite: statements, jobs and backups. */
@NullMarked
module io.github.bsa.jdbc {
  requires transitive io.github.bsa.storage;
  requires transitive java.sql;
  requires org.slf4j;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.bsa.jdbc.jobs;
}
