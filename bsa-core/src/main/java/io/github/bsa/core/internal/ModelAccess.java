package io.github.bsa.core.internal;

import io.github.bsa.core.model.Transaction;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Core's own access to what the model keeps private: a copy of a {@link Transaction} with its id
 * set, without a builder, for the id rule on the hot path of every parse (ADR 0210). {@link
 * Transaction} installs it when its class is initialised, which has happened before anyone holds a
 * transaction to copy. Thread-safe; not exported.
 */
public final class ModelAccess {
  private static volatile @Nullable BiFunction<Transaction, String, Transaction> withId;

  private ModelAccess() {}

  /**
   * Installs the copy function; called once by {@link Transaction}.
   *
   * @param function the function
   */
  public static void installWithId(BiFunction<Transaction, String, Transaction> function) {
    if (withId == null) {
      withId = function;
    }
  }

  /**
   * Returns the transaction with the id set, every other field shared.
   *
   * @param t the transaction
   * @param id the id
   * @return the copy
   */
  public static Transaction withId(Transaction t, String id) {
    BiFunction<Transaction, String, Transaction> f = withId;
    return f != null ? f.apply(t, id) : t.toBuilder().id(id).build();
  }
}
