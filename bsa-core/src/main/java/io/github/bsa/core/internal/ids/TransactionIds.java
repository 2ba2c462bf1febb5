package io.github.bsa.core.internal.ids;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one transaction-id rule of bsa, used by the parse facade (while parsing), by the analysis
 * (for statements built by hand) and by every statement store ({@code ImportPlan}, for results
 * built by hand). Re-importing never duplicates a transaction because all three use this class.
 *
 * <p>A transaction with a bank reference that is unique within its statement (together with its
 * date and amount) gets an id derived from the account and that reference, so the same transaction
 * in two overlapping downloads gets the same id. Otherwise the id comes from a fingerprint of
 * account, date, amount and lower-cased text plus its occurrence number among identical
 * transactions of the statement. A transaction that already has an id keeps it. The id is the first
 * 12 bytes of a SHA-256 of that source, in lower-case hex (24 characters).
 *
 * <p>Memory is bounded (ADR 0140): every key counted includes the date, so the counts are kept per
 * date, and the tables of the least recently used dates are dropped when all tables together would
 * exceed {@value #DEFAULT_BUDGET_SLOTS} slots (12 bytes each). The ids are the same as with one
 * table for the whole statement unless a dropped date comes back later in the statement or a single
 * date needs more than the budget (over 2^19 distinct transactions on one date): from then on that
 * date's transactions are counted afresh in a new <em>epoch</em> whose number is part of their id
 * source, so they can never collide with the ids given before.
 *
 * <p>Not thread-safe; one instance per statement. Exported only to {@code io.github.bsa.storage}
 * (ADR 0010).
 */
public final class TransactionIds {
  private static final HexFormat HEX = HexFormat.of();
  private static final int ID_BYTES = 12;

  /** Slots of all date tables together: 12 MB. */
  static final int DEFAULT_BUDGET_SLOTS = 1 << 20;

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(TransactionIds::sha256);

  private final String accountKey;
  private final int budgetSlots;
  // per date, least recently used first; 64-bit digests of what was seen, not the strings
  private final LinkedHashMap<String, Day> days = new LinkedHashMap<>(16, 0.75f, true);
  // dates whose table was dropped -> the epoch they continue in
  private final Map<String, Integer> retired = new HashMap<>();
  private long slots;
  private @Nullable Day current;
  private final MessageDigest sha256;

  /** The counters of one date in one epoch. */
  private static final class Day {
    final String date;
    final int epoch;
    final LongCounter seenReferences = new LongCounter();
    final LongCounter occurrences = new LongCounter();

    Day(String date, int epoch) {
      this.date = date;
      this.epoch = epoch;
    }

    int slots() {
      return seenReferences.slots() + occurrences.slots();
    }
  }

  /**
   * Starts assigning ids for one statement of one account.
   *
   * @param accountKey the account key (IBAN or number), may be empty
   */
  public TransactionIds(String accountKey) {
    this(accountKey, DEFAULT_BUDGET_SLOTS);
  }

  /** For tests: a smaller budget of table slots. */
  TransactionIds(String accountKey, int budgetSlots) {
    this.accountKey = accountKey;
    this.budgetSlots = budgetSlots;
    this.sha256 = sha256();
  }

  /**
   * Returns the transaction with its id set, unless it already has one.
   *
   * @param t the next transaction of the statement, in source order
   * @return the transaction with an id
   */
  public Transaction assign(Transaction t) {
    if (t.id().isPresent()) {
      return t;
    }
    String reference = t.reference().orElse(null);
    String date = t.date().map(Object::toString).orElse("");
    String amount = normalize(t.amount());
    Day day = day(date);
    String source;
    if (reference != null
        && !reference.equalsIgnoreCase("NONREF")
        && count(day, true, digest64(reference + '\u0000' + date + '\u0000' + amount)) == 1) {
      source = "R\u0000" + accountKey + '\u0000' + reference + '\u0000' + date + '\u0000' + amount;
    } else {
      String fingerprint =
          accountKey
              + '\u0000'
              + date
              + '\u0000'
              + amount
              + '\u0000'
              + t.description().toLowerCase(Locale.ROOT);
      int n = count(day(date), false, digest64(fingerprint));
      source = "F\u0000" + fingerprint + '\u0000' + n;
    }
    Day counted = day(date);
    if (counted.epoch > 0) {
      source = source + "\u0000#" + counted.epoch;
    }
    byte[] digest = sha256.digest(source.getBytes(StandardCharsets.UTF_8));
    return t.toBuilder().id(HEX.formatHex(digest, 0, ID_BYTES)).build();
  }

  /** For tests: the slots of all date tables together. */
  long slotsInUse() {
    return slots;
  }

  /** Returns the table of a date, the current one when the date has not changed. */
  private Day day(String date) {
    Day d = current;
    if (d != null && d.date.equals(date)) {
      return d;
    }
    d = days.get(date);
    if (d == null) {
      d = new Day(date, retired.getOrDefault(date, 0));
      days.put(date, d);
      slots += d.slots();
      if (slots > budgetSlots) {
        makeRoom(d, 0);
      }
    }
    current = d;
    return d;
  }

  /** Counts a key of the current date, making room within the budget first. */
  private int count(Day day, boolean reference, long key) {
    Day d = day;
    int growth = (reference ? d.seenReferences : d.occurrences).growthFor(key);
    if (growth > 0 && slots + growth > budgetSlots) {
      d = makeRoom(d, growth);
    }
    LongCounter counter = reference ? d.seenReferences : d.occurrences;
    slots -= counter.slots();
    int n = counter.increment(key);
    slots += counter.slots();
    return n;
  }

  /**
   * Drops the tables of the least recently used other dates until {@code growth} more slots fit;
   * when the current date alone is too large, it continues in a new epoch with empty tables.
   */
  private Day makeRoom(Day day, int growth) {
    for (Iterator<Day> it = days.values().iterator();
        it.hasNext() && slots + growth > budgetSlots; ) {
      Day old = it.next();
      if (old != day) {
        it.remove();
        retire(old);
      }
    }
    if (slots + growth <= budgetSlots) {
      return day;
    }
    days.remove(day.date);
    retire(day);
    current = null;
    return day(day.date);
  }

  private void retire(Day old) {
    slots -= old.slots();
    retired.put(old.date, old.epoch + 1);
  }

  /**
   * Assigns ids to the transactions of one statement.
   *
   * @param accountKey the account key
   * @param transactions the transactions in source order
   * @return the transactions with ids
   */
  public static List<Transaction> assignAll(String accountKey, List<Transaction> transactions) {
    TransactionIds ids = new TransactionIds(accountKey);
    return transactions.stream().map(ids::assign).toList();
  }

  /**
   * Returns the lower-case hex form of the first bytes of a SHA-256, the one hash-to-id routine of
   * bsa (statement ids, source hashes).
   *
   * @param source the text to hash
   * @param bytes how many leading digest bytes to keep (1 to 32)
   * @return the hex, twice {@code bytes} characters long
   */
  public static String sha256Hex(String source, int bytes) {
    MessageDigest md = SHA256.get();
    return HEX.formatHex(md.digest(source.getBytes(StandardCharsets.UTF_8)), 0, bytes);
  }

  /**
   * Returns the lower-case hex form of bytes.
   *
   * @param bytes the bytes
   * @return the hex
   */
  public static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /** A 64-bit FNV-1a digest; collisions only merge occurrence counts, with odds near 2^-64. */
  private static long digest64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static String normalize(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
