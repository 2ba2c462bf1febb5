package io.github.bsa.jdbc;

import io.github.bsa.storage.StatementStore;
import io.github.bsa.storage.tck.StatementStoreCompatibilityKit;

/**
 * The compatibility kit on PostgreSQL over a host's data source, so every save writes through the
 * {@code COPY} staging table (ADR 0300); {@link JdbcPostgresStoreCompatibilityTest} covers the
 * {@code unnest} path of {@code open(url)}. Skipped if {@code BSA_TEST_PG_URL} is unset.
 */
final class JdbcPostgresCopyStoreCompatibilityTest extends StatementStoreCompatibilityKit {
  @Override
  protected StatementStore newStore() {
    return JdbcStatementStore.builder(
            TestDatabases.hostDataSource(TestDatabases.dataSource(TestDatabases.postgresUrl())))
        .dialect(Dialect.POSTGRESQL)
        .build();
  }

  @Override
  protected StatementStore newStoreFailingAfter(int writes) {
    return JdbcStatementStore.builder(
            TestDatabases.failingAfter(
                TestDatabases.dataSource(TestDatabases.postgresUrl()), writes))
        .dialect(Dialect.POSTGRESQL)
        .migrate(false)
        .build();
  }
}
