package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.internal.ModelAccess;
import io.github.bsa.core.internal.text.Whitespace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One booked movement of money on an account. The amount is signed: negative means money left the
 * account (a debit), positive means it came in. Immutable and thread-safe; {@link #toString()}
 * leaves out amounts, names and text so it is safe to log. The id bsa assigns while parsing is
 * computed from the other fields when {@link #id()} is first read (ADR 0340) and then kept: the
 * inputs are final fields and the id an immutable string, so concurrent first reads compute the
 * same value and may each store it, and every thread sees a complete id.
 *
 * <pre>{@code
 * Transaction t = Transaction.builder()
 *     .bookingDate(LocalDate.of(2026, 1, 3))
 *     .amount(new BigDecimal("-12.50"))
 *     .description("Coffee")
 *     .build();
 * }</pre>
 *
 * <p>Slightly over 500 lines on purpose: an immutable value of about twenty documented fields with
 * its documented builder, which belong together; it holds no logic beyond validation.
 *
 * @since 0.1
 */
public final class Transaction {
  // set, or computed by idRule on first read (racy single-check: idRule and its inputs are final,
  // the id is an immutable String, every computation gives the same one)
  private @Nullable String id;
  private final ModelAccess.@Nullable IdRule idRule;
  private final int idOccurrence;
  private final @Nullable LocalDate bookingDate;
  private final @Nullable LocalDate valueDate;
  private final BigDecimal amount;
  private final @Nullable Currency currency;
  private final String description;
  private final @Nullable String counterparty;
  private final @Nullable String counterpartyAccount;
  private final @Nullable String reference;
  private final @Nullable String endToEndId;
  private final @Nullable String typeCode;
  private final @Nullable String category;
  private final @Nullable BigDecimal balance;
  private final SourcePosition position;
  private final boolean pending;
  private final Attributes attributes;

  static {
    ModelAccess.install(new Access());
  }

  /** Core's access to the fields, installed in {@link ModelAccess} (ADR 0210, 0290). */
  private static final class Access implements ModelAccess.TransactionAccess {
    @Override
    public Transaction withId(Transaction t, String id) {
      return new Transaction(t, id, null, 0);
    }

    @Override
    public Transaction withIdRule(Transaction t, ModelAccess.IdRule rule, int occurrence) {
      return new Transaction(t, null, rule, occurrence);
    }

    @Override
    public boolean hasId(Transaction t) {
      return t.id != null || t.idRule != null;
    }

    @Override
    public @Nullable BigDecimal balance(Transaction t) {
      return t.balance;
    }

    @Override
    public @Nullable LocalDate date(Transaction t) {
      return t.bookingDate != null ? t.bookingDate : t.valueDate;
    }

    @Override
    public @Nullable String id(Transaction t) {
      return t.idOrNull();
    }

    @Override
    public @Nullable String counterparty(Transaction t) {
      return t.counterparty;
    }

    @Override
    public @Nullable String typeCode(Transaction t) {
      return t.typeCode;
    }
  }

  private Transaction(Builder b) {
    this.id = b.id;
    this.idRule = null;
    this.idOccurrence = 0;
    this.bookingDate = b.bookingDate;
    this.valueDate = b.valueDate;
    this.amount = requireNonNull(b.amount, "amount is required");
    this.currency = b.currency;
    this.description = b.description;
    this.counterparty = b.counterparty;
    this.counterpartyAccount = b.counterpartyAccount;
    this.reference = b.reference;
    this.endToEndId = b.endToEndId;
    this.typeCode = b.typeCode;
    this.category = b.category;
    this.balance = b.balance;
    this.position = b.position;
    this.pending = b.pending;
    this.attributes = b.attributes();
  }

  /**
   * A copy with another id, or with the rule that computes it on first read: every field shared,
   * the id rule's copy (ADR 0210, 0340).
   */
  private Transaction(
      Transaction t, @Nullable String id, ModelAccess.@Nullable IdRule idRule, int idOccurrence) {
    this.id = id;
    this.idRule = idRule;
    this.idOccurrence = idOccurrence;
    this.bookingDate = t.bookingDate;
    this.valueDate = t.valueDate;
    this.amount = t.amount;
    this.currency = t.currency;
    this.description = t.description;
    this.counterparty = t.counterparty;
    this.counterpartyAccount = t.counterpartyAccount;
    this.reference = t.reference;
    this.endToEndId = t.endToEndId;
    this.typeCode = t.typeCode;
    this.category = t.category;
    this.balance = t.balance;
    this.position = t.position;
    this.pending = t.pending;
    this.attributes = t.attributes;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this transaction.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = idOrNull();
    b.bookingDate = bookingDate;
    b.valueDate = valueDate;
    b.amount = amount;
    b.currency = currency;
    b.description = description;
    b.counterparty = counterparty;
    b.counterpartyAccount = counterpartyAccount;
    b.reference = reference;
    b.endToEndId = endToEndId;
    b.typeCode = typeCode;
    b.category = category;
    b.balance = balance;
    b.position = position;
    b.pending = pending;
    b.share(attributes);
    return b;
  }

  /**
   * Returns the stable id that bsa assigns: from the bank's reference where one exists, otherwise
   * from a fingerprint of account, date, amount, text and occurrence. Empty only on transactions
   * built by hand that have not passed through {@code StatementAnalyzer}.
   *
   * @return the id
   */
  public Optional<String> id() {
    return Optional.ofNullable(idOrNull());
  }

  /** The id, computed and kept on first read when a rule gives it (ADR 0340). */
  private @Nullable String idOrNull() {
    String i = id;
    if (i == null) {
      ModelAccess.IdRule rule = idRule;
      if (rule != null) {
        i = rule.id(this, idOccurrence);
        id = i;
      }
    }
    return i;
  }

  /**
   * Returns the booking (entry, posting) date.
   *
   * @return the booking date
   */
  public Optional<LocalDate> bookingDate() {
    return Optional.ofNullable(bookingDate);
  }

  /**
   * Returns the value date.
   *
   * @return the value date
   */
  public Optional<LocalDate> valueDate() {
    return Optional.ofNullable(valueDate);
  }

  /**
   * Returns the booking date, else the value date; empty only for the rare source without either.
   *
   * @return the date
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(bookingDate != null ? bookingDate : valueDate);
  }

  /**
   * Returns the signed amount: negative is money out.
   *
   * @return the amount
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency of the amount.
   *
   * @return the currency
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the amount with its currency, when the currency is known.
   *
   * @return the money
   */
  public Optional<Money> money() {
    return currency == null ? Optional.empty() : Optional.of(new Money(amount, currency));
  }

  /**
   * Returns the main free text, whitespace-folded; empty when the source has none.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the name of the other party (payee or payer).
   *
   * @return the counterparty name
   */
  public Optional<String> counterparty() {
    return Optional.ofNullable(counterparty);
  }

  /**
   * Returns the other party's account (IBAN or number) as written.
   *
   * @return the counterparty account
   */
  public Optional<String> counterpartyAccount() {
    return Optional.ofNullable(counterpartyAccount);
  }

  /**
   * Returns the bank's reference of the transaction (MT940 bank reference, OFX FITID, CAMT
   * AcctSvcrRef, QIF check number).
   *
   * @return the reference
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns the SEPA end-to-end id.
   *
   * @return the end-to-end id
   */
  public Optional<String> endToEndId() {
    return Optional.ofNullable(endToEndId);
  }

  /**
   * Returns the source's transaction type code (OFX TRNTYPE, MT940 type code, CAMT bank transaction
   * code).
   *
   * @return the type code
   */
  public Optional<String> typeCode() {
    return Optional.ofNullable(typeCode);
  }

  /**
   * Returns the category the source assigned, such as a CSV category column or QIF {@code L}.
   *
   * @return the source category
   */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Returns the running balance printed after this transaction.
   *
   * @return the balance
   */
  public Optional<BigDecimal> balance() {
    return Optional.ofNullable(balance);
  }

  /**
   * Returns where the transaction is in the source (line, record, page and bounding box).
   *
   * @return the position
   */
  public SourcePosition position() {
    return position;
  }

  /**
   * Returns further format-specific fields, keys prefixed with the format id (for example {@code
   * "mt940.fundsCode"}), sorted by key.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Returns whether the transaction is pending: reported by an interim report ({@link
   * StatementKind#INTERIM}) or marked by its source as not yet final; a later statement may report
   * it again as booked.
   *
   * @return whether it is pending
   * @since 0.2
   */
  public boolean isPending() {
    return pending;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Transaction t)) {
      return false;
    }
    return Objects.equals(idOrNull(), t.idOrNull())
        && Objects.equals(bookingDate, t.bookingDate)
        && Objects.equals(valueDate, t.valueDate)
        && amount.compareTo(t.amount) == 0
        && Objects.equals(currency, t.currency)
        && description.equals(t.description)
        && Objects.equals(counterparty, t.counterparty)
        && Objects.equals(counterpartyAccount, t.counterpartyAccount)
        && Objects.equals(reference, t.reference)
        && Objects.equals(endToEndId, t.endToEndId)
        && Objects.equals(typeCode, t.typeCode)
        && Objects.equals(category, t.category)
        && (balance == null
            ? t.balance == null
            : t.balance != null && balance.compareTo(t.balance) == 0)
        && position.equals(t.position)
        && pending == t.pending
        && attributes.equals(t.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        idOrNull(), bookingDate, valueDate, amount.stripTrailingZeros(), description);
  }

  /** Returns a redacted description (dates and position only) that is safe to log. */
  @Override
  public String toString() {
    return "Transaction[id=" + idOrNull() + ", date=" + date().orElse(null) + ", " + position + "]";
  }

  /** Builds a {@link Transaction}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable LocalDate bookingDate;
    private @Nullable LocalDate valueDate;
    private @Nullable BigDecimal amount;
    private @Nullable Currency currency;
    private String description = "";
    private @Nullable String counterparty;
    private @Nullable String counterpartyAccount;
    private @Nullable String reference;
    private @Nullable String endToEndId;
    private @Nullable String typeCode;
    private @Nullable String category;
    private @Nullable BigDecimal balance;
    private SourcePosition position = SourcePosition.UNKNOWN;
    private boolean pending;
    // the attributes sorted by key in the first attributeCount slots; shared with a built
    // Attributes (and then copied before a change) while attributesShared is set
    private String[] attributeKeys = Attributes.EMPTY.keyArray();
    private String[] attributeValues = Attributes.EMPTY.valueArray();
    private int attributeCount;
    private @Nullable Attributes sharedAttributes = Attributes.EMPTY;

    private Builder() {}

    /**
     * Sets the id. Normally left to bsa.
     *
     * @param value the id, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(@Nullable String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets the booking date.
     *
     * @param value the date, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder bookingDate(@Nullable LocalDate value) {
      this.bookingDate = value;
      return this;
    }

    /**
     * Sets the value date.
     *
     * @param value the date, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder valueDate(@Nullable LocalDate value) {
      this.valueDate = value;
      return this;
    }

    /**
     * Sets the signed amount (negative is money out). Required.
     *
     * @param value the amount
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder amount(BigDecimal value) {
      this.amount = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param value the currency, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder currency(@Nullable Currency value) {
      this.currency = value;
      return this;
    }

    /**
     * Sets the free text; runs of whitespace are folded to one space and the ends trimmed.
     *
     * @param value the text, or {@code null} for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder description(@Nullable String value) {
      this.description = value == null ? "" : Whitespace.fold(value);
      return this;
    }

    /**
     * Sets the other party's name.
     *
     * @param value the name, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder counterparty(@Nullable String value) {
      this.counterparty = Account.blankToNull(value == null ? null : Whitespace.fold(value));
      return this;
    }

    /**
     * Sets the other party's account.
     *
     * @param value the IBAN or number, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder counterpartyAccount(@Nullable String value) {
      this.counterpartyAccount = Account.blankToNull(value);
      return this;
    }

    /**
     * Sets the bank's reference.
     *
     * @param value the reference, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder reference(@Nullable String value) {
      this.reference = Account.blankToNull(value);
      return this;
    }

    /**
     * Sets the SEPA end-to-end id.
     *
     * @param value the id, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder endToEndId(@Nullable String value) {
      this.endToEndId = Account.blankToNull(value);
      return this;
    }

    /**
     * Sets the source's type code.
     *
     * @param value the code, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder typeCode(@Nullable String value) {
      this.typeCode = Account.blankToNull(value);
      return this;
    }

    /**
     * Sets the source's category.
     *
     * @param value the category, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder category(@Nullable String value) {
      this.category = Account.blankToNull(value);
      return this;
    }

    /**
     * Sets the running balance after this transaction.
     *
     * @param value the balance, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder balance(@Nullable BigDecimal value) {
      this.balance = value;
      return this;
    }

    /**
     * Sets the position in the source.
     *
     * @param value the position
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder position(SourcePosition value) {
      this.position = requireNonNull(value, "value");
      return this;
    }

    /**
     * Marks the transaction as pending (not yet final); {@code false} by default.
     *
     * @param value whether it is pending
     * @return this builder
     * @since 0.2
     */
    @CanIgnoreReturnValue
    public Builder pending(boolean value) {
      this.pending = value;
      return this;
    }

    /**
     * Sets a format-specific attribute; a {@code null} value removes it.
     *
     * @param key the key, prefixed with the format id
     * @param value the value, or {@code null}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder attribute(String key, @Nullable String value) {
      requireNonNull(key, "key");
      int i = Attributes.find(attributeKeys, attributeCount, key);
      if (value == null) {
        if (i >= 0) {
          unshare(attributeCount);
          int tail = attributeCount - i - 1;
          System.arraycopy(attributeKeys, i + 1, attributeKeys, i, tail);
          System.arraycopy(attributeValues, i + 1, attributeValues, i, tail);
          attributeCount--;
          attributeKeys[attributeCount] = null;
          attributeValues[attributeCount] = null;
        }
      } else if (i >= 0) {
        unshare(attributeCount);
        attributeValues[i] = value;
      } else {
        int at = -i - 1;
        unshare(attributeCount + 1);
        int tail = attributeCount - at;
        System.arraycopy(attributeKeys, at, attributeKeys, at + 1, tail);
        System.arraycopy(attributeValues, at, attributeValues, at + 1, tail);
        attributeKeys[at] = key;
        attributeValues[at] = value;
        attributeCount++;
      }
      return this;
    }

    /** Starts from a built transaction's attributes without copying them. */
    void share(Attributes from) {
      attributeKeys = from.keyArray();
      attributeValues = from.valueArray();
      attributeCount = from.size();
      sharedAttributes = from;
    }

    /** Makes the arrays this builder's own, with room for {@code capacity} entries. */
    @SuppressWarnings("NullAway") // the slots past attributeCount are null
    private void unshare(int capacity) {
      if (sharedAttributes != null || attributeKeys.length < capacity) {
        int length = Math.max(capacity, Math.max(4, attributeCount * 2));
        attributeKeys = Arrays.copyOf(attributeKeys, length);
        attributeValues = Arrays.copyOf(attributeValues, length);
        sharedAttributes = null;
      }
    }

    /** The attributes for a new transaction, shared with this builder until it changes them. */
    private Attributes attributes() {
      Attributes a = sharedAttributes;
      if (a == null) {
        a =
            attributeCount == 0
                ? Attributes.EMPTY
                : new Attributes(attributeKeys, attributeValues, attributeCount);
        share(a);
      }
      return a;
    }

    /**
     * Builds the transaction.
     *
     * @return the transaction
     * @throws NullPointerException if no amount was set
     */
    public Transaction build() {
      return new Transaction(this);
    }
  }
}
