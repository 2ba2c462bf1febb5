package io.github.bsa.storage;

import io.github.bsa.storage.tck.StatementStoreCompatibilityKit;

final class InMemoryStatementStoreTest extends StatementStoreCompatibilityKit {
  @Override
  protected StatementStore newStore() {
    return new InMemoryStatementStore();
  }
}
