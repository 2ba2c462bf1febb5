package io.github.bsa.jdbc;

import io.github.bsa.storage.StatementStore;

/**
 * The compatibility kit on PostgreSQL over a host's data source, so every save writes through the
 * {@code COPY} staging table (ADR 0300); {@link JdbcPostgresStoreCompatibilityTest} covers the
 * {@code unnest} path of {@code open(url)} (and, as here, the failing store over a wrapped data
 * source). Skipped if {@code BSA_TEST_PG_URL} is unset.
 */
final class JdbcPostgresCopyStoreCompatibilityTest extends JdbcPostgresStoreCompatibilityTest {
  @Override
  protected StatementStore newStore() {
    return JdbcStatementStore.builder(
            TestDatabases.hostDataSource(TestDatabases.dataSource(TestDatabases.postgresUrl())))
        .dialect(Dialect.POSTGRESQL)
        .build();
  }
}
