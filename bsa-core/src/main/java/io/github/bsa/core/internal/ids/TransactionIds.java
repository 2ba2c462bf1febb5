package io.github.bsa.core.internal.ids;

import io.github.bsa.core.internal.ModelAccess;
import io.github.bsa.core.model.Transaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** Slots of all date tables together: 12 MB. */
  static final int DEFAULT_BUDGET_SLOTS = 1 << 20;

  // cloned, not looked up: no provider search per statement or parse (ADR 0290)
  private static final MessageDigest SHA256_PROTOTYPE = sha256();

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(TransactionIds::newSha256);

  // the buffers of the ids computed on first read, one set per reading thread
  private static final ThreadLocal<IdSource> READ_SOURCE = ThreadLocal.withInitial(IdSource::new);

  private final String accountKey;
  private final int budgetSlots;
  // per date, least recently used first; 64-bit digests of what was seen, not the strings
  private final LinkedHashMap<Object, Day> days = new LinkedHashMap<>(16, 0.75f, true);
  // dates whose table was dropped -> the epoch they continue in
  private final Map<Object, Integer> retired = new HashMap<>();
  private long slots;
  private @Nullable Day current;
  // the rule of epoch 0, shared by the transactions of every date in it
  private final Rule firstEpoch;

  // the table keys are written into a reused buffer, never into intermediate strings
  private final IdSource source = new IdSource();
  private char[] amountChars = new char[32];
  private int amountLength;
  // the FNV-1a state after "account \0 date \0", the common start of every fingerprint of a date
  private @Nullable Object prefixDate;
  private long prefixDigest;

  /** The counters of one date in one epoch. */
  private static final class Day {
    // the LocalDate, or NO_DATE
    final Object date;
    final int epoch;
    final Rule rule;
    final LongCounter seenReferences = new LongCounter();
    final LongCounter occurrences = new LongCounter();

    Day(Object date, int epoch, Rule rule) {
      this.date = date;
      this.epoch = epoch;
      this.rule = rule;
    }

    int slots() {
      return seenReferences.slots() + occurrences.slots();
    }
  }

  /**
   * What a transaction needs to compute its id when it is first read (ADR 0340): the account and
   * the epoch; the occurrence number is kept by the transaction, the rest are its own fields.
   * Immutable and thread-safe: each reading thread writes the source into its own buffers.
   */
  private static final class Rule implements ModelAccess.IdRule {
    private final String accountKey;
    private final int epoch;

    Rule(String accountKey, int epoch) {
      this.accountKey = accountKey;
      this.epoch = epoch;
    }

    @Override
    public String id(Transaction t, int occurrence) {
      IdSource s = READ_SOURCE.get();
      String dateText = s.dateText(ModelAccess.date(t));
      s.length = 0;
      if (occurrence == 0) {
        s.append('R');
        s.append('\u0000');
        s.append(accountKey);
        s.append('\u0000');
        s.append(t.reference().orElseThrow());
        s.append('\u0000');
        s.append(dateText);
        s.append('\u0000');
        s.appendAmount(t.amount());
      } else {
        s.append('F');
        s.append('\u0000');
        s.append(accountKey);
        s.append('\u0000');
        s.append(dateText);
        s.append('\u0000');
        s.appendAmount(t.amount());
        s.append('\u0000');
        s.appendLowerCase(t.description());
        s.append('\u0000');
        s.appendNumber(occurrence);
      }
      if (epoch > 0) {
        s.append('\u0000');
        s.append('#');
        s.appendNumber(epoch);
      }
      return s.hashId();
    }
  }

  /** The table key of transactions without a date. */
  private static final Object NO_DATE = new Object();

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
    this.firstEpoch = new Rule(accountKey, 0);
  }

  /**
   * Returns the transaction with its id set, unless it already has one.
   *
   * <p>The id source is {@code "R\0" + account + "\0" + reference + "\0" + date + "\0" + amount}
   * for a reference seen for the first time with its date and amount, otherwise {@code "F\0" +
   * account + "\0" + date + "\0" + amount + "\0" + lower-cased text + "\0" + occurrence}, followed
   * by {@code "\0#" + epoch} in an epoch above 0; the date is ISO ({@link LocalDate#toString()},
   * empty when there is none) and the amount the plain form without trailing zeros. It is written
   * char by char into reused buffers and hashed from there, which gives the same bytes as building
   * the strings (ADR 0210). The occurrences are counted here, in source order; the SHA-256 of the
   * source is computed when the id is first read, from the transaction's own fields, the occurrence
   * number and the epoch kept with it (ADR 0340): the same id, paid for only when it is used.
   *
   * @param t the next transaction of the statement, in source order
   * @return the transaction with an id
   */
  public Transaction assign(Transaction t) {
    if (ModelAccess.hasId(t)) {
      return t;
    }
    String reference = t.reference().orElse(null);
    LocalDate date = ModelAccess.date(t);
    Object dateKey = date == null ? NO_DATE : date;
    Day day = day(dateKey);
    IdSource s = source;
    String dateText = s.dateText(date);
    // the amount's text is written once, then copied into each key
    s.length = 0;
    s.appendAmount(t.amount());
    if (amountChars.length < s.length) {
      amountChars = new char[s.length];
    }
    System.arraycopy(s.chars, 0, amountChars, 0, s.length);
    amountLength = s.length;
    boolean byReference = false;
    if (reference != null && !reference.equalsIgnoreCase("NONREF")) {
      s.length = 0;
      s.append(reference);
      s.append('\u0000');
      s.append(dateText);
      s.append('\u0000');
      s.append(amountChars, amountLength);
      byReference = count(day, true, s.digest64(IdSource.FNV_BASIS, 0, s.length)) == 1;
    }
    int occurrence = 0;
    if (!byReference) {
      // the fingerprint account \0 date \0 amount \0 text: its start is digested once a date
      if (!dateKey.equals(prefixDate)) {
        long h = IdSource.digest64(IdSource.FNV_BASIS, accountKey);
        h = IdSource.digest64(h, '\u0000');
        h = IdSource.digest64(h, dateText);
        prefixDigest = IdSource.digest64(h, '\u0000');
        prefixDate = dateKey;
      }
      s.length = 0;
      s.append(amountChars, amountLength);
      s.append('\u0000');
      s.appendLowerCase(t.description());
      occurrence = count(day(dateKey), false, s.digest64(prefixDigest, 0, s.length));
    }
    return ModelAccess.withIdRule(t, day(dateKey).rule, occurrence);
  }

  /** For tests: the slots of all date tables together. */
  long slotsInUse() {
    return slots;
  }

  /** Returns the table of a date, the current one when the date has not changed. */
  private Day day(Object date) {
    Day d = current;
    if (d != null && d.date.equals(date)) {
      return d;
    }
    d = days.get(date);
    if (d == null) {
      int epoch = retired.getOrDefault(date, 0);
      d = new Day(date, epoch, epoch == 0 ? firstEpoch : new Rule(accountKey, epoch));
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

  /**
   * Returns a new SHA-256 digest, a clone of one looked up once: {@code MessageDigest.getInstance}
   * searches the security providers on every call.
   *
   * @return a digest in its initial state, for one thread at a time
   */
  public static MessageDigest newSha256() {
    try {
      return (MessageDigest) SHA256_PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return sha256();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
