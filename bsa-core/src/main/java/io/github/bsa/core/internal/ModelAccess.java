package io.github.bsa.core.internal;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Core's own access to what the model keeps private, for the hot path of every parse: a copy of a
 * {@link Transaction} with its id set, without a builder (ADR 0210), and its nullable fields read
 * without an {@code Optional} each (ADR 0290). {@link Transaction} installs it when its class is
 * initialised, which has happened before anyone holds a transaction. Thread-safe; not exported.
 */
public final class ModelAccess {
  /** What {@link Transaction} gives core without going through its public API. */
  public interface TransactionAccess {
    /**
     * Returns the transaction with the id set, every other field shared.
     *
     * @param t the transaction
     * @param id the id
     * @return the copy
     */
    Transaction withId(Transaction t, String id);

    /**
     * Returns the balance after the transaction.
     *
     * @param t the transaction
     * @return the balance, or {@code null}
     */
    @Nullable BigDecimal balance(Transaction t);

    /**
     * Returns the booking date, else the value date.
     *
     * @param t the transaction
     * @return the date, or {@code null}
     */
    @Nullable LocalDate date(Transaction t);
  }

  private static volatile @Nullable TransactionAccess access;

  private ModelAccess() {}

  /**
   * Installs the access; called once by {@link Transaction}.
   *
   * @param installed the access
   */
  public static void install(TransactionAccess installed) {
    if (access == null) {
      access = installed;
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
    TransactionAccess a = access;
    return a != null ? a.withId(t, id) : t.toBuilder().id(id).build();
  }

  /**
   * Returns {@code t.balance().orElse(null)} without the {@code Optional}.
   *
   * @param t the transaction
   * @return the balance, or {@code null}
   */
  public static @Nullable BigDecimal balance(Transaction t) {
    TransactionAccess a = access;
    return a != null ? a.balance(t) : t.balance().orElse(null);
  }

  /**
   * Returns {@code t.date().orElse(null)} without the {@code Optional}.
   *
   * @param t the transaction
   * @return the date, or {@code null}
   */
  public static @Nullable LocalDate date(Transaction t) {
    TransactionAccess a = access;
    return a != null ? a.date(t) : t.date().orElse(null);
  }
}
