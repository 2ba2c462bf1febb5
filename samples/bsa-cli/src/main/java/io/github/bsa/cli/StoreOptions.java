package io.github.bsa.cli;

import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.TenantId;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Options of the storage commands: the tenant and the database. The database is {@code --db}, else
 * the {@code BSA_DB} environment variable, else a SQLite file at {@code ~/.bsa/bsa.db}.
 */
final class StoreOptions {
  @Option(
      names = "--tenant",
      required = true,
      paramLabel = "TENANT",
      description = "The tenant whose data to use (letters, digits, '.', '_', '-').")
  String tenant = "";

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Database URL (jdbc:sqlite:PATH or jdbc:postgresql://...). Default: $BSA_DB, else"
              + " jdbc:sqlite:~/.bsa/bsa.db.")
  @Nullable String db;

  TenantId tenant() {
    return TenantId.of(tenant);
  }

  String url() {
    return url(db);
  }

  /**
   * Returns the database URL: the {@code --db} value, else {@code $BSA_DB}, else the SQLite file
   * {@code ~/.bsa/bsa.db}.
   */
  static String url(@Nullable String db) {
    if (db != null && !db.isBlank()) {
      return db;
    }
    String env = System.getenv("BSA_DB");
    if (env != null && !env.isBlank()) {
      return env;
    }
    return "jdbc:sqlite:" + Path.of(System.getProperty("user.home"), ".bsa", "bsa.db");
  }

  JdbcStatementStore open() {
    return JdbcStatementStore.open(url());
  }
}
