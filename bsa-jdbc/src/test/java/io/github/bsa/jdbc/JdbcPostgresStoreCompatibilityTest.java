package io.github.bsa.jdbc;

import io.github.bsa.storage.StatementStore;
import io.github.bsa.storage.tck.StatementStoreCompatibilityKit;

/**
 * The compatibility kit on the PostgreSQL server of {@code BSA_TEST_PG_URL} (skipped if unset),
 * over {@code open(url)}; {@link JdbcPostgresCopyStoreCompatibilityTest} runs it over a host's data
 * source.
 */
class JdbcPostgresStoreCompatibilityTest extends StatementStoreCompatibilityKit {
  @Override
  protected StatementStore newStore() {
    return JdbcStatementStore.open(TestDatabases.postgresUrl());
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
