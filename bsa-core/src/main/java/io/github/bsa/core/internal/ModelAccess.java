package io.github.bsa.core.internal;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Core's own access to what the model keeps private, for the hot path of every parse: a copy of a
 * {@link Transaction} with its id set, without a builder (ADR 0210), or with the rule that computes
 * its id when it is first read (ADR 0340), and its nullable fields read without an {@code Optional}
 * each (ADR 0290). {@link Transaction} installs it when its class is initialised, which has
 * happened before anyone holds a transaction. Thread-safe; not exported.
 */
public final class ModelAccess {
  /**
   * Computes the id of a transaction when it is first read (ADR 0340). Implementations are
   * immutable and thread-safe, and give the same id for the same transaction and occurrence every
   * time.
   */
  public interface IdRule {
    /**
     * Returns the id of a transaction.
     *
     * @param t the transaction, whose fields are part of the id source
     * @param occurrence 0 for an id by reference, otherwise the occurrence number among identical
     *     transactions
     * @return the id
     */
    String id(Transaction t, int occurrence);
  }

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
     * Returns the transaction with an id computed when it is first read, every other field shared.
     *
     * @param t the transaction
     * @param rule computes the id
     * @param occurrence the occurrence number for the rule
     * @return the copy
     */
    Transaction withIdRule(Transaction t, IdRule rule, int occurrence);

    /**
     * Returns whether the transaction has an id, set or to be computed, without computing it.
     *
     * @param t the transaction
     * @return whether it has an id
     */
    boolean hasId(Transaction t);

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

    /**
     * Returns the id, computed by its rule on first read.
     *
     * @param t the transaction
     * @return the id, or {@code null}
     */
    @Nullable String id(Transaction t);

    /**
     * Returns the counterparty.
     *
     * @param t the transaction
     * @return the counterparty, or {@code null}
     */
    @Nullable String counterparty(Transaction t);

    /**
     * Returns the bank's type code.
     *
     * @param t the transaction
     * @return the type code, or {@code null}
     */
    @Nullable String typeCode(Transaction t);
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
   * Returns the transaction with an id computed when it is first read, every other field shared.
   *
   * @param t the transaction
   * @param rule computes the id
   * @param occurrence the occurrence number for the rule
   * @return the copy
   */
  public static Transaction withIdRule(Transaction t, IdRule rule, int occurrence) {
    TransactionAccess a = access;
    return a != null
        ? a.withIdRule(t, rule, occurrence)
        : t.toBuilder().id(rule.id(t, occurrence)).build();
  }

  /**
   * Returns {@code t.id().isPresent()} without computing an id not yet read.
   *
   * @param t the transaction
   * @return whether it has an id
   */
  public static boolean hasId(Transaction t) {
    TransactionAccess a = access;
    return a != null ? a.hasId(t) : t.id().isPresent();
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

  /**
   * Returns {@code t.id().orElse(null)} without the {@code Optional}.
   *
   * @param t the transaction
   * @return the id, or {@code null}
   */
  public static @Nullable String id(Transaction t) {
    TransactionAccess a = access;
    return a != null ? a.id(t) : t.id().orElse(null);
  }

  /**
   * Returns {@code t.counterparty().orElse(null)} without the {@code Optional}.
   *
   * @param t the transaction
   * @return the counterparty, or {@code null}
   */
  public static @Nullable String counterparty(Transaction t) {
    TransactionAccess a = access;
    return a != null ? a.counterparty(t) : t.counterparty().orElse(null);
  }

  /**
   * Returns {@code t.typeCode().orElse(null)} without the {@code Optional}.
   *
   * @param t the transaction
   * @return the type code, or {@code null}
   */
  public static @Nullable String typeCode(Transaction t) {
    TransactionAccess a = access;
    return a != null ? a.typeCode(t) : t.typeCode().orElse(null);
  }
}
