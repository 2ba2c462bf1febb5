package io.github.bsa.core.internal.ids;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.internal.ModelAccess;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
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

  // cloned, not looked up: no provider search per statement or parse (ADR 0290)
  private static final MessageDigest SHA256_PROTOTYPE = sha256();

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(TransactionIds::newSha256);

  private final String accountKey;
  private final int budgetSlots;
  // per date, least recently used first; 64-bit digests of what was seen, not the strings
  private final LinkedHashMap<Object, Day> days = new LinkedHashMap<>(16, 0.75f, true);
  // dates whose table was dropped -> the epoch they continue in
  private final Map<Object, Integer> retired = new HashMap<>();
  private long slots;
  private @Nullable Day current;
  private final MessageDigest sha256;

  // the id source is written into reused buffers, never into intermediate strings
  private char[] chars = new char[256];
  private int length;
  private byte[] utf8 = new byte[768];
  private final byte[] digest = new byte[32];
  private final byte[] hex = new byte[2 * ID_BYTES];
  private char[] amountChars = new char[32];
  private int amountLength;
  // the text of the last date seen: dates repeat from one transaction to the next
  private @Nullable LocalDate lastDate;
  private String lastDateText = "";

  /** The counters of one date in one epoch. */
  private static final class Day {
    // the LocalDate, or NO_DATE
    final Object date;
    final int epoch;
    final LongCounter seenReferences = new LongCounter();
    final LongCounter occurrences = new LongCounter();

    Day(Object date, int epoch) {
      this.date = date;
      this.epoch = epoch;
    }

    int slots() {
      return seenReferences.slots() + occurrences.slots();
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
    this.sha256 = newSha256();
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
   * the strings (ADR 0210).
   *
   * @param t the next transaction of the statement, in source order
   * @return the transaction with an id
   */
  public Transaction assign(Transaction t) {
    if (t.id().isPresent()) {
      return t;
    }
    String reference = t.reference().orElse(null);
    LocalDate date = ModelAccess.date(t);
    String dateText = dateText(date);
    Object dateKey = date == null ? NO_DATE : date;
    Day day = day(dateKey);
    // the amount's text is written once, then copied into each source
    length = 0;
    appendAmount(t.amount());
    if (amountChars.length < length) {
      amountChars = new char[length];
    }
    System.arraycopy(chars, 0, amountChars, 0, length);
    amountLength = length;
    boolean byReference = false;
    if (reference != null && !reference.equalsIgnoreCase("NONREF")) {
      length = 0;
      append(reference);
      append('\u0000');
      append(dateText);
      append('\u0000');
      appendAmount();
      byReference = count(day, true, digest64(0, length)) == 1;
    }
    length = 0;
    if (byReference) {
      append('R');
      append('\u0000');
      append(accountKey);
      append('\u0000');
      append(requireNonNull(reference));
      append('\u0000');
      append(dateText);
      append('\u0000');
      appendAmount();
    } else {
      append('F');
      append('\u0000');
      append(accountKey);
      append('\u0000');
      append(dateText);
      append('\u0000');
      appendAmount();
      append('\u0000');
      appendLowerCase(t.description());
      int n = count(day(dateKey), false, digest64(2, length));
      append('\u0000');
      appendNumber(n);
    }
    Day counted = day(dateKey);
    if (counted.epoch > 0) {
      append('\u0000');
      append('#');
      appendNumber(counted.epoch);
    }
    return ModelAccess.withId(t, hashId());
  }

  /** The first {@value #ID_BYTES} bytes of the SHA-256 of the UTF-8 of the buffer, in hex. */
  private String hashId() {
    int n = encodeUtf8();
    sha256.update(utf8, 0, n);
    try {
      sha256.digest(digest, 0, digest.length);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 gives 32 bytes", e);
    }
    for (int i = 0; i < ID_BYTES; i++) {
      hex[2 * i] = HEX_DIGITS[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX_DIGITS[digest[i] & 0xf];
    }
    return new String(hex, StandardCharsets.ISO_8859_1);
  }

  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /**
   * Encodes the buffer as {@link String#getBytes} with UTF-8 would: a surrogate without its pair
   * becomes {@code '?'}.
   */
  private int encodeUtf8() {
    if (utf8.length < 3 * length) {
      utf8 = new byte[3 * length];
    }
    byte[] out = utf8;
    int o = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[o++] = (byte) c;
      } else if (c < 0x800) {
        out[o++] = (byte) (0xc0 | (c >> 6));
        out[o++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          out[o++] = (byte) (0xf0 | (cp >> 18));
          out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          out[o++] = (byte) (0x80 | (cp & 0x3f));
        } else {
          out[o++] = '?';
        }
      } else {
        out[o++] = (byte) (0xe0 | (c >> 12));
        out[o++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        out[o++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return o;
  }

  private String dateText(@Nullable LocalDate date) {
    if (date == null) {
      return "";
    }
    if (!date.equals(lastDate)) {
      lastDate = date;
      lastDateText = date.toString();
    }
    return lastDateText;
  }

  private void ensure(int more) {
    if (length + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
    }
  }

  private void append(char c) {
    ensure(1);
    chars[length++] = c;
  }

  private void append(String s) {
    int n = s.length();
    ensure(n);
    s.getChars(0, n, chars, length);
    length += n;
  }

  /** Appends the amount's text written at the start of {@link #assign}. */
  private void appendAmount() {
    ensure(amountLength);
    System.arraycopy(amountChars, 0, chars, length, amountLength);
    length += amountLength;
  }

  /** Appends {@code s.toLowerCase(Locale.ROOT)}, without the copy for Latin-1 text. */
  private void appendLowerCase(String s) {
    int n = s.length();
    ensure(n);
    int at = length;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        chars[at + i] = (char) (c + ('a' - 'A'));
      } else if (c < 0x80) {
        chars[at + i] = c;
      } else if (c <= 0xff) {
        // Latin-1 lower-cases char by char within Latin-1, as String.toLowerCase does
        chars[at + i] = Character.toLowerCase(c);
      } else {
        // beyond Latin-1 the JDK's rules depend on context (final sigma, dotted I): use them
        append(s.toLowerCase(Locale.ROOT));
        return;
      }
    }
    length += n;
  }

  /** Appends a non-negative int in decimal. */
  private void appendNumber(int value) {
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    ensure(digits);
    int v = value;
    for (int i = length + digits - 1; i >= length; i--) {
      chars[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    length += digits;
  }

  /**
   * Appends the amount without trailing zeros in plain notation (never an exponent, no negative
   * scale): what {@code stripTrailingZeros().toPlainString()} gives, with scale 0 at least.
   */
  private void appendAmount(BigDecimal amount) {
    int scale = amount.scale();
    if (amount.precision() > 18 || scale < 0 || scale > 18) {
      append(normalize(amount));
      return;
    }
    long unscaled = amount.scaleByPowerOfTen(scale).longValueExact();
    if (unscaled == 0) {
      append('0');
      return;
    }
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    if (unscaled < 0) {
      append('-');
      unscaled = -unscaled;
    }
    int digits = 1;
    for (long v = unscaled; v >= 10; v /= 10) {
      digits++;
    }
    // leading zeros so that there is one digit before the point
    int width = Math.max(digits, scale + 1);
    int total = scale > 0 ? width + 1 : width;
    ensure(total);
    int pos = length + total - 1;
    long v = unscaled;
    for (int i = 0; i < width; i++) {
      if (scale > 0 && i == scale) {
        chars[pos--] = '.';
      }
      chars[pos--] = (char) ('0' + v % 10);
      v /= 10;
    }
    length += total;
  }

  /** A 64-bit FNV-1a digest of a range of the buffer; collisions only merge counts, odds 2^-64. */
  private long digest64(int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= chars[i];
      h *= 0x100000001b3L;
    }
    return h;
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

  private static String normalize(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
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
